#include "orthogonalrouter.h"

#include "routingobstacles.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <queue>
#include <vector>

namespace scalescope {

namespace {

// Directions of travel on the grid.
enum Dir { East, West, South, North };
constexpr int kDx[4] = {1, -1, 0, 0};
constexpr int kDy[4] = {0, 0, 1, -1};
constexpr Dir kOpposite[4] = {West, East, North, South};
// Grid crossings beyond this (the coordinates of 80 boxes give fewer) are not searched.
constexpr size_t kMostNodes = 60000;

Dir dirOf(const QPointF &v)
{
    if (std::abs(v.x()) >= std::abs(v.y()))
        return v.x() >= 0 ? East : West;
    return v.y() >= 0 ? South : North;
}

std::vector<double> axis(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](double a, double b) { return std::abs(a - b) < 1e-6; }), v.end());
    return v;
}

size_t indexOf(const std::vector<double> &axis, double v)
{
    const auto it = std::lower_bound(axis.begin(), axis.end(), v - 1e-6);
    return size_t(std::min<ptrdiff_t>(it - axis.begin(), ptrdiff_t(axis.size()) - 1));
}

// Buffers reused from one search to the next: a stamp says which search
// wrote a state, so nothing is cleared between them.
struct Scratch {
    std::vector<double> cost;
    std::vector<int> parent;
    std::vector<std::uint32_t> stamp;
    std::uint32_t search = 0;

    void reserve(size_t states)
    {
        if (cost.size() < states) {
            cost.resize(states);
            parent.resize(states);
            stamp.resize(states, 0);
        }
        if (++search == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            search = 1;
        }
    }
    double costOf(size_t s) const { return stamp[s] == search ? cost[s] : std::numeric_limits<double>::infinity(); }
    void set(size_t s, double c, int from)
    {
        stamp[s] = search;
        cost[s] = c;
        parent[s] = from;
    }
};

struct Search {
    const RouteEnd &from;
    const RouteEnd &to;
    const RouteLimits &limits;
    int budget;        // expansions left
    int expansions = 0;
};

