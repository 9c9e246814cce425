#include "chartpalette.h"

#include "canvas/canvascolors.h"
#include "network.h"

#include <qcustomplot.h>

#include <array>

namespace scalescope {

namespace {

// Blue, orange, green, purple, brown, pink, cyan, olive, grey; red stays
// free for the 100% line so "over the limit" has one meaning.
constexpr std::array<QRgb, ChartPalette::kSeriesCount> kSeries = {
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f,
};

} // namespace

QColor ChartPalette::series(int index)
{
    return QColor(kSeries[size_t(index % kSeriesCount)]);
}

QColor ChartPalette::requestClass(int requestClass)
{
    switch (requestClass) {
    case ClassStatic: return QColor(0x2ca02c);
    case ClassRead: return QColor(0x1f77b4);
    case ClassWrite: return QColor(0xff7f0e);
    default: return muted();
    }
}

QColor ChartPalette::cursor(bool dark) { return dark ? QColor(0xE6E6E6) : QColor(0x202020); }
QColor ChartPalette::onCursor(bool dark) { return dark ? QColor(0x101010) : QColor(Qt::white); }
QColor ChartPalette::limit() { return QColor(0xd62728); }
QColor ChartPalette::muted() { return QColor(0x9a9a9a); }

QColor ChartPalette::text(const QColor &curve, const QColor &ground)
{
    const bool darkGround = ground.lightness() < 128;
    QColor c = curve;
    for (int i = 0; i < 8 && contrastRatio(c, ground) < 4.5; ++i)
        c = darkGround ? c.lighter(125) : c.darker(125);
    return c;
}

QColor ChartPalette::faded(QColor colour)
{
    colour.setAlpha(70);
    return colour;
}

bool ChartPalette::isDark(const QCustomPlot *plot)
{
    return isDarkPalette(plot->palette());
}

void ChartPalette::applyTo(QCustomPlot *plot)
{
    const QPalette &palette = plot->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor ground = palette.color(QPalette::Base);
    // Grid lines a fifth of the way from the ground to the text: there, not loud.
    const auto mix = [&](double t) {
        return QColor::fromRgbF(float(ground.redF() + (text.redF() - ground.redF()) * t),
                                float(ground.greenF() + (text.greenF() - ground.greenF()) * t),
                                float(ground.blueF() + (text.blueF() - ground.blueF()) * t));
    };
    plot->setBackground(ground);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text, 0));
            axis->setTickPen(QPen(text, 0));
            axis->setSubTickPen(QPen(text, 0));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(mix(0.2), 0, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(mix(0.1), 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    if (plot->legend)
        plot->legend->setTextColor(text);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
}

} // namespace scalescope
