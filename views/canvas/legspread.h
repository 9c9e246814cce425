#pragma once
// Connections that leave (or reach) the same side of a component would all
// meet it at the side's middle: their ends are spread along the side a step
// apart instead, in an order that keeps them from crossing (a leg that turns
// towards one end of the side sits nearer that end, the nearer the sooner it
// turns). Only a route's first leg (or last) moves sideways, so its legs stay
// along the axes and its bends where they were; a single straight leg keeps
// straight by following its other end, or steps across half way.

#include "orthogonalrouter.h"

#include <QPolygonF>

#include <optional>
#include <utility>
#include <vector>

namespace scalescope {

struct LegEnd {
    RouteEnd::Side side;
    // Where it goes along the side once clear of it: ends are spread in
    // ascending order of this.
    std::pair<int, double> order;
};

// The side an axis-aligned route leaves its first point through (its last
// one, with `atEnd`); nothing for a route with a slanted leg (straight
// lines, components that overlap), which is left as it is.
std::optional<LegEnd> legEnd(const QPolygonF &route, bool atEnd);

// Where `count` ends sit along a side, from its middle, in order: a step
// apart, closer when that would run past the side's usable half length.
std::vector<double> spreadOffsets(size_t count);

// The route with its first leg moved sideways by `start` and its last by
// `end` (along the x or y axis, whichever runs along the side).
QPolygonF withEndsSpread(const QPolygonF &route, double start, double end);

} // namespace scalescope
