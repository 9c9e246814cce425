#pragma once
// Gives a group box a new rectangle. What the border now crosses changes
// membership (see membershipAfterReshape).

#include "editcommand.h"

namespace scalescope {

class ResizeGroupCommand : public EditCommand {
public:
    ResizeGroupCommand(ScenarioDocument *document, const QString &groupId, const Rect &rect);

private:
    static std::vector<Edit> edits(const Architecture &a, const QString &groupId, const Rect &rect);
};

} // namespace scalescope
