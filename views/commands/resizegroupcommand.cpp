#include "resizegroupcommand.h"

#include "document/membership.h"
#include "stages.h"

#include <QCoreApplication>

namespace scalescope {

namespace {
QString labelOf(ScenarioDocument *document, const QString &id)
{
    const Group *g = document->group(id);
    return g && !g->label.isEmpty() ? g->label : id;
}
} // namespace

ResizeGroupCommand::ResizeGroupCommand(ScenarioDocument *document, const QString &groupId, const Rect &rect)
    : EditCommand(document, edits(document->architecture(), groupId, rect),
                  QCoreApplication::translate("ResizeGroupCommand", "Resize %1").arg(labelOf(document, groupId)))
{
}

std::vector<Edit> ResizeGroupCommand::edits(const Architecture &a, const QString &groupId, const Rect &rect)
{
    const Group *g = a.group(groupId);
    if (!g || g->rect == rect)
        return {};
    ChangeGroup change;
    change.id = groupId;
    change.rect = rect;
    std::vector<Edit> list{change};
    Architecture after = a;
    applyEdit(after, list.front(), nullptr);
    for (Edit &e : membershipAfterReshape(after, groupId, g->rect))
        list.push_back(std::move(e));
    return list;
}

} // namespace scalescope
