// The Day chart through the real event path: dragging its cursor asks the
// evaluation owner for that moment of the day and the canvas shows the
// moment's instances (stage 4 of the journey: auto scaled web servers);
// moving the user count shows the busiest hour again; Play runs the day; the
// stage that introduces auto scaling shows what it saves against a fleet
// fixed for the peak.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "charts/daychart.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "report.h"
#include "scalescope_resources.h"
#include "stages.h"

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

    explicit Live(int stage = 4)
    {
        document.setScenario(test::journey(), stage);
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

    void theAutoScalingStageShowsItsSaving()
    {
        // The journey's first stage with an auto scaling group introduces it.
        const Scenario journey = test::journey();
        int first = -1;
        for (int k = 0; k <= int(journey.stages.size()) && first < 0; ++k)
            for (const Group &g : architectureAt(journey, k).groups)
                if (g.kind == QLatin1String("auto-scaling-group"))
                    first = k;
        QVERIFY(first > 0);

        Live live(first);
        QVERIFY(QTest::qWaitForWindowExposed(live.chart.get()));
        const Timeline &t = live.service->timeline();
        QVERIFY(!t.fleets.empty());
        const TimelineSummary &s = t.summary;
        // What the stage is for: the day costs less than fleets fixed for its peak.
        QVERIFY(s.autoScaledMonthlyCost < s.fixedPeakMonthlyCost);
        const QLabel *saving = live.chart->savingLabel();
        QVERIFY(saving->isVisible());
        const QString text = saving->text();
        QVERIFY2(text.contains("$" + humanNumber(s.autoScaledMonthlyCost)), qPrintable(text));
        QVERIFY2(text.contains("$" + humanNumber(s.fixedPeakMonthlyCost)), qPrintable(text));
        QVERIFY2(text.contains("$" + humanNumber(s.fixedPeakMonthlyCost - s.autoScaledMonthlyCost)), qPrintable(text));
        QVERIFY2(text.contains("less"), qPrintable(text));
        // Readable at the chart's width: the whole sentence fits the label.
        QVERIFY(saving->height() >= saving->heightForWidth(saving->width()));

        // The instances panel draws the fixed fleet, within its range.
        double fixedPeak = 0;
        for (const TimelineFleet &f : t.fleets)
            fixedPeak += f.fixedPeakInstances;
        QVERIFY(fixedPeak > 0);
        const QCPItemStraightLine *line = live.chart->fixedPeakLine();
        QVERIFY(line->visible());
        QCOMPARE(line->point1->coords().y(), fixedPeak);
        QCOMPARE(line->point2->coords().y(), fixedPeak);
        QVERIFY(line->point1->keyAxis()->axisRect()->axis(QCPAxis::atLeft)->range().contains(fixedPeak));
        QVERIFY2(text.contains(QString::number(fixedPeak) + " instances"), qPrintable(text));

        // The stage before it has no auto scaling group: nothing to compare.
        live.document.setStage(first - 1);
        live.service->flush();
        live.chart->refresh();
        QVERIFY(live.service->timeline().fleets.empty());
        QVERIFY(!live.chart->savingLabel()->isVisible());
        QVERIFY(!live.chart->fixedPeakLine()->visible());
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
