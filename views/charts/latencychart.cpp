#include "latencychart.h"

#include "chartpalette.h"
#include "sloceiling.h"

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

namespace {
// Log axis: a gap is honest where there is no positive figure.
double positive(double ms) { return std::isfinite(ms) && ms > 0 ? ms : std::numeric_limits<double>::quiet_NaN(); }
} // namespace

QCPGraph *LatencyChart::percentileGraph(const QVector<double> &users, const Sweep &sweep, int cls,
                                        std::array<double, kUserClasses> SweepPoint::*field, QVector<double> &all)
{
    QVector<double> ms;
    ms.reserve(users.size());
    for (const SweepPoint &p : sweep.points)
        ms.append(positive((p.*field)[size_t(cls)] * 1000));
    all += ms;
    QCPGraph *g = addGraph();
    g->setData(users, ms, true);
    g->removeFromLegend(); // the band is explained by the class's line
    return g;
}

void LatencyChart::setData(const Network &network, const Sweep &sweep)
{
    removeTracers();
    clearGraphs();
    m_graphs.fill(nullptr);
    m_p99.fill(nullptr);
    m_targets.fill(nullptr);
    QVector<double> users, all;
    for (const SweepPoint &p : sweep.points)
        users.append(p.users);
    for (int cls = 0; cls < kUserClasses; ++cls) {
        if (sweep.points.empty() || network.classRatePerUser[size_t(cls)] <= 0)
            continue; // the workload sends none of this class
        const QColor colour = ChartPalette::requestClass(cls);
        // The p50-p99 band first, so the mean line draws over it.
        QCPGraph *p50 = percentileGraph(users, sweep, cls, &SweepPoint::p50, all);
        p50->setPen(Qt::NoPen);
        QCPGraph *p99 = percentileGraph(users, sweep, cls, &SweepPoint::p99, all);
        QColor band = colour;
        band.setAlpha(40);
        p99->setPen(QPen(colour.lighter(130), 1));
        p99->setBrush(band);
        p99->setChannelFillGraph(p50);
        QCPGraph *p95 = percentileGraph(users, sweep, cls, &SweepPoint::p95, all);
        p95->setPen(QPen(colour, 1, Qt::DashLine));
        m_p99[size_t(cls)] = p99;

        QVector<double> ms;
        ms.reserve(users.size());
        for (const SweepPoint &p : sweep.points)
            ms.append(positive(p.latency[size_t(cls)] * 1000));
        all += ms;
        QCPGraph *g = addGraph();
        g->setName(QString::fromLatin1(className(cls)));
        g->setPen(QPen(colour, 2));
        g->setData(users, ms, true);
        addTracer(g);
        m_graphs[size_t(cls)] = g;

        // The objective: a flat line at the p99 target.
        if (const double target = p99Target(network.workload, cls) * 1000; target > 0 && !users.isEmpty()) {
            QCPGraph *t = addGraph();
            t->setName(tr("%1 p99 target").arg(QString::fromLatin1(className(cls))));
            t->setPen(QPen(colour.darker(140), 1.5, Qt::DotLine));
            t->setData({users.front(), users.back()}, {target, target}, true);
            all += target;
            m_targets[size_t(cls)] = t;
        }
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

QCPGraph *LatencyChart::p99Graph(int requestClass) const
{
    return requestClass >= 0 && requestClass < kUserClasses ? m_p99[size_t(requestClass)] : nullptr;
}

QCPGraph *LatencyChart::targetGraph(int requestClass) const
{
    return requestClass >= 0 && requestClass < kUserClasses ? m_targets[size_t(requestClass)] : nullptr;
}

} // namespace scalescope
