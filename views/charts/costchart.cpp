#include "costchart.h"

#include "chartpalette.h"

#include "canvas/canvascolors.h"

#include <cmath>

namespace scalescope {

namespace {

// The two axes take their series' colours so each reads against its curve.
const QColor kMonthly = ChartPalette::series(0);
const QColor kPerThousand = ChartPalette::series(1);

QVector<double> positiveOrGap(QVector<double> values)
{
    for (double &v : values)
        if (!std::isfinite(v) || v <= 0)
            v = std::numeric_limits<double>::quiet_NaN();
    return values;
}

} // namespace

CostChart::CostChart(QWidget *parent)
    : SweepPlot(tr("Cost"), parent)
{
    for (QCPAxis *axis : {yAxis, yAxis2}) {
        axis->setVisible(true);
        axis->setScaleType(QCPAxis::stLogarithmic);
        setAxisTicker(axis, &CostChart::formatDollars);
    }
    applyPalette(); // the base class's constructor cannot call this one
    yAxis->setLabel(tr("per month"));
    yAxis2->setLabel(tr("per 1,000 users"));
    yAxis2->grid()->setVisible(false); // one grid, the left axis's
    placeLegendAbove();
}

void CostChart::applyPalette()
{
    SweepPlot::applyPalette();
    // Each value axis in its curve's colour, kept readable on a dark plot.
    const CanvasColors colours = CanvasColors::of(palette());
    for (QCPAxis *axis : {yAxis, yAxis2}) {
        const QColor c = colours.readable(axis == yAxis ? kMonthly : kPerThousand);
        axis->setTickLabelColor(c);
        axis->setLabelColor(c);
    }
}

QString CostChart::formatDollars(double dollars)
{
    return QLatin1Char('$') + LogTicker::shortNumber(dollars);
}

void CostChart::setData(const Sweep &sweep)
{
    removeTracers();
    clearGraphs();
    m_monthly = m_perThousand = nullptr;
    QVector<double> users, monthly, perThousand;
    for (const SweepPoint &p : sweep.points) {
        users.append(p.users);
        monthly.append(p.monthlyCost);
        perThousand.append(p.costPerUser * 1000);
    }
    monthly = positiveOrGap(monthly);
    perThousand = positiveOrGap(perThousand);
    if (!users.isEmpty()) {
        m_monthly = addGraph(xAxis, yAxis);
        m_monthly->setName(tr("monthly cost"));
        m_monthly->setPen(QPen(kMonthly, 2));
        m_monthly->setData(users, monthly, true);
        addTracer(m_monthly);
        m_perThousand = addGraph(xAxis, yAxis2);
        m_perThousand->setName(tr("per 1,000 users"));
        m_perThousand->setPen(QPen(kPerThousand, 2, Qt::DashLine));
        m_perThousand->setData(users, perThousand, true);
        addTracer(m_perThousand);
    }
    fitLogRange(yAxis, monthly);
    fitLogRange(yAxis2, perThousand);
    fitTickers();
    fitLegend();
    setEmptyText(users.isEmpty() ? tr("No figures for this diagram") : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace scalescope
