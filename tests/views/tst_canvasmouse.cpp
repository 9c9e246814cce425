// The canvas under a real mouse: hover, press, move in steps and release on
// the view's viewport, with the bottleneck's pulsing callout over the
// diagram as the live editor shows it, for every kind in the catalog.
#include "canvas/bottleneckcallout.h"
#include "canvas/canvasobstacles.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "document/scenariodocument.h"
#include "idletraffic.h"
#include "live/evaluationservice.h"
#include "live/idleconnectionwarner.h"
#include "live/sceneloadbinder.h"
#include "scalescope_resources.h"
#include "testsupport.h"
#include "workload.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalescope;

namespace {

// A source component of one kind with an EC2 server below it to connect to.
Scenario twoComponents(const QString &kind)
{
    Scenario s;
    s.title = QStringLiteral("mouse");
    s.base.components.push_back(Component{QStringLiteral("source"), kind, QString(), QString(), Point{300, 200}, {}});
    s.base.components.push_back(
        Component{QStringLiteral("target"), QStringLiteral("ec2"), QString(), QString(), Point{300, 460}, {}});
    return s;
}

// Users -> load balancer -> one web server, and a database not yet
// connected: the start of every diagram.
Scenario firstLink()
{
    Scenario s;
    s.title = QStringLiteral("first link");
    s.base.workload = defaultWorkload();
    const auto add = [&s](const char *id, const char *kind, double x) {
        s.base.components.push_back(
            Component{QLatin1String(id), QLatin1String(kind), QString(), QString(), Point{x, 200}, {}});
    };
    add("users", "users", 0);
    add("lb", "alb", 200);
    add("web", "ec2", 320);
    add("db", "rds", 560);
    s.base.connections.push_back(Connection{QStringLiteral("users"), QStringLiteral("lb"), std::nullopt});
    s.base.connections.push_back(Connection{QStringLiteral("lb"), QStringLiteral("web"), std::nullopt});
    return s;
}

// The live figures as the editor binds them, at four times the user count
// one server takes: the web server saturates and pulses.
struct LiveLoad {
    EvaluationService service;
    SceneLoadBinder *binder;

    LiveLoad(CanvasScene *scene, ScenarioDocument *document) : binder(new SceneLoadBinder(scene, &service))
    {
        service.setArchitecture(document->architecture());
        service.flush();
        service.setUsers(service.network().ceilingUsers * 4);
        service.flush();
        QVERIFY(binder->callout());
        QCOMPARE(binder->callout()->content().componentId, QStringLiteral("web"));
        QVERIFY(binder->callout()->isPulsing());
    }
    ~LiveLoad() { delete binder; }
};

} // namespace

