#include "loadlegend.h"

#include "exportstyle.h"
#include "live/loadcolors.h"

#include <QFontMetricsF>
#include <QPainter>

#include <iterator>

namespace scalescope {

namespace {

constexpr double kSwatchWidth = 44;
constexpr double kSwatchHeight = 10;
constexpr double kGap = 6;
const QString kTitle = QStringLiteral("Utilisation of each component's busiest resource");

QString stepLabel(double u)
{
    const int p = qRound(u * 100);
    if (u <= LoadLegend::kSteps[0])
        return QStringLiteral("\u2264 %1%").arg(p);
    if (u >= 1)
        return QStringLiteral("\u2265 %1%").arg(p);
    return QStringLiteral("%1%").arg(p);
}

double titleHeight() { return QFontMetricsF(exportstyle::font(11, true)).height(); }
double labelHeight() { return QFontMetricsF(exportstyle::font(10)).height(); }

} // namespace

QColor LoadLegend::colorAt(double u)
{
    return loadColor(u);
}

QSizeF LoadLegend::size() const
{
    const double swatches = double(std::size(kSteps)) * (kSwatchWidth + kGap) - kGap;
    const double width = std::max(swatches, QFontMetricsF(exportstyle::font(11, true)).horizontalAdvance(kTitle));
    return {width, titleHeight() + kGap + kSwatchHeight + 3 + labelHeight()};
}

void LoadLegend::paint(QPainter &painter, const QPointF &topLeft) const
{
    painter.save();
    painter.setPen(exportstyle::kInk);
    painter.setFont(exportstyle::font(11, true));
    painter.drawText(QRectF(topLeft, QSizeF(size().width(), titleHeight())), Qt::AlignLeft | Qt::AlignVCenter, kTitle);
    double x = topLeft.x();
    const double y = topLeft.y() + titleHeight() + kGap;
    painter.setFont(exportstyle::font(10));
    for (const double u : kSteps) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorAt(u));
        painter.drawRoundedRect(QRectF(x, y, kSwatchWidth, kSwatchHeight), 2, 2);
        painter.setPen(exportstyle::kMuted);
        painter.drawText(QRectF(x, y + kSwatchHeight + 3, kSwatchWidth, labelHeight()), Qt::AlignHCenter | Qt::AlignTop,
                         stepLabel(u));
        x += kSwatchWidth + kGap;
    }
    painter.restore();
}

} // namespace scalescope
