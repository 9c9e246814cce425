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
    // Bands as fills, the fastest there is. Opaque ones in one call: the
    // same spans of the same colour as one fill per band (as a line drawn
    // alone makes them), without a call's own work per band, which was most
    // of the cost with thousands of bands a few pixels long. Translucent
    // ones one by one, where the two could round the blend differently.
    if (m_color.alpha() == 255 && m_opacity == 1) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawRects(m_bands.data(), int(m_bands.size()));
    } else {
        for (const QRect &band : m_bands)
            painter->fillRect(band, m_color);
    }
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
