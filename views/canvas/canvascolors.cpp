#include "canvascolors.h"

#include "canvasscene.h"

#include <QGraphicsItem>
#include <QPalette>

#include <cmath>

namespace scalescope {

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

CanvasColors CanvasColors::lightColors()
{
    return {false,
            Qt::white,
            QColor(0xC9, 0xD0, 0xD6),
            QColor(0x23, 0x2F, 0x3E),
            QColor(255, 255, 255, 225),
            QColor(255, 255, 255, 240),
            QColor(0x54, 0x5B, 0x64),
            QColor(0xA8, 0xAE, 0xB5)};
}

CanvasColors CanvasColors::darkColors()
{
    return {true,
            QColor(0x1B, 0x1F, 0x24),
            QColor(0x3A, 0x42, 0x4C),
            QColor(0xE6, 0xEA, 0xEE),
            QColor(0x1B, 0x1F, 0x24, 225),
            QColor(0x24, 0x29, 0x30, 240),
            QColor(0xA9, 0xB1, 0xBA),
            QColor(0x5E, 0x66, 0x70)};
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

CanvasColors CanvasColors::of(const QPalette &palette)
{
    return isDarkPalette(palette) ? darkColors() : lightColors();
}

const CanvasColors &CanvasColors::of(const QGraphicsItem *item)
{
    static const CanvasColors fallback = lightColors();
    const auto *scene = item ? qobject_cast<const CanvasScene *>(item->scene()) : nullptr;
    return scene ? scene->colors() : fallback;
}

QColor CanvasColors::readable(const QColor &onWhite) const
{
    if (!dark)
        return onWhite;
    // Lighter in steps until it reads on the dark background as it did on white.
    QColor c = onWhite;
    for (int i = 0; i < 8 && contrastRatio(c, background) < 4.5; ++i)
        c = c.lighter(125);
    return c;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace scalescope
