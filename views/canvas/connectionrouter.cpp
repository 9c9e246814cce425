#include "connectionrouter.h"

#include "canvasobstacles.h"
#include "canvasscene.h"
#include "componentitem.h"
#include "connectionitem.h"
#include "legspread.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace scalescope {

namespace {

// Where the segment from the centre towards `outside` leaves the rectangle
// (both in scene coordinates).
QPointF exitPoint(const QPointF &centre, const QRectF &bounds, const QPointF &outside)
{
    const QPointF d = outside - centre;
    double t = 1;
    if (d.x() > 0) t = std::min(t, (bounds.right() - centre.x()) / d.x());
    if (d.x() < 0) t = std::min(t, (bounds.left() - centre.x()) / d.x());
    if (d.y() > 0) t = std::min(t, (bounds.bottom() - centre.y()) / d.y());
    if (d.y() < 0) t = std::min(t, (bounds.top() - centre.y()) / d.y());
    return centre + d * std::max(0.0, t);
}

// The boxes a line keeps clear of, in item coordinates: the icon (down to
// the label) and the label with the figures, which is wider.
RoutingObstacles::Boxes boxesOf(const ComponentItem *item, double clearance)
{
    const QRectF bounds = item->connectionBounds();
    const QRectF label = ComponentItem::labelBounds();
    const QRectF icon(bounds.left(), bounds.top(), bounds.width(), label.top() - bounds.top());
    const QPointF at = item->pos();
    const auto widen = [&](const QRectF &r) {
        return r.translated(at).adjusted(-clearance, -clearance, clearance, clearance);
    };
    return {widen(icon), widen(label.united(QRectF(label.left(), bounds.bottom(), label.width(), 0)))};
}

// Longer pieces than this are looked up in parts (the area index skips
// very large rectangles).
constexpr double kLookupPiece = 4096;

// How long one turn of the event loop routes deferred connections: short
// enough that a slider move or a drag between two slices stays smooth.
constexpr qint64 kSliceNanoseconds = 8'000'000;

} // namespace

ConnectionRouter::ConnectionRouter(CanvasScene *scene)
    : QObject(scene), m_scene(scene)
{
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &ConnectionRouter::routeSlice);
}

void ConnectionRouter::setStyle(Style style)
{
    if (style == m_style)
        return;
    m_style = style;
    m_dirtyAreas.clear();
    m_pending = m_items;
    flush();
    finishSettling();
}

void ConnectionRouter::beginBuild(qsizetype connections)
{
    m_building = true;
    // Room made once, not grown a doubling at a time.
    m_items.reserve(m_items.size() + connections);
    m_found.reserve(m_found.size() + connections);
    m_spread.reserve(m_spread.size() + connections);
    m_deferred.reserve(m_deferred.size() + connections);
    m_order.reserve(m_order.size() + size_t(connections));
}

void ConnectionRouter::endBuild()
{
    m_building = false;
    if (m_deferred.isEmpty()) {
        spread();
        return;
    }
    if (!m_defersBigBuilds || m_style != Style::Orthogonal || m_deferred.size() <= kEagerConnections) {
        settle();
        return;
    }
    spread(); // the simple routes drawn now, the searched ones a slice at a time
    m_slices.start();
}

void ConnectionRouter::settle()
{
    flush();
    if (!isSettling())
        return;
    for (; m_next < m_order.size(); ++m_next)
        if (ConnectionItem *item = m_order[m_next]; m_deferred.contains(item))
            route(item);
    spread();
    finishSettling();
}

void ConnectionRouter::routeSlice()
{
    QElapsedTimer clock;
    clock.start();
    while (m_next < m_order.size() && clock.nsecsElapsed() < kSliceNanoseconds) {
        ConnectionItem *item = m_order[m_next++];
        if (m_deferred.contains(item)) // not routed since, nor removed
            route(item);
    }
    spread();
    if (m_next < m_order.size())
        m_slices.start();
    else
        finishSettling();
}

void ConnectionRouter::finishSettling()
{
    const bool was = isSettling();
    m_slices.stop();
    m_order.clear();
    m_next = 0;
    m_deferred.clear();
    if (was)
        emit settled();
}

RouteEnd ConnectionRouter::endOf(const ComponentItem *item) const
{
    const QRectF b = item->connectionBounds();
    const QPointF c = item->pos();
    RouteEnd end;
    end.centre = c;
    end.ports[RouteEnd::Right] = {c + QPointF(b.right(), 0), QPointF(1, 0)};
    end.ports[RouteEnd::Left] = {c + QPointF(b.left(), 0), QPointF(-1, 0)};
    end.ports[RouteEnd::Bottom] = {c + QPointF(0, b.bottom()), QPointF(0, 1)};
    end.ports[RouteEnd::Top] = {c + QPointF(0, b.top()), QPointF(0, -1)};
    return end;
}

