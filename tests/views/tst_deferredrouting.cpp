// A big diagram opens with simple routes and searches the real ones on
// later turns of the event loop, a slice at a time, so the first frame comes
// at once. Whatever happens meanwhile (a drag through the real event path,
// the live figures), it must end exactly as routing everything at once
// would have: the same routes, and rate labels laid out on them.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "canvas/flowlabellayer.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"
#include "scalescope_resources.h"
#include "testsupport.h"
#include "workload.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace scalescope;

namespace {

// A grid of web servers behind a load balancer, each sending to its
// right-hand neighbour, some to the one after it (a component in the way)
// and some to one far below: more connections than are routed at once, and
// a valid architecture (no cycles), so that a move is an edit it accepts.
Scenario grid(int side)
{
    Scenario s;
    s.title = QStringLiteral("grid");
    const int n = side * side;
    s.base = test::serverRows(n, side); // each to its right-hand neighbour
    const auto id = [](int i) { return QStringLiteral("c%1").arg(i); };
    for (int i = 0; i < n; ++i) {
        if (i % side + 2 < side && i % 7 == 0)
            s.base.connections.push_back({id(i), id(i + 2), {}});
        const int far = (i * 7919 + 401) % n;
        if (far > i && far / side - i / side > 4 && i % 5 == 0) // forward only: no cycles
            s.base.connections.push_back({id(i), id(far), {}});
    }
    return s;
}

// A scene that routes everything while it is built, as small diagrams are:
// made empty, told not to defer, then given the scenario.
struct EagerCanvas {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    explicit EagerCanvas(const Scenario &s)
    {
        scene = std::make_unique<CanvasScene>(&document);
        scene->router()->setDefersBigBuilds(false);
        document.setScenario(s);
    }
};

// Every connection of `a` routed as in `b`.
void compareRoutes(const CanvasScene &a, const CanvasScene &b, const Architecture &architecture)
{
    for (const Connection &c : architecture.connections) {
        const ConnectionItem *x = a.connectionItem(c.from, c.to);
        const ConnectionItem *y = b.connectionItem(c.from, c.to);
        QVERIFY(x && y);
        QVERIFY2(x->route().points() == y->route().points(), qPrintable(c.from + QStringLiteral("->") + c.to));
    }
}

} // namespace

