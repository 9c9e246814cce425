#pragma once
// Routes a connection around components with horizontal and vertical legs,
// as architecture diagrams draw them. The search runs on a sparse grid: the
// lines through the edges of the obstacles near the two ends (A* over its
// crossings, a bend costing extra), so its size follows the obstacles in the
// way, not the canvas. The work is bounded: past a number of obstacles in
// the area or of expanded grid points, the route is a simple Z from side to
// side instead, so a diagram of thousands of components never stalls.

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <array>

namespace scalescope {

class RoutingObstacles;

// Where a line may leave or enter a component: the middle of a side, and
// the way out of it (a unit vector along an axis).
struct RoutePort {
    QPointF at;
    QPointF out;
};

struct RouteEnd {
    enum Side { Right, Left, Bottom, Top };
    QPointF centre;
    std::array<RoutePort, 4> ports; // by Side
};

struct RouteLimits {
    // How far a line keeps from a component (the obstacles are widened by as
    // much) and how far it runs straight out of a side before it turns.
    double clearance = 18;
    // A bend costs as much as this much more length.
    double bendCost = 40;
    // First looked for within this distance around the ends, then four times
    // as far.
    double reach = 160;
    int maxObstacles = 80;    // boxes in the searched area
    int maxExpansions = 4000; // grid points taken from the open list, all tries together
};

struct RouteResult {
    QPolygonF points;    // first port, corners, last port
    int expansions = 0;  // grid points the search expanded
    int obstacles = 0;   // boxes it had to consider (the most of its tries)
    bool fellBack = false;
    // The area whose boxes the search looked at: a component placed or gone
    // there can change the route (its edges are the search's grid lines),
    // and nothing outside it can.
    QRectF searched;
};

// `obstacles` hold the components' boxes widened by the clearance, the two
// ends' own boxes among them.
RouteResult routeOrthogonal(const RouteEnd &from, const RouteEnd &to, const RoutingObstacles &obstacles,
                            const RouteLimits &limits = {});

// The route without a search: from the side facing the other end, straight,
// across at half way, straight again.
QPolygonF simpleOrthogonalRoute(const RouteEnd &from, const RouteEnd &to);

} // namespace scalescope