// One A* over the grid of `region`; the corner points, or nothing when no
// route lies within the region or the budget ran out.
std::optional<QPolygonF> searchRegion(Search &s, const QRectF &region, const std::vector<QRectF> &boxes)
{
    std::array<QPointF, 4> starts, goals;
    for (int i = 0; i < 4; ++i) {
        starts[size_t(i)] = s.from.ports[size_t(i)].at + s.from.ports[size_t(i)].out * s.limits.clearance;
        goals[size_t(i)] = s.to.ports[size_t(i)].at + s.to.ports[size_t(i)].out * s.limits.clearance;
    }
    std::vector<double> xv{region.left(), region.right()}, yv{region.top(), region.bottom()};
    for (const QPointF &p : starts) xv.push_back(p.x()), yv.push_back(p.y());
    for (const QPointF &p : goals) xv.push_back(p.x()), yv.push_back(p.y());
    std::vector<QRectF> clippedBoxes;
    for (const QRectF &b : boxes) {
        const QRectF c = b.intersected(region);
        if (c.isEmpty())
            continue;
        clippedBoxes.push_back(c);
        xv.push_back(c.left()), xv.push_back(c.right());
        yv.push_back(c.top()), yv.push_back(c.bottom());
    }
    const std::vector<double> xs = axis(std::move(xv)), ys = axis(std::move(yv));
    const size_t nx = xs.size(), ny = ys.size();
    if (nx < 2 || ny < 2 || nx * ny > kMostNodes)
        return std::nullopt;
    // A cell (between neighbouring lines) lies inside a box or outside all of them.
    std::vector<std::uint8_t> covered((nx - 1) * (ny - 1), 0);
    for (const QRectF &c : clippedBoxes) {
        const size_t i0 = indexOf(xs, c.left()), i1 = indexOf(xs, c.right());
        const size_t j0 = indexOf(ys, c.top()), j1 = indexOf(ys, c.bottom());
        for (size_t i = i0; i < i1; ++i)
            for (size_t j = j0; j < j1; ++j)
                covered[i * (ny - 1) + j] = 1;
    }
    const auto cell = [&](size_t i, size_t j) { return covered[i * (ny - 1) + j] != 0; };
    // A step runs along a line between two rows (or columns) of cells; it
    // crosses a box when the cells on both sides are inside. At the region's
    // edge the outer side counts as the inner one: a box cut by the edge
    // goes on beyond it.
    const auto blocked = [&](size_t i, size_t j, Dir d) {
        if (d == East || d == West) {
            const size_t ci = d == East ? i : i - 1;
            const bool above = j > 0 ? cell(ci, j - 1) : cell(ci, j);
            const bool below = j < ny - 1 ? cell(ci, j) : cell(ci, j - 1);
            return above && below;
        }
        const size_t cj = d == South ? j : j - 1;
        const bool left = i > 0 ? cell(i - 1, cj) : cell(i, cj);
        const bool right = i < nx - 1 ? cell(i, cj) : cell(i - 1, cj);
        return left && right;
    };

    static thread_local Scratch scratch;
    scratch.reserve(nx * ny * 4);
    const auto node = [ny](size_t i, size_t j) { return i * ny + j; };
    const auto heuristic = [&](size_t i, size_t j) {
        double best = std::numeric_limits<double>::infinity();
        for (const QPointF &g : goals)
            best = std::min(best, std::abs(xs[i] - g.x()) + std::abs(ys[j] - g.y()));
        return best + s.limits.clearance;
    };
    std::array<size_t, 4> goalNodes;
    for (size_t k = 0; k < 4; ++k)
        goalNodes[k] = node(indexOf(xs, goals[k].x()), indexOf(ys, goals[k].y()));

    using Open = std::pair<double, size_t>; // estimated total, state
    std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
    for (size_t k = 0; k < 4; ++k) {
        const size_t i = indexOf(xs, starts[k].x()), j = indexOf(ys, starts[k].y());
        const size_t state = node(i, j) * 4 + size_t(dirOf(s.from.ports[k].out));
        if (s.limits.clearance < scratch.costOf(state)) {
            scratch.set(state, s.limits.clearance, -1 - int(k)); // -1 - port: where it began
            open.push({s.limits.clearance + heuristic(i, j), state});
        }
    }
    double bestTotal = std::numeric_limits<double>::infinity();
    size_t bestState = 0, bestGoal = 0;
    while (!open.empty()) {
        const auto [estimate, state] = open.top();
        open.pop();
        if (estimate >= bestTotal)
            break; // nothing left can beat the route found
        const double g = scratch.costOf(state);
        const size_t n = state / 4;
        const Dir dir = Dir(state % 4);
        const size_t i = n / ny, j = n % ny;
        if (estimate > g + heuristic(i, j) + 1e-9)
            continue; // a stale entry: this state was reached cheaper since
        if (s.expansions >= s.budget)
            return std::nullopt;
        ++s.expansions;
        for (size_t k = 0; k < 4; ++k)
            if (goalNodes[k] == n) {
                const Dir in = kOpposite[dirOf(s.to.ports[k].out)];
                if (dir == kOpposite[in])
                    continue; // would turn back on itself into the side
                const double total = g + s.limits.clearance + (dir == in ? 0 : s.limits.bendCost);
                if (total < bestTotal) {
                    bestTotal = total;
                    bestState = state;
                    bestGoal = k;
                }
            }
        for (int d = 0; d < 4; ++d) {
            if (d == kOpposite[dir])
                continue;
            const ptrdiff_t ni = ptrdiff_t(i) + kDx[d], nj = ptrdiff_t(j) + kDy[d];
            if (ni < 0 || nj < 0 || ni >= ptrdiff_t(nx) || nj >= ptrdiff_t(ny) || blocked(i, j, Dir(d)))
                continue;
            const double step = std::abs(xs[size_t(ni)] - xs[i]) + std::abs(ys[size_t(nj)] - ys[j]);
            const double next = g + step + (d == dir ? 0 : s.limits.bendCost);
            const size_t reached = node(size_t(ni), size_t(nj)) * 4 + size_t(d);
            if (next < scratch.costOf(reached)) {
                scratch.set(reached, next, int(state));
                open.push({next + heuristic(size_t(ni), size_t(nj)), reached});
            }
        }
    }
    if (!std::isfinite(bestTotal))
        return std::nullopt;
    QPolygonF reversed{s.to.ports[bestGoal].at};
    int at = int(bestState);
    while (at >= 0) {
        const size_t n = size_t(at) / 4;
        reversed.append(QPointF(xs[n / ny], ys[n % ny]));
        const int parent = scratch.parent[size_t(at)];
        if (parent < 0) {
            reversed.append(s.from.ports[size_t(-1 - parent)].at);
            break;
        }
        at = parent;
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace

RouteResult routeOrthogonal(const RouteEnd &from, const RouteEnd &to, const RoutingObstacles &obstacles,
                            const RouteLimits &limits)
{
    RouteResult result;
    QRectF span;
    for (const RouteEnd *end : {&from, &to})
        for (const RoutePort &p : end->ports)
            span |= QRectF(p.at + p.out * limits.clearance, QSizeF(0, 0)).adjusted(-0.5, -0.5, 0.5, 0.5);
    Search search{from, to, limits, limits.maxExpansions};
    for (const double reach : {limits.reach, 4 * limits.reach}) {
        const QRectF region = span.adjusted(-reach, -reach, reach, reach);
        result.searched = region; // each try's region holds the one before
        const auto boxes = obstacles.within(region, limits.maxObstacles);
        if (!boxes)
            break; // too crowded to search within the bound
        result.obstacles = std::max(result.obstacles, int(boxes->size()));
        const std::optional<QPolygonF> found = searchRegion(search, region, *boxes);
        result.expansions = search.expansions;
        if (found) {
            result.points = *found;
            return result;
        }
        if (search.expansions >= search.budget)
            break;
    }
    result.points = simpleOrthogonalRoute(from, to);
    result.fellBack = true;
    return result;
}

QPolygonF simpleOrthogonalRoute(const RouteEnd &from, const RouteEnd &to)
{
    using S = RouteEnd::Side;
    const auto at = [](const RouteEnd &e, S side) { return e.ports[size_t(side)].at; };
    const double eastGap = at(to, S::Left).x() - at(from, S::Right).x();
    const double westGap = at(from, S::Left).x() - at(to, S::Right).x();
    const double southGap = at(to, S::Top).y() - at(from, S::Bottom).y();
    const double northGap = at(from, S::Top).y() - at(to, S::Bottom).y();
    const double across = std::max(eastGap, westGap), down = std::max(southGap, northGap);
    if (across >= 0 && (across >= down || down < 0)) {
        const QPointF a = eastGap >= westGap ? at(from, S::Right) : at(from, S::Left);
        const QPointF b = eastGap >= westGap ? at(to, S::Left) : at(to, S::Right);
        const double mx = (a.x() + b.x()) / 2;
        return QPolygonF{a, QPointF(mx, a.y()), QPointF(mx, b.y()), b};
    }
    if (down >= 0) {
        const QPointF a = southGap >= northGap ? at(from, S::Bottom) : at(from, S::Top);
        const QPointF b = southGap >= northGap ? at(to, S::Top) : at(to, S::Bottom);
        const double my = (a.y() + b.y()) / 2;
        return QPolygonF{a, QPointF(a.x(), my), QPointF(b.x(), my), b};
    }
    return QPolygonF{from.centre, to.centre}; // the boxes overlap
}

} // namespace scalescope
