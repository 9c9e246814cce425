#pragma once
// Any property edit of one thing: a component's label, group or parameters,
// a group's label or parameters, a connection's share, workload figures.
// The edit value says what changes; one committed editor value is one command.

#include "editcommand.h"

namespace scalescope {

class ChangeParameterCommand : public EditCommand {
public:
    ChangeParameterCommand(ScenarioDocument *document, const ChangeComponent &change, const QString &what);
    ChangeParameterCommand(ScenarioDocument *document, const ChangeGroup &change, const QString &what);
    ChangeParameterCommand(ScenarioDocument *document, const ChangeConnection &change);
    ChangeParameterCommand(ScenarioDocument *document, const ChangeWorkload &change, const QString &what);
};

} // namespace scalescope