void ConnectionRouter::componentPlaced(const ComponentItem *item)
{
    const RoutingObstacles::Boxes next = boxesOf(item, m_limits.clearance);
    const std::optional<RoutingObstacles::Boxes> before = m_obstacles.boxes(item->id());
    if (before && *before == next)
        return;
    m_obstacles.set(item->id(), next);
    if (m_style != Style::Orthogonal || m_items.isEmpty()) // a scene being built routes after its components
        return;
    // Lines through the room it took go round it now; lines that went
    // round the room it left may go straighter.
    m_dirtyAreas.push_back(next[0].united(next[1]));
    if (before)
        m_dirtyAreas.push_back((*before)[0].united((*before)[1]));
    schedule();
}

void ConnectionRouter::componentRemoved(const QString &id)
{
    if (const auto before = m_obstacles.boxes(id); before && m_style == Style::Orthogonal) {
        m_dirtyAreas.push_back((*before)[0].united((*before)[1]));
        schedule();
    }
    m_obstacles.remove(id);
}

void ConnectionRouter::connectionAdded(ConnectionItem *item)
{
    m_items.insert(item);
    if (!m_building) {
        route(item);
        spread();
        return;
    }
    // While a scene is built: a simple route now, the searched one after
    // the build (at once, or a slice per turn for a big one).
    const ComponentItem *a = m_scene->componentItem(item->from());
    const ComponentItem *b = m_scene->componentItem(item->to());
    if (a && b)
        place(item, simpleOrthogonalRoute(endOf(a), endOf(b)));
    m_deferred.insert(item);
    m_order.push_back(item);
}

void ConnectionRouter::connectionRemoved(ConnectionItem *item)
{
    m_items.remove(item);
    m_pending.remove(item);
    m_deferred.remove(item); // its place in m_order is skipped
    m_found.remove(item);
    m_spread.remove(item);
    m_searched.remove(item);
    // The ends left on its sides close up.
    m_unspread.insert(item->from());
    m_unspread.insert(item->to());
    schedule();
}

void ConnectionRouter::connectionEndMoved(ConnectionItem *item)
{
    m_pending.insert(item);
    schedule();
}

void ConnectionRouter::clear()
{
    m_obstacles.clear();
    m_items.clear();
    m_pending.clear();
    m_found.clear();
    m_searched.clear();
    m_spread.clear();
    m_unspread.clear();
    m_dirtyAreas.clear();
    m_slices.stop();
    m_order.clear();
    m_next = 0;
    m_deferred.clear();
}

void ConnectionRouter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ConnectionRouter::flush, Qt::QueuedConnection);
}

void ConnectionRouter::flush()
{
    m_scheduled = false;
    if (!m_dirtyAreas.empty()) {
        const std::vector<QRectF> areas = std::move(m_dirtyAreas);
        m_dirtyAreas.clear();
        markRoutesNear(areas);
    }
    const QSet<ConnectionItem *> pending = std::exchange(m_pending, {});
    for (ConnectionItem *item : pending)
        route(item);
    spread();
}

void ConnectionRouter::markRoutesNear(const std::vector<QRectF> &areas)
{
    QRectF all;
    for (const QRectF &a : areas)
        all |= a;
    // Many areas (a group dragged, a stage's animation): an index beats
    // comparing every leg with every one of them.
    constexpr size_t kFewAreas = 16;
    CanvasObstacles index;
    if (areas.size() > kFewAreas)
        for (const QRectF &a : areas)
            index.add(a);
    const auto touches = [&](const QRectF &piece) {
        if (!piece.intersects(all))
            return false;
        if (areas.size() <= kFewAreas)
            return std::any_of(areas.begin(), areas.end(), [&](const QRectF &a) { return a.intersects(piece); });
        return index.covered(piece) > 0;
    };
    const auto covers = [&](const QRectF &searched) {
        if (!searched.intersects(all))
            return false;
        if (areas.size() <= kFewAreas)
            return std::any_of(areas.begin(), areas.end(), [&](const QRectF &a) { return a.intersects(searched); });
        return index.covered(searched) > 0;
    };
    // A line whose search saw the room that changed is routed again: it may
    // differ even where the line does not pass (routing everything at once
    // would have seen the change). Walking the searched regions themselves
    // spares a look-up per line. A deferred line is routed later, round
    // whatever is there by then.
    for (auto it = m_searched.cbegin(); it != m_searched.cend(); ++it)
        if (covers(it.value()) && !m_deferred.contains(it.key()))
            m_pending.insert(it.key());
    for (ConnectionItem *item : std::as_const(m_items)) {
        if (m_pending.contains(item) || m_deferred.contains(item))
            continue;
        if (!item->route().bounds().adjusted(-1, -1, 1, 1).intersects(all))
            continue;
        const QPolygonF &p = item->route().points();
        bool hit = false;
        for (qsizetype i = 0; i + 1 < p.size() && !hit; ++i) {
            // A leg along an area's edge counts: it went round what was there.
            const QRectF leg = QRectF(p[i], p[i + 1]).normalized().adjusted(-1, -1, 1, 1);
            const int parts = std::max(1, int(std::max(leg.width(), leg.height()) / kLookupPiece) + 1);
            for (int k = 0; k < parts && !hit; ++k) {
                const QRectF piece = leg.width() >= leg.height()
                                         ? QRectF(leg.left() + k * leg.width() / parts, leg.top(), leg.width() / parts, leg.height())
                                         : QRectF(leg.left(), leg.top() + k * leg.height() / parts, leg.width(), leg.height() / parts);
                hit = touches(piece);
            }
        }
        if (hit)
            m_pending.insert(item);
    }
}

