#pragma once
// The inspector dock's content: the page for what is selected (a component,
// a group, a connection), a count for several things, and the workload when
// nothing is selected. Pages follow document changes (undo included).

#include "document/selection.h"

#include <QScrollArea>

namespace scalescope {

class InspectorPage;
class ScenarioDocument;

class InspectorWidget : public QScrollArea {
    Q_OBJECT
public:
    explicit InspectorWidget(ScenarioDocument *document, QWidget *parent = nullptr);

    void inspect(const Selection &selection);
    InspectorPage *page() const { return m_page; }

private:
    void showPage(InspectorPage *page);
    void refresh();

    ScenarioDocument *m_document;
    Selection m_selection;
    InspectorPage *m_page = nullptr;
};

} // namespace scalescope
