#include "changeparametercommand.h"

#include <QCoreApplication>

namespace scalescope {

namespace {
QString changeText(const QString &what)
{
    return QCoreApplication::translate("ChangeParameterCommand", "Change %1").arg(what);
}
} // namespace

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, const ChangeComponent &change,
                                               const QString &what)
    : EditCommand(document, {change}, changeText(what))
{
}

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, const ChangeGroup &change,
                                               const QString &what)
    : EditCommand(document, {change}, changeText(what))
{
}

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, const ChangeConnection &change)
    : EditCommand(document, {change}, QCoreApplication::translate("ChangeParameterCommand", "Change traffic share"))
{
}

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, const ChangeWorkload &change,
                                               const QString &what)
    : EditCommand(document, {change}, changeText(what))
{
}

} // namespace scalescope