class TestCanvasMouse : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void cleanup()
    {
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    // The `+` handle starts a connection from every kind, also while the
    // component pulses as the bottleneck.
    void handleConnectsFromEveryKind_data() { everyKind(); }
    void handleConnectsFromEveryKind()
    {
        QFETCH(QString, kind);
        open(twoComponents(kind));
        pulseOn(QStringLiteral("source"));
        ComponentItem *source = m_scene->componentItem(QStringLiteral("source"));
        dragOnViewport(source->connectHandleScenePos(), QPointF(300, 460));
        expectConnectedOrRefused(kind);
    }

    void connectModeConnectsFromEveryKind_data() { everyKind(); }
    void connectModeConnectsFromEveryKind()
    {
        QFETCH(QString, kind);
        open(twoComponents(kind));
        pulseOn(QStringLiteral("source"));
        m_scene->setConnectMode(true);
        // Off centre, where the pulse ring is drawn over the icon.
        dragOnViewport(QPointF(290, 190), QPointF(300, 460));
        expectConnectedOrRefused(kind);
    }

    void dragOnTheBodyMovesEveryKind_data() { everyKind(); }
    void dragOnTheBodyMovesEveryKind()
    {
        QFETCH(QString, kind);
        open(twoComponents(kind));
        pulseOn(QStringLiteral("source"));
        // Grid steps are 20: a move by (100, 40) lands on the grid exactly.
        dragOnViewport(QPointF(300, 200), QPointF(400, 240));
        QCOMPARE(m_doc->component(QStringLiteral("source"))->position, (Point{400, 240}));
        QVERIFY(m_doc->architecture().connections.empty());
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    // A new diagram's only web server is the bottleneck (the live
    // evaluation says so and pulses it); dragging its handle onto the
    // database connects the two.
    void theBottleneckWebServerConnectsToTheDatabase()
    {
        open(firstLink());
        LiveLoad live(m_scene.get(), m_doc.get());
        dragOnViewport(m_scene->componentItem(QStringLiteral("web"))->connectHandleScenePos(), QPointF(560, 200));
        QVERIFY(m_doc->architecture().connectionIndex(QStringLiteral("web"), QStringLiteral("db")) >= 0);
        QCOMPARE(m_doc->component(QStringLiteral("web"))->position, (Point{320, 200}));
    }

    // The load balancer beside it: the bottleneck's callout box above the
    // web server spans the balancer's handle, which still connects.
    void theLoadBalancerBesideTheBottleneckConnects()
    {
        open(firstLink());
        LiveLoad live(m_scene.get(), m_doc.get());
        const QPointF handle = m_scene->componentItem(QStringLiteral("lb"))->connectHandleScenePos();
        QVERIFY(live.binder->callout()->sceneBoundingRect().contains(handle)); // what hid it
        dragOnViewport(handle, QPointF(560, 200));
        QVERIFY(m_doc->architecture().connectionIndex(QStringLiteral("lb"), QStringLiteral("db")) >= 0);
        QCOMPARE(m_doc->component(QStringLiteral("lb"))->position, (Point{200, 200}));
    }

    // Drawn with the `+` handle from Users straight onto the database: the
    // model ignores it (users send web requests; a database takes database
    // calls), the editor says why at once and the line is drawn greyed; the
    // web server's connection to the same database carries and is not.
    void aConnectionTheModelIgnoresIsWarnedAbout()
    {
        open(firstLink());
        EvaluationService *service = EvaluationService::of(m_doc.get());
        new SceneLoadBinder(m_scene.get(), service); // the scene owns it
        IdleConnectionWarner warner(m_doc.get(), service);
        QSignalSpy warned(&warner, &IdleConnectionWarner::warning);
        service->flush();
        const auto users = QStringLiteral("users"), db = QStringLiteral("db"), web = QStringLiteral("web");
        dragOnViewport(m_scene->componentItem(users)->connectHandleScenePos(), QPointF(560, 200));
        QVERIFY(m_doc->architecture().connectionIndex(users, db) >= 0);
        service->flush();
        const auto reason = idleConnectionReason(service->architecture(), service->healthyNetwork(), users, db);
        QVERIFY(reason);
        QCOMPARE(warned.count(), 1);
        QVERIFY2(warned.first().first().toString().contains(*reason), qPrintable(warned.first().first().toString()));
        QCOMPARE(m_scene->connectionItem(users, db)->idleReason(), *reason);
        QVERIFY(m_scene->connectionItem(users, db)->toolTip().contains(*reason));

        dragOnViewport(m_scene->componentItem(web)->connectHandleScenePos(), QPointF(560, 200));
        QVERIFY(m_doc->architecture().connectionIndex(web, db) >= 0);
        service->flush();
        QCOMPARE(warned.count(), 1); // it carries: nothing to say
        QVERIFY(m_scene->connectionItem(web, db)->idleReason().isEmpty());
    }

private:
    static void everyKind()
    {
        QTest::addColumn<QString>("kind");
        for (const KindSpec &k : Catalog::builtin().kinds())
            QTest::newRow(qPrintable(k.id)) << k.id;
    }

    void open(const Scenario &s)
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(s);
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_refusals = 0;
        connect(m_scene.get(), &CanvasScene::connectionRefused, this, [this] { ++m_refusals; });
        m_view = std::make_unique<CanvasView>(m_scene.get());
        m_view->setFixedSize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->centerOn(300, 300);
    }

    // The bottleneck's callout as the live binder puts it on a component,
    // part way through a pulse.
    void pulseOn(const QString &id)
    {
        auto *callout = new BottleneckCallout;
        m_scene->addItem(callout);
        callout->setContent({id, QStringLiteral("Saturated: 40% of its requests fail"),
                             QStringLiteral("CPU 167%"), BottleneckCallout::Severity::Saturated});
        callout->show();
        callout->placeAt(m_scene->componentItem(id)->pos(), CanvasObstacles(*m_scene));
        callout->advancePulse(0.6);
        QVERIFY(callout->isPulsing());
    }

    // A connection from this kind is added, or (monitoring carries no
    // traffic) refused with a message; either way nothing moved.
    void expectConnectedOrRefused(const QString &kind)
    {
        const bool refusal = Catalog::builtin().kind(kind)->role == Role::Monitoring;
        if (refusal)
            QCOMPARE(m_doc->architecture().connections.size(), size_t(0));
        else
            QVERIFY2(m_doc->architecture().connectionIndex(QStringLiteral("source"), QStringLiteral("target")) >= 0,
                     qPrintable(kind));
        QCOMPARE(m_doc->component(QStringLiteral("source"))->position, (Point{300, 200}));
        QCOMPARE(m_doc->component(QStringLiteral("target"))->position, (Point{300, 460}));
        QCOMPARE(m_doc->undoStack()->count(), refusal ? 0 : 1);
        if (refusal)
            QCOMPARE(m_refusals, 1);
    }

    void dragOnViewport(const QPointF &from, const QPointF &to)
    {
        QWidget *vp = m_view->viewport();
        const QPoint a = m_view->mapFromScene(from);
        const QPoint b = m_view->mapFromScene(to);
        test::dragOnViewport(vp, a, b);
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
    int m_refusals = 0;
};

QTEST_MAIN(TestCanvasMouse)
#include "tst_canvasmouse.moc"
