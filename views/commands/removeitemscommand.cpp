#include "removeitemscommand.h"

#include "controls/counttext.h"

#include <QCoreApplication>

namespace scalescope {

RemoveItemsCommand::RemoveItemsCommand(ScenarioDocument *document, const Selection &items)
    : EditCommand(document, edits(items),
                  QCoreApplication::translate("RemoveItemsCommand", "Delete %1")
                      .arg(countText(items.size(), QCoreApplication::translate("RemoveItemsCommand", "item"),
                                     QCoreApplication::translate("RemoveItemsCommand", "items"))))
{
}

std::vector<Edit> RemoveItemsCommand::edits(const Selection &items)
{
    std::vector<Edit> list;
    for (const ConnectionId &c : items.connections)
        // A connection of a removed component goes with it anyway.
        if (!items.components.contains(c.first) && !items.components.contains(c.second))
            list.emplace_back(RemoveConnection{c.first, c.second});
    for (const QString &id : items.components)
        list.emplace_back(RemoveComponent{id});
    for (const QString &id : items.groups)
        list.emplace_back(RemoveGroup{id});
    return list;
}

} // namespace scalescope
