#include "addgroupcommand.h"

#include "document/freshids.h"
#include "document/membership.h"
#include "stages.h"

#include <QCoreApplication>

namespace scalescope {

AddGroupCommand::AddGroupCommand(ScenarioDocument *document, const QString &kind, const Rect &rect)
    : AddGroupCommand(document, make(document, kind, rect))
{
}

AddGroupCommand::AddGroupCommand(ScenarioDocument *document, const Group &group)
    : EditCommand(document, edits(document, group),
                  QCoreApplication::translate("AddGroupCommand", "Add %1").arg(group.label)),
      m_id(group.id)
{
}

Group AddGroupCommand::make(ScenarioDocument *document, const QString &kind, const Rect &rect)
{
    Group g;
    QSet<QString> taken = idsInUse(document->scenario());
    g.id = freshId(kind, taken);
    g.kind = kind;
    const KindSpec *spec = document->catalog().groupKind(kind);
    g.label = spec ? spec->name : kind;
    g.rect = rect;
    g.parent = groupHolding(document->architecture(), rect, g.id);
    return g;
}

std::vector<Edit> AddGroupCommand::edits(ScenarioDocument *document, const Group &group)
{
    std::vector<Edit> list{AddGroup{group}};
    Architecture after = document->architecture();
    applyEdit(after, list.front(), nullptr);
    for (Edit &e : membershipAfterReshape(after, group.id, std::nullopt))
        list.push_back(std::move(e));
    return list;
}

} // namespace scalescope
