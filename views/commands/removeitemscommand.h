#pragma once
// Deletes components, groups and connections in one step. A component takes
// its connections with it; a group box goes alone, its members move up to
// the enclosing group (the model's RemoveGroup).

#include "document/selection.h"
#include "editcommand.h"

namespace scalescope {

class RemoveItemsCommand : public EditCommand {
public:
    RemoveItemsCommand(ScenarioDocument *document, const Selection &items);

private:
    static std::vector<Edit> edits(const Selection &items);
};

} // namespace scalescope
