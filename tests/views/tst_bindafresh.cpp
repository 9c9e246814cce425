// The canvas after a run of slider moves shows what a canvas bound afresh at
// the last user count shows. The binder remembers what each item shows and
// tells only the items whose figures change: whatever it skips must be what
// the item already shows. Compared item by item (rings, line widths and
// dots, idle reasons, rate labels, the bottleneck's callout).
//
// Rate labels find their places when they come or lines move, not on every
// move (sceneloadbinder.h), and the callout avoids them: a canvas opened at
// another count may place them elsewhere. So places and pixels are compared
// with a canvas opened at the same first count and moved straight to the
// last one.
#include "canvas/bottleneckcallout.h"
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

#include <QTest>

#include <memory>

using namespace scalescope;

namespace {

// The editor's live pieces with the flow clock stopped (two pictures of one
// moment are then the same), fitted to the whole diagram.
struct LiveCanvas {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    EvaluationService service;
    SceneLoadBinder *binder = nullptr;

    LiveCanvas(const Scenario &s, double users)
    {
        document.setScenario(s);
        scene = std::make_unique<CanvasScene>(&document);
        scene->router()->settle();
        view = std::make_unique<CanvasView>(scene.get());
        view->setFixedSize(900, 600);
        binder = new SceneLoadBinder(scene.get(), &service);
        binder->animator()->setEnabled(false);
        service.setUsers(users);
        service.setArchitecture(document.architecture());
        view->show();
        view->fitToContents();
        settle();
    }

    void moveTo(double users)
    {
        service.setUsers(users);
        service.flush();
        settle();
    }

    static void settle()
    {
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
    }
};

Scenario rows()
{
    Scenario s;
    s.title = QStringLiteral("rows");
    s.base = test::serverRows(12 * 12, 12);
    return s;
}

QString where(const ConnectionId &id)
{
    return id.first + QStringLiteral(" -> ") + id.second;
}

// Everything the binder gives the items, compared between two canvases of
// one architecture.
void compareItems(const LiveCanvas &moved, const LiveCanvas &fresh, bool samePlaces)
{
    const Architecture &a = moved.document.architecture();
    for (const Component &c : a.components) {
        const ComponentItem *m = moved.scene->componentItem(c.id);
        const ComponentItem *f = fresh.scene->componentItem(c.id);
        QVERIFY(m && f);
        QVERIFY2(m->load() == f->load(), qPrintable(c.id));
    }
    const FlowLabelLayer *movedLabels = moved.binder->labels();
    const FlowLabelLayer *freshLabels = fresh.binder->labels();
    QVERIFY(movedLabels && freshLabels);
    QCOMPARE(movedLabels->slotCount(), freshLabels->slotCount());
    for (const Connection &c : a.connections) {
        const ConnectionId id(c.from, c.to);
        const ConnectionItem *m = moved.scene->connectionItem(c.from, c.to);
        const ConnectionItem *f = fresh.scene->connectionItem(c.from, c.to);
        QVERIFY(m && f);
        QVERIFY2(m->flow() == f->flow(), qPrintable(where(id)));
        QCOMPARE(m->isFlowing(), f->isFlowing());
        QCOMPARE(m->idleReason(), f->idleReason());
        QCOMPARE(movedLabels->hasLabel(id), freshLabels->hasLabel(id));
        if (!freshLabels->hasLabel(id))
            continue;
        const FlowLabelLayer::Label ml = movedLabels->label(id);
        const FlowLabelLayer::Label fl = freshLabels->label(id);
        QVERIFY2(!fl.text.isEmpty(), qPrintable(where(id)));
        QCOMPARE(ml.text, fl.text);
        QCOMPARE(ml.failing, fl.failing);
        if (samePlaces) {
            QCOMPARE(ml.centre, fl.centre);
            QCOMPARE(movedLabels->labelRect(id), freshLabels->labelRect(id));
        }
    }
    QCOMPARE(moved.binder->callout() != nullptr, fresh.binder->callout() != nullptr);
    if (const BottleneckCallout *f = fresh.binder->callout()) {
        const BottleneckCallout *m = moved.binder->callout();
        QVERIFY(m->content() == f->content());
        QCOMPARE(m->pos(), f->pos());
        if (samePlaces)
            QCOMPARE(m->boxSceneRect(), f->boxSceneRect());
    }
}

} // namespace

class TestBindAfresh : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void movesLeaveWhatAFreshBindingShows_data()
    {
        QTest::addColumn<bool>("serverRows");
        // Rows of servers: every figure moves with the count, saturated
        // servers turn requests away (failing lines). The three tiers: a
        // cache, a database with a follower, idle lines.
        QTest::newRow("server rows") << true;
        QTest::newRow("three tiers") << false;
    }
    void movesLeaveWhatAFreshBindingShows()
    {
        QFETCH(bool, serverRows);
        const Scenario scenario = serverRows ? rows() : test::threeTier();
        // Far jumps (most items change), back and forth through saturation,
        // then steps too small for most rings and widths to show, and back to
        // counts seen before (the figures the items showed then).
        const double first = 1;
        const double run[] = {100, 1e7, 30, 2e5, 5e8, 1000, 1010, 1020, 250000, 251000, 80, first, 1e7};
        LiveCanvas moved(scenario, first);
        QVERIFY(QTest::qWaitForWindowExposed(moved.view.get()));
        for (const double users : run) {
            moved.moveTo(users);
            const LiveCanvas fresh(scenario, users);
            QCOMPARE(moved.service.users(), fresh.service.users());
            compareItems(moved, fresh, false);
            if (QTest::currentTestFailed())
                return;

            LiveCanvas once(scenario, first);
            QVERIFY(QTest::qWaitForWindowExposed(once.view.get()));
            once.moveTo(users);
            compareItems(moved, once, true);
            if (QTest::currentTestFailed())
                return;
            const QImage a = moved.view->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QImage b = once.view->grab().toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(a.size(), b.size());
            QVERIFY2(a == b, qPrintable(QStringLiteral("pixels differ at %1 users").arg(users)));
        }
    }
};

QTEST_MAIN(TestBindAfresh)
#include "tst_bindafresh.moc"
