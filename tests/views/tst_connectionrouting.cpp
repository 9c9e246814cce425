// Connections routed around components: legs along the axes only, clear of
// every component in the way, re-routed when something moves through the
// real event path, and bounded work on a diagram of ten thousand components.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace scalescope;

namespace {

Component ec2(const QString &id, double x, double y)
{
    return Component{id, QStringLiteral("ec2"), id, QString(), Point{x, y}, {}};
}

Scenario scenarioOf(std::vector<Component> components, std::vector<Connection> connections)
{
    Scenario s;
    s.title = QStringLiteral("routing");
    s.base.components = std::move(components);
    s.base.connections = std::move(connections);
    return s;
}

// What a component shows: the icon and, wider, its label with the figures.
QRectF drawnBox(const ComponentItem *item)
{
    return item->connectionBounds().united(ComponentItem::labelBounds()).translated(item->pos());
}

bool legsAreAxisAligned(const ConnectionRoute &route)
{
    const QPolygonF &p = route.points();
    for (qsizetype i = 0; i + 1 < p.size(); ++i)
        if (std::abs(p[i].x() - p[i + 1].x()) > 1e-9 && std::abs(p[i].y() - p[i + 1].y()) > 1e-9)
            return false;
    return true;
}

// Whether the drawn path (corners rounded) passes through the box: walked
// in steps of one unit, well below the clearance a route keeps.
bool crosses(const ConnectionRoute &route, const QRectF &box)
{
    for (double d = 0; d <= route.length(); d += 1)
        if (box.contains(route.pointAt(d)))
            return true;
    return false;
}

// Whether two axis-aligned segments cross or touch.
bool meet(const QLineF &a, const QLineF &b)
{
    const QRectF ra = QRectF(a.p1(), a.p2()).normalized(), rb = QRectF(b.p1(), b.p2()).normalized();
    return ra.left() <= rb.right() && rb.left() <= ra.right() && ra.top() <= rb.bottom() && rb.top() <= ra.bottom();
}

// A route's end at one of its components, read from the component out:
// where it touches the side, and its first two legs.
struct SideEnd {
    QString connection;
    QPointF at;
    QPolygonF legs;
};

// Every route end of the scene by component and side ("web/right").
QMultiHash<QString, SideEnd> endsBySide(const CanvasScene &scene, const ScenarioDocument &doc)
{
    QMultiHash<QString, SideEnd> ends;
    for (const Connection &c : doc.architecture().connections) {
        const ConnectionItem *item = scene.connectionItem(c.from, c.to);
        QPolygonF p = item->route().points();
        for (const bool atEnd : {false, true}) {
            const QString id = atEnd ? c.to : c.from;
            QPolygonF out = p;
            if (atEnd)
                std::reverse(out.begin(), out.end());
            const ComponentItem *component = scene.componentItem(id);
            const QRectF box = component->connectionBounds().translated(component->pos());
            const QPointF at = out.front();
            const auto near = [](double a, double b) { return std::abs(a - b) < 0.01; };
            const QString side = near(at.x(), box.right()) ? QStringLiteral("right")
                                 : near(at.x(), box.left()) ? QStringLiteral("left")
                                 : near(at.y(), box.top())  ? QStringLiteral("top")
                                 : near(at.y(), box.bottom()) ? QStringLiteral("bottom")
                                                            : QString();
            if (side.isEmpty())
                continue; // not on an edge (overlapping components)
            ends.insert(id + QLatin1Char('/') + side, SideEnd{c.from + QStringLiteral("->") + c.to, at, out.mid(0, 3)});
        }
    }
    return ends;
}

// Ends on one side never meet, keep a step apart within the side, and their
// first legs (out of the side and the next one along it) do not cross.
// Returns the most ends a side holds.
int checkSpread(const CanvasScene &scene, const ScenarioDocument &doc)
{
    const QMultiHash<QString, SideEnd> ends = endsBySide(scene, doc);
    int most = 0;
    for (const QString &key : ends.uniqueKeys()) {
        const QList<SideEnd> side = ends.values(key);
        most = std::max(most, int(side.size()));
        const ComponentItem *component = scene.componentItem(key.section(QLatin1Char('/'), 0, 0));
        for (const SideEnd &e : side) {
            // Within 30 of the side's middle, level with the icon's centre or under it.
            const QPointF fromMiddle = e.at - component->pos();
            const bool upright = key.endsWith(QLatin1String("left")) || key.endsWith(QLatin1String("right"));
            if ((upright ? std::abs(fromMiddle.y()) : std::abs(fromMiddle.x())) > 30.01) {
                qWarning("%s: %s ends %g from the middle", qPrintable(key), qPrintable(e.connection),
                         upright ? fromMiddle.y() : fromMiddle.x());
                return -1;
            }
        }
        for (qsizetype i = 0; i < side.size(); ++i)
            for (qsizetype j = i + 1; j < side.size(); ++j) {
                const SideEnd &a = side[i], &b = side[j];
                if (QLineF(a.at, b.at).length() < 8) {
                    qWarning("%s: %s and %s end %g apart", qPrintable(key), qPrintable(a.connection),
                             qPrintable(b.connection), QLineF(a.at, b.at).length());
                    return -1;
                }
                // Neither's first leg crosses the other's second (along the
                // side), unless it turns onto it and runs on together.
                const auto crosses = [](const SideEnd &x, const SideEnd &y) {
                    if (y.legs.size() < 3)
                        return false;
                    const QLineF first(x.legs[0], x.legs[1]), along(y.legs[1], y.legs[2]);
                    if (!meet(first, along))
                        return false;
                    const bool horizontal = std::abs(along.y1() - along.y2()) < 1e-9;
                    return horizontal ? std::abs(x.legs[1].y() - along.y1()) > 0.01 : std::abs(x.legs[1].x() - along.x1()) > 0.01;
                };
                if (crosses(a, b) || crosses(b, a)) {
                    qWarning("%s: %s and %s cross", qPrintable(key), qPrintable(a.connection), qPrintable(b.connection));
                    return -1;
                }
            }
    }
    return most;
}

} // namespace

