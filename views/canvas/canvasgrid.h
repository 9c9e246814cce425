#pragma once
// The canvas grid: component centres and group corners snap to it.

#include <QPointF>
#include <QRectF>

#include <cmath>

namespace scalescope {

inline constexpr double kGridStep = 20.0;

inline double snapToGrid(double v) { return std::round(v / kGridStep) * kGridStep; }
inline QPointF snapToGrid(const QPointF &p) { return {snapToGrid(p.x()), snapToGrid(p.y())}; }

} // namespace scalescope
