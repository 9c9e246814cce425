#include "latencychart.h"

#include "chartpalette.h"

#include <cmath>

namespace scalescope {

LatencyChart::LatencyChart(QWidget *parent)
    : SweepPlot(tr("Latency per request"), parent)
{
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    setAxisTicker(yAxis, &LatencyChart::formatMilliseconds);
    yAxis->grid()->setSubGridVisible(false);
    placeLegendAbove();
}

QString LatencyChart::formatMilliseconds(double ms)
{
    if (ms >= 1000)
        return LogTicker::shortNumber(ms / 1000) + QStringLiteral(" s");
    return LogTicker::shortNumber(ms) + QStringLiteral(" ms");
}

void LatencyChart::setData(const Network &network, const Sweep &sweep)
{
    removeTracers();
    clearGraphs();
    m_graphs.fill(nullptr);
    QVector<double> users, all;
    for (const SweepPoint &p : sweep.points)
        users.append(p.users);
    for (int cls = 0; cls < kUserClasses; ++cls) {
        if (sweep.points.empty() || network.classRatePerUser[size_t(cls)] <= 0)
            continue; // the workload sends none of this class
        QVector<double> ms;
        ms.reserve(users.size());
        for (const SweepPoint &p : sweep.points) {
            const double v = p.latency[size_t(cls)] * 1000;
            // Log axis: a gap is honest where there is no positive figure.
            ms.append(std::isfinite(v) && v > 0 ? v : std::numeric_limits<double>::quiet_NaN());
        }
        all += ms;
        QCPGraph *g = addGraph();
        g->setName(QString::fromLatin1(className(cls)));
        g->setPen(QPen(ChartPalette::requestClass(cls), 2));
        g->setData(users, ms, true);
        addTracer(g);
        m_graphs[size_t(cls)] = g;
    }
    fitLogRange(yAxis, all);
    fitTickers();
    fitLegend();
    setEmptyText(sweep.points.empty() ? tr("No figures for this diagram") : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

QCPGraph *LatencyChart::classGraph(int requestClass) const
{
    return requestClass >= 0 && requestClass < kUserClasses ? m_graphs[size_t(requestClass)] : nullptr;
}

} // namespace scalescope
