#pragma once
// Type and colours the exported pictures share (legend, figures box, deck
// pages). Fonts are sized in pixels, so text has the same size on screen,
// in a PNG, an SVG and a PDF.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace scalescope::exportstyle {

inline QFont font(double pixelSize, bool bold = false)
{
    QFont f;
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}

inline const QColor kInk(0x23, 0x2F, 0x3E);
inline const QColor kMuted(0x5F, 0x6B, 0x7A);
inline const QColor kRule(0xD5, 0xDB, 0xDB);
inline const QColor kPanel(0xF7, 0xF8, 0xFA);

// What every picture is drawn in, whatever the screen's palette: light,
// as a page or a slide is (white window and base, black text).
inline QPalette palette() { return QPalette(QColor(Qt::white)); }

} // namespace scalescope::exportstyle
