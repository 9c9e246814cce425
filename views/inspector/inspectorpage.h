#pragma once
// One page of the inspector (a component, a group, a connection, the
// workload). refresh() shows the document's current values without
// reporting them as edits.

#include <QWidget>

namespace scalescope {

class InspectorPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void refresh() = 0;
};

} // namespace scalescope
