#pragma once
// Zoomed far out (farlayer.h) a connection is a pixel or three wide, drawn
// in device pixels: its legs along the axes as bands of whole pixels, the
// rest (and its corners' chords) as lines of a cosmetic pen. Lines that
// follow one another in stacking order with the same colour, width and
// opacity are collected here and drawn as one run: the same calls with the
// same pixels (a colour laid over itself blends the same in any order, and
// nothing else is drawn between them), without setting up the painter for
// each line.

#include <QColor>
#include <QLineF>
#include <QRect>

#include <vector>

class QPainter;

namespace scalescope {

class FarLines {
public:
    // The next line's pen: what was collected with another pen is drawn first.
    void begin(QPainter *painter, const QColor &color, int pixels, double opacity);
    // Device pixels.
    void addBand(const QRect &band) { m_bands.push_back(band); }
    void addLine(const QLineF &line) { m_lines.push_back(line); }
    // Draws what was collected, unsmoothed and in device pixels; leaves the
    // painter's transform and smoothing as they were, its opacity at the
    // run's, and its pen and brush as the run set them.
    void flush(QPainter *painter);

private:
    QColor m_color;
    int m_pixels = 0;
    double m_opacity = 1;
    std::vector<QRect> m_bands;
    std::vector<QLineF> m_lines;
};

} // namespace scalescope
