// The Day chart through the real event path: dragging its cursor asks the
// evaluation owner for that moment of the day and the canvas shows the
// moment's instances (stage 4 of the journey: auto scaled web servers);
// moving the user count shows the busiest hour again; Play runs the day.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "charts/daychart.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "scalescope_resources.h"

#include "testsupport.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace scalescope;

namespace {

struct Live {
    ScenarioDocument document;
    EvaluationService *service = nullptr;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    SceneLoadBinder *binder = nullptr;
    std::unique_ptr<DayChart> chart;

    Live()
    {
        document.setScenario(test::journey(), 4);
        service = EvaluationService::of(&document);
        scene = std::make_unique<CanvasScene>(&document);
        view = std::make_unique<CanvasView>(scene.get());
        binder = new SceneLoadBinder(scene.get(), service);
        service->setUsers(90000);
        service->flush();
        chart = std::make_unique<DayChart>(&document);
        chart->resize(1200, 640);
        chart->show();
        chart->refresh();
    }

    double webInstancesShown()
    {
        binder->apply();
        const ComponentItem *web = scene->componentItem(QStringLiteral("web"));
        return web && web->load() ? web->load()->instances : -1;
    }
    QPoint at(double minute) const
    {
        return QPoint(int(std::lround(chart->pixelOfMinute(minute))), chart->plot()->height() / 2);
    }
};

} // namespace

class TestDayChart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void draggingTheCursorShowsThatMomentOnTheCanvas()
    {
        Live live;
        QVERIFY(QTest::qWaitForWindowExposed(live.chart.get()));
        const Timeline &t = live.service->timeline();
        QCOMPARE(t.steps.size(), size_t(1440));
        QCOMPARE(t.fleets.size(), size_t(1));
        QCOMPARE(t.fleets[0].id, QStringLiteral("web"));

        QWidget *plot = live.chart->plot();
        QTest::mousePress(plot, Qt::LeftButton, {}, live.at(240.5));
        const int night = live.chart->step();
        QVERIFY(std::abs(night - 240) <= 2);
        QCOMPARE(live.service->timelineStep(), night);
        QCOMPARE(live.webInstancesShown(), t.fleets[0].inService[size_t(night)]);
        for (double minute = 300; minute <= 1200; minute += 100)
            QTest::mouseMove(plot, live.at(minute + 0.5));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, live.at(1200.5));
        const int evening = live.chart->step();
        QVERIFY(std::abs(evening - 1200) <= 2);
        QCOMPARE(live.service->timelineStep(), evening);
        QCOMPARE(live.webInstancesShown(), t.fleets[0].inService[size_t(evening)]);
        // The evening needs more servers than the night: the canvas changed.
        QVERIFY(t.fleets[0].inService[size_t(evening)] > t.fleets[0].inService[size_t(night)]);
        QVERIFY(live.chart->momentLabel()->text().startsWith(QStringLiteral("20:0")));

        // The user count moves: back to the busiest hour at that count.
        live.service->setUsers(90000);
        live.service->flush();
        QCOMPARE(live.service->timelineStep(), -1);
        QCOMPARE(live.webInstancesShown(), live.service->evaluation().components[size_t(live.service->network().indexOf("web"))].instances);
    }

    void playRunsTheDay()
    {
        Live live;
        QVERIFY(QTest::qWaitForWindowExposed(live.chart.get()));
        QTest::mouseClick(live.chart->playButton(), Qt::LeftButton);
        QVERIFY(live.chart->playButton()->isChecked());
        QTRY_VERIFY(live.chart->step() > 60);
        QTest::mouseClick(live.chart->playButton(), Qt::LeftButton);
        QVERIFY(!live.chart->playButton()->isChecked());
        QCOMPARE(live.service->timelineStep(), live.chart->step());
    }
};

QTEST_MAIN(TestDayChart)
#include "tst_daychart.moc"
