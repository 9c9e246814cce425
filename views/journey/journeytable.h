#pragma once
// The journey at a glance, for a dock or the workshop mode: the table of
// stages (ceiling, what breaks first, latency, availability, cost) above the
// chart of the ceiling per stage. A double click on a row shows that stage.

#include <QWidget>

class QTableView;

namespace scalescope {

class CeilingChart;
class JourneyModel;
class ScenarioDocument;

class JourneyTable : public QWidget {
    Q_OBJECT
public:
    explicit JourneyTable(ScenarioDocument *document, QWidget *parent = nullptr);

    JourneyModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CeilingChart *chart() const { return m_chart; }

signals:
    // A row was activated: show this stage (connect to StageNavigator::goTo).
    void stageRequested(int stage);

private:
    void updateChart();

    ScenarioDocument *m_document;
    JourneyModel *m_model;
    QTableView *m_view;
    CeilingChart *m_chart;
};

} // namespace scalescope
