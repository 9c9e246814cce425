#pragma once
// View > Tidy Layout: every component and group to the place an automatic
// layout gave it, as one undo step. Memberships stay as they are: the
// layout keeps each component inside the groups that hold it.

#include "editcommand.h"
#include "moveitemscommand.h"

namespace scalescope {

class TidyLayoutCommand : public EditCommand {
public:
    TidyLayoutCommand(ScenarioDocument *document, const Moves &places);

private:
    static std::vector<Edit> edits(const Architecture &a, const Moves &places);
};

} // namespace scalescope
