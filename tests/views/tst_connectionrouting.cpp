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
        QTest::mouseMove(vp, from);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(vp, from + (to - from) * i / 8);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
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
        QTest::mouseMove(vp, back);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, back);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(vp, back + (away - back) * i / 8);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, away);
        QCOMPARE(ac->route().points().size(), 2);
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
