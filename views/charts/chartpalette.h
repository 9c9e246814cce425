#pragma once
// Colours for the charts: a qualitative palette whose neighbours differ in
// hue and lightness (readable side by side and for most colour-blind
// readers), and the fixed colours of marks that are not data.

#include <QColor>

class QCustomPlot;

namespace scalescope {

struct ChartPalette {
    static QColor series(int index); // cycles after kSeriesCount
    static constexpr int kSeriesCount = 9;
    static QColor requestClass(int requestClass); // static, read, write
    // Dark on a light plot, light on a dark one.
    static QColor cursor(bool dark = false);
    static QColor onCursor(bool dark = false); // its label's text
    static QColor limit();   // the 100% line
    static QColor faded(QColor colour);
    static QColor muted();   // marks of things without a curve
    // A curve's colour for text naming it: made lighter on a dark ground and
    // darker on a light one until it reads (4.5:1, WCAG AA).
    static QColor text(const QColor &curve, const QColor &ground);
    // The plot's background, axes, grid, title and legend text from its
    // palette (light or dark, as the system's); call again on a palette change.
    static void applyTo(QCustomPlot *plot);
    static bool isDark(const QCustomPlot *plot);
};

} // namespace scalescope
