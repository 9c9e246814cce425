#include "loadbar.h"

#include "canvas/canvascolors.h"

#include "export/loadlegend.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace scalescope {

LoadBar::LoadBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoadBar::setUtilization(double utilization)
{
    // Unbounded (no capacity) reads as full; NaN as empty.
    const double u = std::isnan(utilization) ? 0 : std::isfinite(utilization) ? std::round(utilization * 1000) / 1000 : 10;
    if (u == m_utilization)
        return;
    m_utilization = u;
    update();
}

QColor LoadBar::color() const
{
    return LoadLegend::colorAt(m_utilization);
}

QSize LoadBar::sizeHint() const
{
    return {60, kHeight};
}

QSize LoadBar::minimumSizeHint() const
{
    return {20, kHeight};
}

void LoadBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF track = QRectF(rect());
    const double radius = track.height() / 2;
    // The canvas ring's empty track; on a dark palette the canvas's dark grid grey.
    painter.setBrush(isDarkPalette(palette()) ? CanvasColors::darkColors().grid : QColor(0xD5, 0xDB, 0xDB));
    painter.drawRoundedRect(track, radius, radius);
    const double filled = std::clamp(m_utilization, 0.0, 1.0) * track.width();
    if (filled <= 0)
        return;
    painter.setBrush(color());
    painter.drawRoundedRect(QRectF(track.left(), track.top(), std::max(filled, track.height()), track.height()), radius,
                            radius);
}

} // namespace scalescope
