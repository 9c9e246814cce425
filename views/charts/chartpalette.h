#pragma once
// Colours for the charts: a qualitative palette whose neighbours differ in
// hue and lightness (readable side by side and for most colour-blind
// readers), and the fixed colours of marks that are not data.

#include <QColor>

namespace scalescope {

struct ChartPalette {
    static QColor series(int index); // cycles after kSeriesCount
    static constexpr int kSeriesCount = 9;
    static QColor requestClass(int requestClass); // static, read, write
    static QColor cursor();
    static QColor limit();   // the 100% line
    static QColor faded(QColor colour);
    static QColor muted();   // marks of things without a curve
};

} // namespace scalescope
