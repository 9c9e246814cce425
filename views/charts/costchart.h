#pragma once
// Monthly cost (left axis) and cost per 1,000 users (right axis) against
// users, both on log axes: the first shows the bill, the second whether
// growth makes each user cheaper.

#include "sweep.h"
#include "sweepplot.h"

namespace scalescope {

class CostChart : public SweepPlot
{
    Q_OBJECT
public:
    explicit CostChart(QWidget *parent = nullptr);

    void setData(const Sweep &sweep);
    void setUsers(double users) { setCursorUsers(users); }
    QCPGraph *monthlyGraph() const { return m_monthly; }
    QCPGraph *perThousandGraph() const { return m_perThousand; }

    static QString formatDollars(double dollars); // "$0.5", "$100", "$10k"

protected:
    void applyPalette() override;

private:
    QCPGraph *m_monthly = nullptr;
    QCPGraph *m_perThousand = nullptr;
};

} // namespace scalescope
