// After a slider move the canvas on screen shows the model's current
// figures, however the move was repainted: the items that changed are
// invalidated (one by one or the whole view at once) and none is left
// showing an older user count. The user count comes from the slider's own
// keys, as a person moves it; the picture compared is what the offscreen
// screen holds (the incremental repaints), against a full repaint of the
// same view.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "controls/usercountcontrol.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"
#include "live/flowstyle.h"
#include "connectionrates.h"
#include "scalescope_resources.h"
#include "testsupport.h"
#include "workload.h"

#include <QScreen>
#include <QSlider>
#include <QTest>

#include <cmath>
#include <memory>

using namespace scalescope;

namespace {

// Web servers behind a load balancer, a row each, every server sending to
// its right-hand neighbour: hundreds of items whose figures all move with
// the user count (more than the binder repaints one by one).
Scenario rows(int side)
{
    Scenario s;
    s.title = QStringLiteral("rows");
    s.base = test::serverRows(side * side, side);
    return s;
}

// The editor's live pieces as the window wires them, with the flow clock
// stopped so that two pictures of one moment are the same.
struct LiveCanvas {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    EvaluationService service;
    UserCountControl control;
    SceneLoadBinder *binder = nullptr;

    explicit LiveCanvas(const Scenario &s)
    {
        document.setScenario(s);
        scene = std::make_unique<CanvasScene>(&document);
        scene->router()->settle();
        view = std::make_unique<CanvasView>(scene.get());
        view->setFixedSize(1280, 800);
        binder = new SceneLoadBinder(scene.get(), &service);
        binder->animator()->setEnabled(false);
        QObject::connect(&control, &UserCountControl::usersChanged, &service, &EvaluationService::setUsers);
        service.setArchitecture(document.architecture());
        control.setUsers(100);
        service.setUsers(100);
        service.flush();
        view->show();
        control.show();
    }

    // What the screen shows of the view now, and the view painted afresh.
    QImage onScreen() const
    {
        return view->screen()->grabWindow(view->winId()).toImage().convertToFormat(QImage::Format_RGB32);
    }
    QImage repainted() const { return view->grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

// Lets the evaluation, the binder's pass and the view's repaint run.
void settle()
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
}

// Every component shows its utilisation and instances and every
// connection its width as the service's evaluation has them now (within
// the rounding no eye can see: a thousandth of the ring).
void checkFigures(const LiveCanvas &live)
{
    const Network &n = live.service.network();
    const Evaluation &e = live.service.evaluation();
    for (size_t i = 0; i < n.components.size(); ++i) {
        const ComponentItem *item = live.scene->componentItem(n.components[i].id);
        QVERIFY(item);
        const ComponentResult &r = e.components[i];
        if (r.busiest < 0)
            continue; // nothing to fill
        QVERIFY2(item->load(), qPrintable(n.components[i].id));
        QVERIFY(r.utilization > 0); // the figures move with the user count
        QVERIFY2(std::abs(item->load()->utilization - r.utilization) <= 0.0005 + 1e-12, qPrintable(n.components[i].id));
        QCOMPARE(item->load()->instances, r.instances);
        for (const Flow &f : n.components[i].sent) {
            const ConnectionItem *line = live.scene->connectionItem(n.components[i].id, n.components[size_t(f.to)].id);
            QVERIFY(line && line->flow());
            QCOMPARE(line->flow()->width, FlowStyle::width(flowRate(f, e.users)));
        }
    }
}

} // namespace

class TestSliderMovePicture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void everyMoveLeavesTheScreenAsAFullRepaint_data()
    {
        QTest::addColumn<bool>("fitted");
        QTest::newRow("fitted (zoomed out)") << true;
        QTest::newRow("zoom 1") << false;
    }
    void everyMoveLeavesTheScreenAsAFullRepaint()
    {
        QFETCH(bool, fitted);
        LiveCanvas live(rows(14));
        QVERIFY(QTest::qWaitForWindowExposed(live.view.get()));
        if (fitted)
            live.view->fitToContents();
        else
            live.view->centerOn(live.scene->componentItem(QStringLiteral("c30"))->pos());
        settle();
        QSlider *slider = live.control.slider();
        slider->setFocus();
        // Up by tenfold steps through busy and saturated, then down again by
        // small steps: big moves change nearly every item, small ones a few.
        const Qt::Key keys[] = {Qt::Key_PageUp, Qt::Key_PageUp, Qt::Key_PageUp, Qt::Key_Up,
                                Qt::Key_PageUp, Qt::Key_Down, Qt::Key_Down, Qt::Key_PageDown};
        double before = live.service.users();
        for (const Qt::Key key : keys) {
            QTest::keyClick(slider, key);
            settle();
            QVERIFY(live.service.users() != before); // the key moved the count
            before = live.service.users();
            checkFigures(live);
            if (QTest::currentTestFailed())
                return;
            const QImage screen = live.onScreen();
            const QImage fresh = live.repainted();
            QCOMPARE(screen.size(), fresh.size());
            QVERIFY2(screen == fresh, qPrintable(QStringLiteral("stale pixels after a move to %1 users").arg(before)));
        }
    }
};

QTEST_MAIN(TestSliderMovePicture)
#include "tst_slidermovepicture.moc"
