#pragma once
// Gives every connection of a scene its route, and keeps the routes up to
// date as components move: a moved component re-routes its own connections
// and those whose route ran through or along the room it left or took, no
// others. Moves are gathered and routed once on the next turn of the event
// loop (or when flush() is called), so a drag of many components, or a
// stage's animation, routes each affected connection once per frame.
//
// Where several connections leave or reach one side of a component, their
// ends are spread along it (legspread.h) once their routes are found.
//
// A scene built with many connections (a big file opened) gets a simple
// route for each at once and the searched routes afterwards, a slice per
// turn of the event loop, so its first frame is not held up by thousands
// of searches; settled() says when they are all in place. The routes end as
// routing everything at once would have made them.

#include "orthogonalrouter.h"
#include "routingobstacles.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace scalescope {

class CanvasScene;
class ComponentItem;
class ConnectionItem;

class ConnectionRouter : public QObject {
    Q_OBJECT
public:
    enum class Style { Straight, Orthogonal };

    struct Stats {
        int routed = 0;         // connections routed
        int fellBack = 0;       // of which past the work bound, drawn as a simple route
        int mostExpansions = 0; // the most grid points one route expanded
        int mostObstacles = 0;  // the most boxes one route considered
    };

    // Builds with at most this many connections are routed at once.
    static constexpr int kEagerConnections = 256;

    explicit ConnectionRouter(CanvasScene *scene);

    Style style() const { return m_style; }
    // Routes every connection again in the new style.
    void setStyle(Style style);
    const RouteLimits &limits() const { return m_limits; }

    // What the scene tells it.
    void componentPlaced(const ComponentItem *item); // added or moved
    void componentRemoved(const QString &id);
    void connectionAdded(ConnectionItem *item); // routed at once
    void connectionRemoved(ConnectionItem *item);
    void connectionEndMoved(ConnectionItem *item);
    void clear();
    // Around the scene adding all its connections at once (a rebuild),
    // with how many it will add.
    void beginBuild(qsizetype connections);
    void endBuild();

    // Off: every build is routed before endBuild() returns (tests compare
    // against that). On by default.
    void setDefersBigBuilds(bool on) { m_defersBigBuilds = on; }
    // Connections of the last build still on their simple routes.
    bool isSettling() const { return !m_order.empty(); }
    // Routes them all now (an export needs the final picture).
    void settle();

    // Routes what moves left out of date, now.
    void flush();
    bool hasPending() const { return !m_pending.isEmpty() || !m_dirtyAreas.empty(); }

    // Counted since the last resetStats() (a test hook: the work bound).
    const Stats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

signals:
    // The deferred routes of a build are all in place.
    void settled();

private:
    void route(ConnectionItem *item);
    // Gives the item a route found for it, its ends spread later.
    void place(ConnectionItem *item, const QPolygonF &points);
    // Spreads the ends along the sides of the components whose routes changed.
    void spread();
    void markRoutesNear(const std::vector<QRectF> &areas);
    void schedule();
    RouteEnd endOf(const ComponentItem *item) const;
    void routeSlice();
    void finishSettling();

    CanvasScene *m_scene;
    Style m_style = Style::Orthogonal;
    RouteLimits m_limits;
    RoutingObstacles m_obstacles;
    QSet<ConnectionItem *> m_items;
    QSet<ConnectionItem *> m_pending;
    // The routes as found, before their ends are spread; each end's place
    // along its side and whether it has the side to itself.
    struct Spread {
        double start = 0, end = 0;
        bool startAlone = true, endAlone = true;
    };
    QHash<ConnectionItem *, QPolygonF> m_found;
    QHash<ConnectionItem *, Spread> m_spread;
    QHash<ConnectionItem *, QRectF> m_searched; // RouteResult::searched of each searched route
    QSet<QString> m_unspread;                      // components whose sides need spreading again
    std::vector<QRectF> m_dirtyAreas; // room components left or took since the last flush
    bool m_scheduled = false;
    Stats m_stats;
    // A build's connections in the order they came, routed from m_next on;
    // m_deferred holds those not routed since (a move may route one early).
    bool m_building = false;
    bool m_defersBigBuilds = true;
    std::vector<ConnectionItem *> m_order;
    size_t m_next = 0;
    QSet<ConnectionItem *> m_deferred;
    QTimer m_slices;
};

} // namespace scalescope