class TestConnectionRouting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void aRouteGoesAroundAComponentInBetween()
    {
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2("a", 0, 0), ec2("b", 300, 0), ec2("c", 600, 0)},
                                   {Connection{QStringLiteral("a"), QStringLiteral("c"), {}}}));
        CanvasScene scene(&doc);
        const ConnectionRoute &route = scene.connectionItem(QStringLiteral("a"), QStringLiteral("c"))->route();
        QVERIFY(!route.isEmpty());
        QVERIFY(legsAreAxisAligned(route));
        QVERIFY(route.points().size() >= 4); // out, round b, back in
        QVERIFY(!crosses(route, drawnBox(scene.componentItem(QStringLiteral("b")))));
        // It starts on a's edge and ends on c's.
        const QRectF a = scene.componentItem(QStringLiteral("a"))->connectionBounds().translated(0, 0);
        const QRectF c = scene.componentItem(QStringLiteral("c"))->connectionBounds().translated(600, 0);
        QVERIFY(a.adjusted(-0.01, -0.01, 0.01, 0.01).contains(route.points().front()));
        QVERIFY(!a.adjusted(0.01, 0.01, -0.01, -0.01).contains(route.points().front()));
        QVERIFY(c.adjusted(-0.01, -0.01, 0.01, 0.01).contains(route.points().back()));
        QVERIFY(!c.adjusted(0.01, 0.01, -0.01, -0.01).contains(route.points().back()));
    }

    void aClearWayIsOneStraightLeg()
    {
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2("a", 0, 0), ec2("c", 600, 0)}, {Connection{QStringLiteral("a"), QStringLiteral("c"), {}}}));
        CanvasScene scene(&doc);
        const ConnectionItem *link = scene.connectionItem(QStringLiteral("a"), QStringLiteral("c"));
        // From a's right side to c's left side: the icon's half width each.
        const double half = scene.componentItem(QStringLiteral("a"))->connectionBounds().right();
        QCOMPARE(link->route().points(), (QPolygonF{QPointF(half, 0), QPointF(600 - half, 0)}));
    }

    void theStraightStyleDrawsEdgeToEdge()
    {
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2("a", 0, 0), ec2("b", 300, 0), ec2("c", 600, 200)},
                                   {Connection{QStringLiteral("a"), QStringLiteral("c"), {}}}));
        CanvasScene scene(&doc);
        scene.router()->setStyle(ConnectionRouter::Style::Straight);
        const ConnectionRoute &route = scene.connectionItem(QStringLiteral("a"), QStringLiteral("c"))->route();
        QCOMPARE(route.points().size(), 2);
        // On the line between the centres.
        const QPointF p = route.points().front();
        QVERIFY(std::abs(p.x() * 200 - p.y() * 600) < 1e-6);
        scene.router()->setStyle(ConnectionRouter::Style::Orthogonal);
        QVERIFY(legsAreAxisAligned(scene.connectionItem(QStringLiteral("a"), QStringLiteral("c"))->route()));
    }

    void draggingAComponentIntoTheWayReroutesOnlyWhatItMeets()
    {
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2("a", 0, 0), ec2("b", 300, 400), ec2("c", 600, 0), ec2("d", 0, 1400), ec2("e", 600, 1400)},
                                   {Connection{QStringLiteral("a"), QStringLiteral("c"), {}},
                                    Connection{QStringLiteral("d"), QStringLiteral("e"), {}}}));
        CanvasScene scene(&doc);
        CanvasView view(&scene);
        view.setFixedSize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(300, 200);
        const ConnectionItem *ac = scene.connectionItem(QStringLiteral("a"), QStringLiteral("c"));
        const ConnectionItem *de = scene.connectionItem(QStringLiteral("d"), QStringLiteral("e"));
        QCOMPARE(ac->route().points().size(), 2); // nothing in the way yet
        const QPolygonF deBefore = de->route().points();

        // Hover, press on b's icon, move in steps, release on the line.
        QWidget *vp = view.viewport();
        const QPoint from = view.mapFromScene(QPointF(300, 400)), to = view.mapFromScene(QPointF(300, 0));
        test::dragOnViewport(vp, from, to);
        QCOMPARE(doc.component(QStringLiteral("b"))->position, (Point{300, 0}));

        QVERIFY(legsAreAxisAligned(ac->route()));
        QVERIFY(ac->route().points().size() >= 4);
        QVERIFY(!crosses(ac->route(), drawnBox(scene.componentItem(QStringLiteral("b")))));
        QCOMPARE(de->route().points(), deBefore);

        // One step right with the keyboard: a→c meets b where it was and
        // where it goes; d→e, far below, is not routed again.
        scene.router()->resetStats();
        QTest::keyClick(vp, Qt::Key_Right);
        QCOMPARE(doc.component(QStringLiteral("b"))->position.x, 320.0);
        QCOMPARE(scene.router()->stats().routed, 1);
        QVERIFY(!crosses(ac->route(), drawnBox(scene.componentItem(QStringLiteral("b")))));

        // Dragged away again, the line runs straight once more.
        const QPoint back = view.mapFromScene(QPointF(320, 0)), away = view.mapFromScene(QPointF(320, 400));
        test::dragOnViewport(vp, back, away);
        QCOMPARE(ac->route().points().size(), 2);
    }

    void endsSharingASideAreSpreadAlongIt()
    {
        // A load balancer sending to five servers in a row below it: several
        // lines leave by its bottom side, and they leave it apart.
        std::vector<Component> components{ec2("lb", 0, 0)};
        std::vector<Connection> connections;
        for (int i = 0; i < 5; ++i) {
            const QString id = QStringLiteral("s%1").arg(i);
            components.push_back(ec2(id, -480 + 240 * i, 400));
            connections.push_back({QStringLiteral("lb"), id, {}});
        }
        ScenarioDocument doc;
        doc.setScenario(scenarioOf(components, connections));
        CanvasScene scene(&doc);
        QVERIFY(checkSpread(scene, doc) >= 3);
        for (const Connection &c : connections)
            QVERIFY(legsAreAxisAligned(scene.connectionItem(c.from, c.to)->route()));

        // Dragged with the mouse to the right of the row, the lines leave
        // by new sides, spread again.
        CanvasView view(&scene);
        view.setFixedSize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(200, 200);
        QWidget *vp = view.viewport();
        const QPoint from = view.mapFromScene(QPointF(0, 0)), to = view.mapFromScene(QPointF(800, 200));
        test::dragOnViewport(vp, from, to);
        QCOMPARE(doc.component(QStringLiteral("lb"))->position, (Point{800, 200}));
        scene.router()->flush();
        QVERIFY(checkSpread(scene, doc) >= 2);
        for (const Connection &c : connections)
            QVERIFY(legsAreAxisAligned(scene.connectionItem(c.from, c.to)->route()));
    }

    void theJourneysSharedSidesAreSpread()
    {
        const Scenario journey = test::journey();
        for (int stage = 0; stage <= int(journey.stages.size()); ++stage) {
            ScenarioDocument doc;
            doc.setScenario(journey, stage);
            CanvasScene scene(&doc);
            QVERIFY2(checkSpread(scene, doc) >= 1, qPrintable(QStringLiteral("stage %1").arg(stage)));
        }
    }

    void cornersAndSlantedLinesAreDrawnAtEveryZoom()
    {
        // a's bottom down to the level of b, then across into b's left:
        // one corner, rounded with a radius of 10 about (10, 290).
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2("a", 0, 0), ec2("b", 300, 300)}, {Connection{QStringLiteral("a"), QStringLiteral("b"), {}}}));
        CanvasScene scene(&doc);
        scene.setGridVisible(false);
        const ConnectionItem *link = scene.connectionItem(QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(link->route().points().size(), 3);
        const QPointF sharp = link->route().points()[1];
        const QPointF centre = sharp + QPointF(10, -10);
        const QPointF onArc = centre + QPointF(-10, 10) / std::sqrt(2.0);
        CanvasView view(&scene);
        view.setFixedSize(500, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Dark ink within a pixel of a scene point.
        const auto inkAt = [&](const QImage &image, const QPointF &scenePoint) {
            const QPoint at = view.mapFromScene(scenePoint);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (image.pixelColor(at + QPoint(dx, dy)).lightness() < 225) // a thin line is antialiased light
                        return true;
            return false;
        };
        for (const double zoom : {0.45, 0.61, 1.0, 2.0}) {
            view.setTransform(QTransform::fromScale(zoom, zoom));
            view.centerOn(sharp);
            const QImage image = view.viewport()->grab().toImage();
            QVERIFY2(inkAt(image, onArc), qPrintable(QString::number(zoom)));
            if (zoom >= 2) // the corner itself is cut off: 4 units (8 pixels) from the arc
                QVERIFY(!inkAt(image, sharp));
        }
        // Straight from edge to edge: slanted, drawn too.
        scene.router()->setStyle(ConnectionRouter::Style::Straight);
        view.setTransform(QTransform());
        view.centerOn(150, 150);
        QVERIFY(inkAt(view.viewport()->grab().toImage(), QPointF(150, 150)));
    }

    void theWorkStaysBoundedOnTenThousandComponents()
    {
        // 100 x 100 components, each sending to its right-hand neighbour, to
        // the one after it (one component in the way) and to one far away.
        constexpr int kSide = 100;
        constexpr double kDx = 240, kDy = 200;
        std::vector<Component> components;
        std::vector<Connection> connections;
        const auto id = [](int i) { return QStringLiteral("c%1").arg(i); };
        for (int i = 0; i < kSide * kSide; ++i)
            components.push_back(ec2(id(i), (i % kSide) * kDx, (i / kSide) * kDy));
        for (int i = 0; i < kSide * kSide; ++i) {
            if (i % kSide + 1 < kSide)
                connections.push_back({id(i), id(i + 1), {}});
            if (i % kSide + 2 < kSide && i % 7 == 0)
                connections.push_back({id(i), id(i + 2), {}});
            const int far = (i * 7919 + 4001) % (kSide * kSide);
            if (far != i && std::abs(far / kSide - i / kSide) > 10)
                connections.push_back({id(i), id(far), {}});
        }
        ScenarioDocument doc;
        doc.setScenario(scenarioOf(std::move(components), connections));
        CanvasScene scene(&doc);
        // A build this big is routed after its first frame: all of it now.
        QVERIFY(scene.router()->isSettling());
        scene.router()->settle();
        const ConnectionRouter::Stats &stats = scene.router()->stats();
        const RouteLimits &limits = scene.router()->limits();
        qInfo("%d routed, %d past the bound, at most %d expansions and %d boxes for one", stats.routed,
              stats.fellBack, stats.mostExpansions, stats.mostObstacles);
        QCOMPARE(stats.routed, int(connections.size()));
        QVERIFY2(stats.mostExpansions <= limits.maxExpansions, qPrintable(QString::number(stats.mostExpansions)));
        QVERIFY(stats.mostObstacles <= limits.maxObstacles);
        QVERIFY(stats.fellBack > 0); // the far ones, through thousands of components
        // The near ones were searched, not given up on.
        const ConnectionItem *neighbours = scene.connectionItem(id(5050), id(5051));
        QCOMPARE(neighbours->route().points().size(), 2);
        const ConnectionItem *past = scene.connectionItem(id(5047), id(5049));
        QVERIFY(past->route().points().size() >= 4);
        QVERIFY(legsAreAxisAligned(past->route()));
        QVERIFY(!crosses(past->route(), drawnBox(scene.componentItem(id(5048)))));
        QVERIFY(legsAreAxisAligned(scene.connectionItem(id(0), id(4001))->route()));
    }
};

QTEST_MAIN(TestConnectionRouting)
#include "tst_connectionrouting.moc"
