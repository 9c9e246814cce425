#include "tidylayoutcommand.h"

#include <QCoreApplication>

namespace scalescope {

TidyLayoutCommand::TidyLayoutCommand(ScenarioDocument *document, const Moves &places)
    : EditCommand(document, edits(document->architecture(), places),
                  QCoreApplication::translate("TidyLayoutCommand", "Tidy Layout"))
{
}

std::vector<Edit> TidyLayoutCommand::edits(const Architecture &a, const Moves &places)
{
    // Document order keeps the edit list (and a stage's recording) stable.
    std::vector<Edit> list;
    for (const Group &g : a.groups)
        if (const auto it = places.groups.constFind(g.id); it != places.groups.constEnd() && *it != g.rect) {
            ChangeGroup e;
            e.id = g.id;
            e.rect = *it;
            list.emplace_back(std::move(e));
        }
    for (const Component &c : a.components)
        if (const auto it = places.components.constFind(c.id); it != places.components.constEnd() && *it != c.position) {
            ChangeComponent e;
            e.id = c.id;
            e.position = *it;
            list.emplace_back(std::move(e));
        }
    return list;
}

} // namespace scalescope
