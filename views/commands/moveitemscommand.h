#pragma once
// One drag: components and groups to their new places, pushed on release.
// Something that crossed a group border joins the group it landed in; what
// moved together with its group keeps its membership.

#include "editcommand.h"

#include <QHash>

namespace scalescope {

struct Moves {
    QHash<QString, Point> components; // id -> new centre
    QHash<QString, Rect> groups;      // id -> new rectangle
    bool isEmpty() const { return components.isEmpty() && groups.isEmpty(); }
};

class MoveItemsCommand : public EditCommand {
public:
    MoveItemsCommand(ScenarioDocument *document, const Moves &moves);

private:
    static std::vector<Edit> edits(const Architecture &a, const Moves &moves);
};

} // namespace scalescope
