#pragma once
// The utilisation colour scale the canvas paints its load rings in, as
// swatches with their percentages: green to 50%, amber at 80%, red at 100%.

#include <QColor>
#include <QPointF>
#include <QSizeF>

class QPainter;

namespace scalescope {

class LoadLegend {
public:
    // The utilisations the swatches show, and their colours.
    static constexpr double kSteps[] = {0.5, 0.65, 0.8, 0.9, 1.0};
    static QColor colorAt(double utilization);

    QSizeF size() const;
    void paint(QPainter &painter, const QPointF &topLeft) const;
};

} // namespace scalescope
