// The editor window's live capacity, as a user drives it: the toolbar's user
// count moves the canvas, the charts' cursor and the status bar together;
// the bottleneck mark moves past a ceiling; chart and canvas share the
// selection; an edit redraws the charts; File offers the exports.
#include "guisupport.h"
#include "report.h"
#include "canvas/bottleneckcallout.h"
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "charts/chartspanel.h"
#include "charts/utilizationchart.h"
#include "inspector/componentinspector.h"
#include "inspector/focusedinputs.h"
#include "inspector/inspectorwidget.h"
#include "inspector/parameterform.h"
#include "inspector/parametereditor.h"
#include "controls/statussummary.h"
#include "controls/usercountcontrol.h"
#include "controls/userscale.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "scalescope_resources.h"
#include "stages/failurepanel.h"
#include "stages/journeyplayer.h"
#include "stages/stagenavigator.h"
#include "window/livesession.h"
#include "workshop/workshopwindow.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

class TestLiveWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::prepareWindowTests();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 10});
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openStartupDocument(QString())); // the default journey
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    void sliderMovesChartsCursorAndStatusBar()
    {
        m_window->showStart(3, 100);
        LiveSession *live = m_window->live();
        QSlider *slider = live->userControl()->slider();
        slider->setValue(UserScale::toSlider(250'000));
        const double users = live->users();
        QVERIFY(qAbs(users - 250'000) / 250'000 < 0.01);
        QCOMPARE(live->charts()->users(), users);
        live->service()->flush();
        QCOMPARE(live->service()->users(), users);
        QVERIFY2(live->status()->text().contains(UserScale::format(users)), qPrintable(live->status()->text()));
    }

    void draggingTheChartCursorMovesTheSlider()
    {
        LiveSession *live = m_window->live();
        UtilizationChart *chart = live->charts()->utilizationChart();
        chart->replot();
        // A press on the plot at the pixel of 10,000 users grabs the cursor there.
        const QPoint at(int(chart->xAxis->coordToPixel(10'000)), int(chart->yAxis->coordToPixel(50)));
        QTest::mousePress(chart, Qt::LeftButton, {}, at);
        QTest::mouseMove(chart, at + QPoint(1, 0));
        QTest::mouseRelease(chart, Qt::LeftButton, {}, at + QPoint(1, 0));
        const double users = live->userControl()->users();
        QVERIFY2(users > 8'000 && users < 12'500, qPrintable(QString::number(users)));
        QCOMPARE(live->users(), users);
        QCOMPARE(UserScale::fromSlider(live->userControl()->slider()->value()) > 8'000, true);
    }

    void bottleneckMarkMovesPastTheCeiling()
    {
        // Stage 4: the web tier is busiest at a thousand users; past the read
        // followers' ceiling, the database reads are.
        m_window->showStart(4, 1000);
        LiveSession *live = m_window->live();
        live->service()->flush();
        live->binder()->apply();
        BottleneckCallout *callout = live->binder()->callout();
        QVERIFY(callout);
        const QString before = callout->content().componentId;
        QCOMPARE(before, QStringLiteral("web"));

        const double ceiling = live->service()->network().ceilingUsers;
        QVERIFY(ceiling > 1000 && ceiling < 1e8);
        live->setUsers(ceiling * 1.5);
        live->service()->flush();
        live->binder()->apply();
        callout = live->binder()->callout();
        QVERIFY(callout);
        // The reads side breaks: the followers' connections, then the cache's memory.
        const Evaluation &e = live->service()->evaluation();
        const ComponentModel &b = live->service()->network().components[size_t(e.bottleneckComponent)];
        QCOMPARE(callout->content().componentId, b.id);
        QVERIFY2(b.role == Role::SqlReplica || b.role == Role::Cache, qPrintable(b.id));
        QVERIFY(callout->content().severity == BottleneckCallout::Severity::Saturated);
    }

    // The utilisation chart's bold curve and the canvas callout name the
    // same component at every user count: the model's bottleneck there.
    void chartAndCalloutNameTheSameBottleneck()
    {
        m_window->showStart(4, 1000);
        LiveSession *live = m_window->live();
        UtilizationChart *chart = live->charts()->utilizationChart();
        const Network &n = live->service()->network();
        for (const double users : {10.0, 1000.0, 20000.0, 90000.0, 101000.0, 150000.0, 3e6}) {
            live->setUsers(users);
            live->service()->flush();
            live->binder()->apply();
            BottleneckCallout *callout = live->binder()->callout();
            const int expected = evaluate(n, users).bottleneckComponent;
            QVERIFY(expected >= 0);
            QCOMPARE(chart->bottleneck(), expected);
            if (callout)
                QCOMPARE(callout->content().componentId, n.components[size_t(expected)].id);
        }
    }

    void chartAndCanvasShareTheSelection()
    {
        m_window->showStart(3, 1000);
        LiveSession *live = m_window->live();
        live->service()->flush();
        UtilizationChart *chart = live->charts()->utilizationChart();
        const QStringList shown = chart->shownComponents();
        QVERIFY(!shown.isEmpty());

        // Clicking a curve selects its component on the canvas...
        const QString id = shown.last();
        emit live->charts()->componentClicked(id);
        QCOMPARE(m_window->scene()->selection().components, QStringList{id});
        QCOMPARE(chart->highlighted(), id);

        // ...and selecting on the canvas highlights the curve.
        Selection s;
        s.components << shown.first();
        m_window->scene()->select(s);
        QCOMPARE(chart->highlighted(), shown.first());
        m_window->scene()->select({});
        QCOMPARE(chart->highlighted(), QString());
    }

    void anEditRedrawsTheCharts()
    {
        m_window->showStart(3, 1000);
        LiveSession *live = m_window->live();
        live->service()->flush();
        UtilizationChart *chart = live->charts()->utilizationChart();
        const double before = chart->ceilingUsers(QStringLiteral("web"));
        QVERIFY(std::isfinite(before));

        // Twice the web servers, typed into the inspector's count field: the
        // web tier's ceiling doubles on the chart.
        Selection web;
        web.components << QStringLiteral("web");
        m_window->scene()->select(web);
        auto *page = qobject_cast<ComponentInspector *>(m_window->inspector()->page());
        QVERIFY(page);
        auto *count = qobject_cast<IntegerSpinBox *>(page->parameters()->editor(QStringLiteral("count"))->input());
        QVERIFY(count);
        QCOMPARE(count->value(), 2);
        count->setFocus();
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("4"));
        QTest::keyClick(count, Qt::Key_Return);
        const double after = chart->ceilingUsers(QStringLiteral("web"));
        QVERIFY2(qAbs(after / before - 2) < 0.05, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        m_window->document()->undoStack()->undo();
        QCOMPARE(chart->ceilingUsers(QStringLiteral("web")), before);
    }

    void failingAZoneGreysItOnTheCanvas()
    {
        m_window->showStart(1, 10); // one server, in az-a
        FailurePanel *failures = m_window->failures();
        // The list is rebuilt on each change: look the zone up every time.
        const auto zone = [failures]() -> QListWidgetItem * {
            for (int i = 0; i < failures->list()->count(); ++i)
                if (failures->list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("az-a"))
                    return failures->list()->item(i);
            return nullptr;
        };
        QVERIFY(zone());
        LiveSession *live = m_window->live();
        const auto downOnCanvas = [this, live] {
            live->service()->flush();
            live->binder()->apply();
            QStringList down;
            for (const Component &c : m_window->document()->architecture().components)
                if (m_window->scene()->componentItem(c.id)->load().value_or(ComponentLoad{}).down)
                    down << c.id;
            return down;
        };
        QVERIFY(downOnCanvas().isEmpty());

        zone()->setCheckState(Qt::Checked);
        QCOMPARE(live->service()->failedIds(), QStringList{QStringLiteral("az-a")});
        const QStringList down = downOnCanvas();
        QVERIFY(!down.isEmpty());
        for (const QString &id : down)
            QVERIFY2(m_window->failures()->report().down.contains(id), qPrintable(id));
        QVERIFY(!m_window->failures()->report().serviceUp);

        zone()->setCheckState(Qt::Unchecked);
        QVERIFY(live->service()->failedIds().isEmpty());
        QVERIFY(downOnCanvas().isEmpty());
    }

    void workshopModeDrivesTheSameJourney()
    {
        m_window->showStart(2, 100);
        m_window->navigator()->setAnimated(false);
        m_window->showWorkshop();
        WorkshopWindow *workshop = m_window->workshop();
        QVERIFY(workshop && workshop->isVisible());
        QCOMPARE(workshop->users(), 100.0);

        QTest::keyClick(workshop, Qt::Key_Up); // users x10, through the one user count
        QCOMPARE(m_window->live()->users(), 1000.0);
        QCOMPARE(m_window->live()->userControl()->users(), 1000.0);
        QTest::keyClick(workshop, Qt::Key_Right);
        QCOMPARE(m_window->document()->stage(), 3);
        QVERIFY(m_window->live()->service()->hasNetwork());
        // Stepping sets the user count into the stage's range; the figures show it.
        QVERIFY2(workshop->figuresText().contains(humanNumber(m_window->live()->users())), qPrintable(workshop->figuresText()));

        QTest::keyClick(workshop, Qt::Key_Space);
        QVERIFY(m_window->player()->isPlaying());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPlay"))->isChecked());
        QTest::keyClick(workshop, Qt::Key_Space);
        QVERIFY(!m_window->player()->isPlaying());

        QTest::keyClick(workshop, Qt::Key_Escape);
        QVERIFY(!workshop->isVisible());
        QVERIFY(m_window->isVisible());
    }

    void playModeClimbsThroughTheStages()
    {
        m_window->showStart(1, 1);
        m_window->navigator()->setAnimated(false);
        JourneyPlayer *player = m_window->player();
        m_window->findChild<QAction *>(QStringLiteral("actionPlay"))->trigger();
        QVERIFY(player->isPlaying());
        player->pause(); // step by hand: no timers in a test
        double last = m_window->live()->users();
        for (int i = 0; i < 400 && m_window->document()->stage() == 1; ++i) {
            player->step();
            if (m_window->document()->stage() == 1) {
                QVERIFY(m_window->live()->users() >= last); // the slider climbs with the film
                last = m_window->live()->users();
            }
        }
        QCOMPARE(m_window->document()->stage(), 2);
        QVERIFY(last > 100);
    }

    void fileMenuOffersTheExports()
    {
        QStringList texts;
        for (QAction *a : m_window->menuBar()->actions().front()->menu()->actions())
            texts << a->text().remove(QLatin1Char('&'));
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QLatin1String("Export Diagram")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.join(QLatin1Char('|')).contains(QLatin1String("Export Journey")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
