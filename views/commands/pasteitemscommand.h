#pragma once
// Pastes copied items (cut/copy/paste and duplicate) with new ids, moved by
// an offset, their internal connections and nesting kept. Pasted items that
// were not inside a pasted group join the group they land in.

#include "editcommand.h"

namespace scalescope {

class PasteItemsCommand : public EditCommand {
public:
    PasteItemsCommand(ScenarioDocument *document, const Architecture &fragment, const Point &offset);
    const QStringList &componentIds() const { return m_components; }
    const QStringList &groupIds() const { return m_groups; }

private:
    struct Plan {
        std::vector<Edit> edits;
        QStringList components;
        QStringList groups;
        int count = 0;
    };
    explicit PasteItemsCommand(ScenarioDocument *document, Plan plan);
    static Plan plan(ScenarioDocument *document, const Architecture &fragment, const Point &offset);
    QStringList m_components;
    QStringList m_groups;
};

} // namespace scalescope
