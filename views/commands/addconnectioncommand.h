#pragma once
// Connects two components: traffic flows from `from` to `to`.

#include "editcommand.h"

namespace scalescope {

class AddConnectionCommand : public EditCommand {
public:
    AddConnectionCommand(ScenarioDocument *document, const QString &from, const QString &to);
};

} // namespace scalescope
