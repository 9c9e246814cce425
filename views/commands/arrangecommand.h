#pragma once
// Align or distribute the selected components: one undo step each, a move
// of the components it changes (MoveItemsCommand, so group membership
// follows where they land). Every component is drawn the same size, so
// lining up their left edges lines up their centres: positions are centres.

#include "moveitemscommand.h"

#include <QStringList>

namespace scalescope {

enum class Arrangement {
    AlignLeft, AlignCentre, AlignRight, AlignTop, AlignMiddle, AlignBottom,
    DistributeHorizontally, DistributeVertically,
};

// What the arrangement needs selected: two to align, three to distribute.
int arrangementMinimum(Arrangement how);
QString arrangementName(Arrangement how); // "Align Left", for the undo history

// Where the components `ids` go; only those that change are listed.
Moves arrangedMoves(const Architecture &a, const QStringList &ids, Arrangement how);

class ArrangeCommand : public MoveItemsCommand {
public:
    ArrangeCommand(ScenarioDocument *document, const QStringList &ids, Arrangement how);
};

} // namespace scalescope
