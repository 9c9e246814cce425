#include "chartpicture.h"

#include "exportstyle.h"

#include "charts/costchart.h"
#include "charts/latencychart.h"
#include "charts/utilizationchart.h"
#include "bottleneck.h"

#include <QCoreApplication>
#include <QImage>
#include <QResizeEvent>

#include <cmath>

namespace scalescope {

namespace {

std::unique_ptr<SweepPlot> makeChart(ChartKind kind, const Network &network, const Sweep &sweep, double users)
{
    switch (kind) {
    case ChartKind::Utilisation: {
        auto chart = std::make_unique<UtilizationChart>();
        chart->setData(network, sweep);
        chart->setUsers(users);
        chart->setBottleneck(bottleneckAt(network, users).component);
        return chart;
    }
    case ChartKind::Latency: {
        auto chart = std::make_unique<LatencyChart>();
        chart->setData(network, sweep);
        chart->setUsers(users);
        return chart;
    }
    case ChartKind::Cost: {
        auto chart = std::make_unique<CostChart>();
        chart->setData(sweep);
        chart->setUsers(users);
        return chart;
    }
    }
    return nullptr;
}

} // namespace

ChartPicture::ChartPicture(ChartKind kind, const Network &network, const Sweep &sweep, double users,
                           const QString &title, QSizeF size)
    : m_plot(makeChart(kind, network, sweep, users)), m_title(title), m_size(size)
{
    // Dark text for the light page, whatever the screen's palette; the writer
    // paints the background (white, or none for a transparent PNG).
    m_plot->setPalette(exportstyle::palette());
    m_plot->setBackground(Qt::NoBrush);
    // The chart is never shown: give it the export size and let it fit its
    // tick labels and legend columns to it, as a resize on screen would.
    const QSize pixels(int(std::ceil(size.width())), int(std::ceil(size.height())));
    const QSize old = m_plot->size();
    m_plot->resize(pixels);
    QResizeEvent resized(pixels, old);
    QCoreApplication::sendEvent(m_plot.get(), &resized);
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

ChartPicture::~ChartPicture() = default;

std::unique_ptr<QPainter> ChartPicture::makePainter(QPaintDevice *device) const
{
    auto painter = std::make_unique<QCPPainter>(device);
    // Exact coordinates for vector files; pixel-aligned lines for images.
    if (!dynamic_cast<QImage *>(device))
        painter->setMode(QCPPainter::pmVectorized);
    painter->setMode(QCPPainter::pmNoCaching);
    return painter;
}

void ChartPicture::paint(QPainter &painter) const
{
    // makePainter() made it: every painter this picture paints with is a QCPPainter.
    auto &plotPainter = static_cast<QCPPainter &>(painter);
    m_plot->toPainter(&plotPainter, int(std::ceil(m_size.width())), int(std::ceil(m_size.height())));
}

} // namespace scalescope
