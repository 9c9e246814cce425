#include "addcomponentcommand.h"

#include "document/freshids.h"
#include "document/membership.h"

#include <QCoreApplication>

namespace scalescope {

AddComponentCommand::AddComponentCommand(ScenarioDocument *document, const QString &kind, const Point &position)
    : AddComponentCommand(document, make(document, kind, position))
{
}

AddComponentCommand::AddComponentCommand(ScenarioDocument *document, const Component &component)
    : EditCommand(document, {AddComponent{component}},
                  QCoreApplication::translate("AddComponentCommand", "Add %1").arg(component.label)),
      m_id(component.id)
{
}

Component AddComponentCommand::make(ScenarioDocument *document, const QString &kind, const Point &position)
{
    Component c;
    QSet<QString> taken = idsInUse(document->scenario());
    c.id = freshId(kind, taken);
    c.kind = kind;
    const KindSpec *spec = document->catalog().kind(kind);
    c.label = spec ? spec->name : kind;
    c.position = position;
    c.group = groupAtPoint(document->architecture(), position);
    return c;
}

} // namespace scalescope
