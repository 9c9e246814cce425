#pragma once
// One page of the inspector (a component, a group, a connection, the
// workload). refresh() shows the document's current values without
// reporting them as edits; showLive() shows the live figures.

#include <QWidget>

namespace scalescope {

class EvaluationService;

class InspectorPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void refresh() = 0;
    // Shows what the service's latest evaluation says about the inspected
    // item; null hides the live figures. Called on every evaluation (many a
    // second while the user slider moves): it touches only the live
    // section, never the editors.
    virtual void showLive(const EvaluationService *service) { Q_UNUSED(service) }
};

} // namespace scalescope
