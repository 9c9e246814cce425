#include "moveitemscommand.h"

#include "controls/counttext.h"
#include "document/membership.h"

#include <QCoreApplication>

namespace scalescope {

MoveItemsCommand::MoveItemsCommand(ScenarioDocument *document, const Moves &moves)
    : EditCommand(document, edits(document->architecture(), moves),
                  QCoreApplication::translate("MoveItemsCommand", "Move %1")
                      .arg(countText(moves.components.size() + moves.groups.size(),
                                     QCoreApplication::translate("MoveItemsCommand", "item"),
                                     QCoreApplication::translate("MoveItemsCommand", "items"))))
{
}

std::vector<Edit> MoveItemsCommand::edits(const Architecture &a, const Moves &moves)
{
    Architecture after = a;
    for (Component &c : after.components)
        if (auto it = moves.components.constFind(c.id); it != moves.components.constEnd())
            c.position = *it;
    for (Group &g : after.groups)
        if (auto it = moves.groups.constFind(g.id); it != moves.groups.constEnd())
            g.rect = *it;

    const auto carried = [&](const QString &groupId) {
        for (auto it = moves.groups.begin(); it != moves.groups.end(); ++it)
            if (!groupId.isEmpty() && isWithinGroup(a, groupId, it.key()))
                return true;
        return false;
    };

    // Document order keeps the edit list (and a stage's recording) stable.
    std::vector<Edit> list;
    for (const Group &g : a.groups) {
        auto it = moves.groups.constFind(g.id);
        if (it == moves.groups.constEnd() || *it == g.rect)
            continue;
        ChangeGroup e;
        e.id = g.id;
        e.rect = *it;
        if (!carried(g.parent)) {
            const QString was = groupHolding(a, g.rect, g.id);
            const QString now = groupHolding(after, *it, g.id);
            if (was != now)
                e.parent = now;
        }
        list.emplace_back(std::move(e));
    }
    for (const Component &c : a.components) {
        auto it = moves.components.constFind(c.id);
        if (it == moves.components.constEnd() || *it == c.position)
            continue;
        ChangeComponent e;
        e.id = c.id;
        e.position = *it;
        if (!carried(c.group)) {
            // Only a border crossing changes membership, so a membership
            // chosen against the geometry survives a small nudge.
            const QString was = groupAtPoint(a, c.position);
            const QString now = groupAtPoint(after, *it);
            if (was != now)
                e.group = now;
        }
        list.emplace_back(std::move(e));
    }
    return list;
}

} // namespace scalescope
