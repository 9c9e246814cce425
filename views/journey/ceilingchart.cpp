#include "ceilingchart.h"

#include "charts/chartpalette.h"
#include "charts/logticker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

CeilingChart::CeilingChart(QWidget *parent)
    : QCustomPlot(parent), m_bars(new QCPBars(xAxis, yAxis)), m_viewedBar(new QCPBars(xAxis, yAxis))
{
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<LogTicker>::create([](double users) { return LogTicker::shortNumber(users); }));
    yAxis->setLabel(tr("Ceiling (users)"));
    xAxis->setLabel(tr("Stage"));
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(ChartPalette::faded(ChartPalette::series(0)));
    m_bars->setName(tr("Ceiling"));
    m_viewedBar->setWidth(0.6);
    m_viewedBar->setPen(Qt::NoPen);
    m_viewedBar->setBrush(ChartPalette::series(0));
    m_viewedBar->setName(tr("Viewed stage"));
    // Log bars start at 1 user.
    m_bars->setBaseValue(1);
    m_viewedBar->setBaseValue(1);
    setMinimumHeight(160);
}

void CeilingChart::setRows(const std::vector<StageSummary> &rows, int viewedStage)
{
    m_viewed = viewedStage;
    QVector<double> keys, values, viewedKey, viewedValue;
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    double top = 10;
    for (const StageSummary &r : rows) {
        const double ceiling = std::max(1.0, r.ceilingUsers);
        top = std::max(top, ceiling);
        labels->addTick(r.stage, QString::number(r.stage));
        if (r.stage == viewedStage) {
            viewedKey << r.stage;
            viewedValue << ceiling;
        } else {
            keys << r.stage;
            values << ceiling;
        }
    }
    m_bars->setData(keys, values, true);
    m_viewedBar->setData(viewedKey, viewedValue, true);
    xAxis->setTicker(labels);
    xAxis->setRange(-0.6, double(rows.size()) - 0.4);
    yAxis->setRange(1, std::pow(10.0, std::ceil(std::log10(top) + 0.2)));
    replot(QCustomPlot::rpQueuedReplot);
}

double CeilingChart::plottedCeiling(int stage) const
{
    for (QCPBars *bars : {m_bars, m_viewedBar}) {
        const auto points = bars->data();
        const auto it = points->findBegin(stage, false);
        if (it != points->constEnd() && it->key == stage)
            return it->value;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace scalescope