class TestDeferredRouting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void aBigBuildSettlesOnTheSameRoutes()
    {
        const Scenario s = grid(20);
        QVERIFY(int(s.base.connections.size()) > ConnectionRouter::kEagerConnections);
        ScenarioDocument document;
        document.setScenario(s);
        CanvasScene scene(&document);
        ConnectionRouter *router = scene.router();
        // Built: every line drawn at once, the searched routes still to come.
        QVERIFY(router->isSettling());
        for (const Connection &c : s.base.connections)
            QVERIFY(scene.connectionItem(c.from, c.to)->route().points().size() >= 2);
        QSignalSpy settled(router, &ConnectionRouter::settled);
        QVERIFY(settled.wait(60'000));
        QVERIFY(!router->isSettling());
        QCOMPARE(settled.count(), 1);

        EagerCanvas eager(s);
        QVERIFY(!eager.scene->router()->isSettling());
        compareRoutes(scene, *eager.scene, s.base);
    }

    void aSmallBuildRoutesAtOnce()
    {
        ScenarioDocument document;
        document.setScenario(grid(4));
        CanvasScene scene(&document);
        QVERIFY(!scene.router()->isSettling());
    }

    void aDragWhileSettlingEndsAsARoutedMoveWould()
    {
        const Scenario s = grid(20);
        ScenarioDocument document;
        document.setScenario(s);
        CanvasScene scene(&document);
        CanvasView view(&scene);
        view.setFixedSize(1000, 800);
        view.show();
        // c45 (row 2, column 5) dragged down between rows through the
        // viewport before the event loop ran a single slice.
        QVERIFY(scene.router()->isSettling());
        const QString moved = QStringLiteral("c45");
        const QPointF start = scene.componentItem(moved)->pos();
        view.centerOn(start + QPointF(0, 50));
        QWidget *vp = view.viewport();
        const QPoint from = view.mapFromScene(start), to = view.mapFromScene(start + QPointF(0, 100));
        QCOMPARE(scene.itemTakingPress(view.mapToScene(from), Qt::LeftButton), scene.componentItem(moved));
        test::dragOnViewport(vp, from, to);
        QCOMPARE(document.component(moved)->position, (Point{start.x(), start.y() + 100}));

        QSignalSpy settled(scene.router(), &ConnectionRouter::settled);
        if (scene.router()->isSettling())
            QVERIFY(settled.wait(60'000));
        Scenario after = s;
        after.base = document.architecture();
        EagerCanvas eager(after);
        compareRoutes(scene, *eager.scene, document.architecture());
    }

    // Settled, a move routes again every line whose search saw the room the
    // component left or took, not only the lines through it: the grid of a
    // search is made of the boxes' edges, so a box placed near a line can
    // change its route. The routes then end as routing the moved diagram
    // afresh would make them, whatever was routed when.
    void aMoveEndsAsRoutingAfreshWould()
    {
        const Scenario s = grid(20);
        EagerCanvas moved(s);
        CanvasView view(moved.scene.get());
        view.setFixedSize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int n : {45, 63, 87, 101, 163, 199, 222, 278, 301, 355}) {
            const QString id = QStringLiteral("c%1").arg(n);
            const QPointF start = moved.scene->componentItem(id)->pos();
            view.centerOn(start + QPointF(0, 50));
            const QPoint from = view.mapFromScene(start), to = view.mapFromScene(start + QPointF(0, 100));
            QCOMPARE(moved.scene->itemTakingPress(view.mapToScene(from), Qt::LeftButton), moved.scene->componentItem(id));
            test::dragOnViewport(view.viewport(), from, to);
            QCOMPARE(moved.document.component(id)->position, (Point{start.x(), start.y() + 100}));
            moved.scene->router()->flush();
            Scenario after = s;
            after.base = moved.document.architecture();
            EagerCanvas afresh(after);
            compareRoutes(*moved.scene, *afresh.scene, after.base);
        }
    }

    void rateLabelsFollowTheSettledRoutes()
    {
        const Scenario s = grid(20);
        ScenarioDocument document;
        document.setScenario(s);
        CanvasScene scene(&document);
        EvaluationService service;
        auto *binder = new SceneLoadBinder(&scene, &service);
        binder->animator()->setEnabled(false);
        // At the user count from the start: a layout places labels by the
        // line widths of its moment, and is only redone when lines move.
        service.setUsers(5000);
        service.setArchitecture(document.architecture());
        QVERIFY2(service.hasNetwork(), qPrintable(service.errorMessage()));
        QVERIFY(scene.router()->isSettling());
        QSignalSpy settled(scene.router(), &ConnectionRouter::settled);
        QVERIFY(settled.wait(60'000));
        // The binder lays the labels out again on the next turn.
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();

        EagerCanvas eager(s);
        EvaluationService eagerService;
        auto *eagerBinder = new SceneLoadBinder(eager.scene.get(), &eagerService);
        eagerBinder->animator()->setEnabled(false);
        eagerService.setUsers(5000);
        eagerService.setArchitecture(eager.document.architecture());
        int labelled = 0;
        for (const Connection &c : s.base.connections) {
            const ConnectionId id(c.from, c.to);
            QCOMPARE(binder->labels()->hasLabel(id), eagerBinder->labels()->hasLabel(id));
            if (!binder->labels()->hasLabel(id))
                continue;
            ++labelled;
            QCOMPARE(binder->labels()->labelRect(id), eagerBinder->labels()->labelRect(id));
        }
        QVERIFY(labelled > 0);
    }
};

QTEST_MAIN(TestDeferredRouting)
#include "tst_deferredrouting.moc"
