#pragma once
// How a connection's route becomes what is drawn of it: the part of a
// straight piece that shows (before the arrow head, inside the area drawn)
// and, zoomed out, its width in whole device pixels and the band of pixels
// a leg along an axis covers. Shared by a connection's own paint and the
// far layer's runs of lines (connectionfar.cpp).

#include "connectionroute.h"

#include <QLineF>
#include <QRect>
#include <QRectF>

#include <optional>
#include <utility>

namespace scalescope {

// A line's width in device pixels when zoomed out (below the detail zoom):
// whole pixels, 1 to 3, so thin lines take the fast path.
double farWidth(double width, double lod);

bool isAxisAligned(const QLineF &line);

// An axis-aligned line in device pixels as the band of pixels it covers:
// exactly `pixels` wide, wherever the line falls between pixels.
QRect farBand(const QLineF &d, int pixels);

// The part of the line inside the rectangle, as a range of its parameter
// (Liang-Barsky), or nothing when it misses the rectangle.
std::optional<std::pair<double, double>> clipped(const QLineF &line, const QRectF &r);

// The part of a straight piece that is drawn: cut short where the arrow
// head's base begins (`shaftEnd`, along the route), then clipped to the
// exposed area. `along` is the route distance of its two ends.
struct ShownLeg {
    QLineF line;
    double fromAlong = 0, toAlong = 0;
};
std::optional<ShownLeg> shownLeg(const ConnectionRoute::Piece &piece, double shaftEnd, const QRectF &exposed);

} // namespace scalescope