void ConnectionRouter::route(ConnectionItem *item)
{
    m_deferred.remove(item);
    m_searched.remove(item); // kept below for a searched route only
    const ComponentItem *a = m_scene->componentItem(item->from());
    const ComponentItem *b = m_scene->componentItem(item->to());
    if (!a || !b)
        return;
    const QPointF ca = a->pos(), cb = b->pos();
    const QRectF ra = a->connectionBounds().translated(ca);
    const QRectF rb = b->connectionBounds().translated(cb);
    if (ra.intersects(rb)) { // overlapping: centre to centre, still visible
        place(item, QPolygonF{ca, cb});
        return;
    }
    if (m_style == Style::Straight) {
        place(item, QPolygonF{exitPoint(ca, ra, cb), exitPoint(cb, rb, ca)});
        return;
    }
    const RouteResult r = routeOrthogonal(endOf(a), endOf(b), m_obstacles, m_limits);
    m_searched.insert(item, r.searched);
    ++m_stats.routed;
    m_stats.fellBack += r.fellBack ? 1 : 0;
    m_stats.mostExpansions = std::max(m_stats.mostExpansions, r.expansions);
    m_stats.mostObstacles = std::max(m_stats.mostObstacles, r.obstacles);
    place(item, r.points);
}

void ConnectionRouter::place(ConnectionItem *item, const QPolygonF &points)
{
    const QPolygonF found = ConnectionRoute::simplified(points);
    auto it = m_found.find(item);
    if (it != m_found.end() && *it == found)
        return;
    m_found.insert(item, found);
    m_unspread.insert(item->from());
    m_unspread.insert(item->to());
}

void ConnectionRouter::spread()
{
    if (m_unspread.isEmpty())
        return;
    const QSet<QString> ids = std::exchange(m_unspread, {});
    struct End {
        ConnectionItem *item;
        bool atEnd;
        LegEnd leg;
    };
    // Each component's connections as the scene holds them (the same as it
    // tells this router of, and without a copy of its own to keep).
    const QMultiHash<QString, ConnectionItem *> &attached = m_scene->attachedConnections();
    QSet<ConnectionItem *> touched;
    touched.reserve(std::min(qsizetype(m_items.size()), 2 * ids.size()));
    for (const QString &id : ids) {
        std::array<std::vector<End>, 4> sides;
        for (auto [at, end] = attached.equal_range(id); at != end; ++at) {
            ConnectionItem *item = *at;
            touched.insert(item);
            Spread &s = m_spread[item];
            for (const bool atEnd : {false, true}) {
                if ((atEnd ? item->to() : item->from()) != id)
                    continue;
                (atEnd ? s.end : s.start) = 0;
                (atEnd ? s.endAlone : s.startAlone) = true;
                // Straight lines leave where they point; a line to itself is not spread.
                if (m_style != Style::Orthogonal || item->from() == item->to())
                    continue;
                if (const std::optional<LegEnd> leg = legEnd(m_found.value(item), atEnd))
                    sides[size_t(leg->side)].push_back({item, atEnd, *leg});
            }
        }
        for (std::vector<End> &ends : sides) {
            if (ends.size() < 2)
                continue;
            std::sort(ends.begin(), ends.end(), [](const End &a, const End &b) {
                return std::tie(a.leg.order, a.item->from(), a.item->to(), a.atEnd)
                       < std::tie(b.leg.order, b.item->from(), b.item->to(), b.atEnd);
            });
            const std::vector<double> offsets = spreadOffsets(ends.size());
            for (size_t i = 0; i < ends.size(); ++i) {
                Spread &s = m_spread[ends[i].item];
                (ends[i].atEnd ? s.end : s.start) = offsets[i];
                (ends[i].atEnd ? s.endAlone : s.startAlone) = false;
            }
        }
    }
    for (ConnectionItem *item : std::as_const(touched)) {
        const QPolygonF &found = m_found.value(item);
        if (found.size() < 2)
            continue;
        Spread s = m_spread.value(item);
        // A single straight leg stays straight where one end has its side to itself.
        if (found.size() == 2 && s.startAlone != s.endAlone)
            (s.startAlone ? s.start : s.end) = s.startAlone ? s.end : s.start;
        item->setRoute(withEndsSpread(found, s.start, s.end));
    }
}

} // namespace scalescope
