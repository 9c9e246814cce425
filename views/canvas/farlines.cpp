#include "farlines.h"

#include "antialiasingkept.h"

#include <QPainter>
#include <QPen>

namespace scalescope {

void FarLines::begin(QPainter *painter, const QColor &color, int pixels, double opacity)
{
    if (color == m_color && pixels == m_pixels && opacity == m_opacity)
        return;
    flush(painter);
    m_color = color;
    m_pixels = pixels;
    m_opacity = opacity;
}

void FarLines::flush(QPainter *painter)
{
    if (m_bands.empty() && m_lines.empty())
        return;
    const AntialiasingKept kept(painter);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QTransform toDevice = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    painter->setOpacity(m_opacity);
    // Bands as fills, the fastest there is; one call per band, as a line
    // drawn alone makes them.
    for (const QRect &band : m_bands)
        painter->fillRect(band, m_color);
    if (!m_lines.empty()) {
        QPen pen(m_color, m_pixels, Qt::SolidLine, Qt::FlatCap);
        pen.setCosmetic(true);
        painter->setPen(pen);
        // One call per line: a thin pen's stroker carries a line's direction
        // on to the next in one call, which moves a corner's first pixel.
        for (const QLineF &line : m_lines)
            painter->drawLine(line);
    }
    painter->setWorldTransform(toDevice);
    m_bands.clear();
    m_lines.clear();
}

} // namespace scalescope
