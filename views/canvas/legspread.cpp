#include "legspread.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// Ends this far apart read as separate lines at any zoom a label is read at.
constexpr double kStep = 12;
// How far from a side's middle an end may go: the icon with its ring is 76
// across, and an end keeps clear of its corners.
constexpr double kHalfSpan = 30;

bool axisAligned(const QPolygonF &route)
{
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        if (std::abs(route[i].x() - route[i + 1].x()) > 1e-9 && std::abs(route[i].y() - route[i + 1].y()) > 1e-9)
            return false;
    return true;
}

// The way along the side: down for the left and right sides, right for the top and bottom.
QPointF alongSide(RouteEnd::Side side)
{
    return side == RouteEnd::Left || side == RouteEnd::Right ? QPointF(0, 1) : QPointF(1, 0);
}

double dot(const QPointF &a, const QPointF &b)
{
    return a.x() * b.x() + a.y() * b.y();
}

} // namespace

std::optional<LegEnd> legEnd(const QPolygonF &route, bool atEnd)
{
    if (route.size() < 2 || !axisAligned(route))
        return std::nullopt;
    // Read from the component outwards.
    QPolygonF p = route;
    if (atEnd)
        std::reverse(p.begin(), p.end());
    const QPointF out = p[1] - p[0];
    if (std::abs(out.x()) < 1e-9 && std::abs(out.y()) < 1e-9)
        return std::nullopt;
    LegEnd end;
    if (std::abs(out.x()) >= std::abs(out.y()))
        end.side = out.x() > 0 ? RouteEnd::Right : RouteEnd::Left;
    else
        end.side = out.y() > 0 ? RouteEnd::Bottom : RouteEnd::Top;
    const QPointF along = alongSide(end.side);
    const double first = std::hypot(out.x(), out.y());
    const double turn = p.size() >= 3 ? dot(p[2] - p[1], along) : 0;
    if (turn < 0)
        end.order = {-1, first}; // turns back along the side: the sooner, the nearer that end
    else if (turn > 0)
        end.order = {1, -first};
    else
        end.order = {0, dot(p.back(), along)};
    return end;
}

std::vector<double> spreadOffsets(size_t count)
{
    std::vector<double> offsets(count, 0.0);
    if (count < 2)
        return offsets;
    const double step = std::min(kStep, 2 * kHalfSpan / double(count - 1));
    for (size_t i = 0; i < count; ++i)
        offsets[i] = (double(i) - double(count - 1) / 2) * step;
    return offsets;
}

QPolygonF withEndsSpread(const QPolygonF &route, double start, double end)
{
    const std::optional<LegEnd> first = legEnd(route, false), last = legEnd(route, true);
    if (!first || !last || (start == 0 && end == 0))
        return route;
    QPolygonF p = route;
    const qsizetype n = p.size();
    const QPointF startShift = alongSide(first->side) * start, endShift = alongSide(last->side) * end;
    if (n == 2) {
        if (start == end) {
            p[0] += startShift;
            p[1] += endShift;
            return p;
        }
        // One leg, its ends moved apart: a step across half way.
        const QPointF a = p[0] + startShift, b = p[1] + endShift;
        const QPointF middle = (p[0] + p[1]) / 2;
        const bool horizontal = first->side == RouteEnd::Left || first->side == RouteEnd::Right;
        return horizontal ? QPolygonF{a, QPointF(middle.x(), a.y()), QPointF(middle.x(), b.y()), b}
                          : QPolygonF{a, QPointF(a.x(), middle.y()), QPointF(b.x(), middle.y()), b};
    }
    // The next leg runs along the side: moving a leg's corner along it keeps every leg on its axis.
    p[0] += startShift;
    p[1] += startShift;
    p[n - 1] += endShift;
    p[n - 2] += endShift;
    return p;
}

} // namespace scalescope
