#include "addconnectioncommand.h"

#include <QCoreApplication>

namespace scalescope {

namespace {
QString labelOf(ScenarioDocument *document, const QString &id)
{
    const Component *c = document->component(id);
    return c && !c->label.isEmpty() ? c->label : id;
}
} // namespace

AddConnectionCommand::AddConnectionCommand(ScenarioDocument *document, const QString &from, const QString &to)
    : EditCommand(document, {AddConnection{Connection{from, to, std::nullopt}}},
                  QCoreApplication::translate("AddConnectionCommand", "Connect %1 to %2")
                      .arg(labelOf(document, from), labelOf(document, to)))
{
}

} // namespace scalescope
