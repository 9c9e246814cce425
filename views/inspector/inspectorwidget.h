#pragma once
// The inspector dock's content: the page for what is selected (a component,
// a group, a connection), a count for several things, and the workload when
// nothing is selected. Pages follow document changes (undo included) and,
// given an evaluation service, show the live figures of what they inspect.

#include "document/selection.h"

#include <QPointer>
#include <QScrollArea>

namespace scalescope {

class EvaluationService;
class InspectorPage;
class ScenarioDocument;

class InspectorWidget : public QScrollArea {
    Q_OBJECT
public:
    explicit InspectorWidget(ScenarioDocument *document, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void inspect(const Selection &selection);
    InspectorPage *page() const { return m_page; }

    // The service whose evaluations the pages show (null: none). Each
    // evaluation refreshes only the page's live figures, never its editors.
    void setEvaluationService(EvaluationService *service);
    EvaluationService *evaluationService() const;

private:
    void showPage(InspectorPage *page);
    void refresh();
    void showLive();

    ScenarioDocument *m_document;
    Selection m_selection;
    InspectorPage *m_page = nullptr;
    QPointer<EvaluationService> m_service;
};

} // namespace scalescope
