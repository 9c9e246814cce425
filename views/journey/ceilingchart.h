#pragma once
// The journey chart: the ceiling of each stage as a bar on a log axis of
// users, the viewed stage's bar highlighted, each bar coloured by what
// breaks first there.

#include "journey.h"

#include <qcustomplot.h>

#include <vector>

namespace scalescope {

class CeilingChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit CeilingChart(QWidget *parent = nullptr);

    void setRows(const std::vector<StageSummary> &rows, int viewedStage);
    // The ceiling plotted for stage k (for tests), or NaN.
    double plottedCeiling(int stage) const;
    int viewedStage() const { return m_viewed; }

private:
    QCPBars *m_bars;
    QCPBars *m_viewedBar;
    int m_viewed = -1;
};

} // namespace scalescope
