#include "pasteitemscommand.h"

#include "controls/counttext.h"
#include "document/freshids.h"
#include "document/membership.h"
#include "stages.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope {

PasteItemsCommand::PasteItemsCommand(ScenarioDocument *document, const Architecture &fragment, const Point &offset)
    : PasteItemsCommand(document, plan(document, fragment, offset))
{
}

PasteItemsCommand::PasteItemsCommand(ScenarioDocument *document, Plan plan)
    : EditCommand(document, std::move(plan.edits),
                  QCoreApplication::translate("PasteItemsCommand", "Paste %1")
                      .arg(countText(plan.count, QCoreApplication::translate("PasteItemsCommand", "item"),
                                     QCoreApplication::translate("PasteItemsCommand", "items")))),
      m_components(std::move(plan.components)), m_groups(std::move(plan.groups))
{
}

PasteItemsCommand::Plan PasteItemsCommand::plan(ScenarioDocument *document, const Architecture &fragment,
                                                const Point &offset)
{
    Plan p;
    p.count = int(fragment.components.size() + fragment.groups.size());
    std::vector<Edit> &list = p.edits;
    QSet<QString> taken = idsInUse(document->scenario());
    QHash<QString, QString> newId;
    for (const Group &g : fragment.groups)
        newId.insert(g.id, freshId(g.id, taken));
    for (const Component &c : fragment.components)
        newId.insert(c.id, freshId(c.id, taken));

    // Parents before children, so each AddGroup finds its parent.
    std::vector<const Group *> groups;
    for (const Group &g : fragment.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [&](const Group *x, const Group *y) {
        return groupDepth(fragment, x->id) < groupDepth(fragment, y->id);
    });

    Architecture after = document->architecture();
    for (const Group *source : groups) {
        Group g = *source;
        g.id = newId.value(source->id);
        g.rect.x += offset.x;
        g.rect.y += offset.y;
        g.parent = source->parent.isEmpty() ? groupHolding(after, g.rect, g.id) : newId.value(source->parent);
        list.emplace_back(AddGroup{g});
        applyEdit(after, list.back(), nullptr);
        p.groups << g.id;
    }
    for (const Component &source : fragment.components) {
        Component c = source;
        c.id = newId.value(source.id);
        c.position.x += offset.x;
        c.position.y += offset.y;
        c.group = source.group.isEmpty() ? groupAtPoint(after, c.position) : newId.value(source.group);
        list.emplace_back(AddComponent{c});
        p.components << c.id;
    }
    for (const Connection &source : fragment.connections) {
        if (!newId.contains(source.from) || !newId.contains(source.to))
            continue;
        Connection c = source;
        c.from = newId.value(source.from);
        c.to = newId.value(source.to);
        list.emplace_back(AddConnection{c});
    }
    return p;
}

} // namespace scalescope
