// Workshop mode: the keys (on the window and on the focused canvas), the
// narrative and figures it shows, the journey on demand, the diagram fitted
// to the screen, and full pictures at 1920x1080.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "charts/daychart.h"
#include "canvas/groupitem.h"
#include "controls/statussummary.h"
#include "controls/userscale.h"
#include "document/scenariodocument.h"
#include "evaluation.h"
#include "journey/journeymodel.h"
#include "journey/journeytable.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "network.h"
#include "report.h"
#include "scalescope_resources.h"
#include "stages.h"
#include "stages/narrativepanel.h"
#include "stages/stagenavigator.h"
#include "stages/stagetransition.h"
#include "testsupport.h"
#include "workshop/canvasandstory.h"
#include "workshop/keyhint.h"
#include "workshop/workshopfigures.h"
#include "workshop/workshopheader.h"
#include "workshop/workshopwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>

#include <memory>

using namespace scalescope;

namespace {

using test::journey;

// Runs the event loop a bounded number of turns (no timing involved).
void turns(int count = 10)
{
    for (int i = 0; i < count; ++i)
        QCoreApplication::processEvents();
}

// Every component and group box, as the view maps it, lies inside its viewport.
bool wholeDiagramInView(const CanvasView &view, QString *problem)
{
    const auto *scene = static_cast<const CanvasScene *>(view.scene());
    const QRect viewport = view.viewport()->rect();
    int items = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (!qgraphicsitem_cast<ComponentItem *>(item) && !qgraphicsitem_cast<GroupItem *>(item))
            continue;
        ++items;
        const QRect mapped = view.mapFromScene(item->sceneBoundingRect()).boundingRect();
        if (!viewport.contains(mapped)) {
            *problem = QStringLiteral("item at %1,%2 %3x%4 outside viewport %5x%6")
                           .arg(mapped.x())
                           .arg(mapped.y())
                           .arg(mapped.width())
                           .arg(mapped.height())
                           .arg(viewport.width())
                           .arg(viewport.height());
            return false;
        }
    }
    if (items == 0)
        *problem = QStringLiteral("no items");
    return items > 0;
}

} // namespace

class TestWorkshopWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(journey());
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_nav = std::make_unique<StageNavigator>(m_doc.get(), m_scene.get());
        m_nav->setAnimated(false);
        m_window = std::make_unique<WorkshopWindow>(m_doc.get(), m_scene.get(), m_nav.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_nav.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void rightAndLeftMoveBetweenStages()
    {
        QCOMPARE(m_doc->stage(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_N);
        QCOMPARE(m_doc->stage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_P);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(m_doc->stage(), m_doc->stageCount());
        QTest::keyClick(m_window.get(), Qt::Key_Right); // clamped at the last stage
        QCOMPARE(m_doc->stage(), m_doc->stageCount());
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(m_doc->stage(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Left); // and at the base
        QCOMPARE(m_doc->stage(), 0);
    }

    void clickerPagesMoveBetweenStages()
    {
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_doc->stage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(m_doc->stage(), 1);
    }

    void keysWorkWithFocusOnTheCanvas()
    {
        CanvasView *canvas = m_window->canvasView();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyClick(canvas, Qt::Key_PageDown);
        QCOMPARE(m_doc->stage(), 2);
        QTest::keyClick(canvas->viewport(), Qt::Key_Left);
        QCOMPARE(m_doc->stage(), 1);

        QSignalSpy play(m_window.get(), &WorkshopWindow::playToggled);
        QTest::keyClick(canvas, Qt::Key_Space); // the editor's canvas would start a pan
        QCOMPARE(play.count(), 1);
        QCOMPARE(canvas->viewport()->cursor().shape(), Qt::ArrowCursor);

        QSignalSpy users(m_window.get(), &WorkshopWindow::usersRequested);
        m_window->setUsers(1000);
        QTest::keyClick(canvas, Qt::Key_Up); // the editor's canvas would scroll
        QCOMPARE(users.count(), 1);
        QCOMPARE(users.takeFirst().at(0).toDouble(), 10'000.0);
    }

    void keysWorkWithFocusOnTheJourneyTable()
    {
        m_window->setJourneyVisible(true);
        QTableView *table = m_window->journeyTable()->view();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyClick(table, Qt::Key_J);
        QVERIFY(!m_window->isJourneyVisible());
    }

    void dPlaysTheDayUnderTheCanvasAndHidesIt()
    {
        EvaluationService *service = EvaluationService::of(m_doc.get());
        QVERIFY(!m_window->isDayVisible());
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(m_window->isDayVisible());
        QVERIFY(m_window->dayChart()->playButton()->isChecked());
        // Playing walks the day; the canvas is shown each moment the cursor reaches.
        QTRY_VERIFY(m_window->dayChart()->step() > 0);
        QCOMPARE(service->timelineStep(), m_window->dayChart()->step());
        // The canvas keeps room: the strip sits under it, not over it.
        QVERIFY(m_window->dayChart()->geometry().top() >= m_window->body()->geometry().bottom());
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(!m_window->isDayVisible());
        QVERIFY(!m_window->dayChart()->playButton()->isChecked());
        // Hidden, the canvas shows the busiest hour again.
        QCOMPARE(service->timelineStep(), -1);
    }

    void chordsAreLeftToTheApp()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_doc->stage(), 0);
    }

    void eachRightIsOneStepEvenDuringTheAnimation()
    {
        m_nav->setAnimated(true);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 1);
        QVERIFY(m_nav->transition()->isRunning());
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_doc->stage(), 3);
        m_nav->skip();
        QVERIFY(!m_nav->transition()->isRunning());
    }

    void upAndDownRequestTenTimesTheUsers()
    {
        QSignalSpy spy(m_window.get(), &WorkshopWindow::usersRequested);
        m_window->setUsers(2500);
        QCOMPARE(m_window->usersText(), UserScale::format(2500));

        QTest::keyClick(m_window.get(), Qt::Key_Up);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toDouble(), 25'000.0);
        QCOMPARE(m_window->users(), 25'000.0);
        QCOMPARE(m_window->usersText(), UserScale::format(25'000));

        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toDouble(), 2'500.0);
        QCOMPARE(spy.at(1).at(0).toDouble(), 250.0);
    }

    void usersAreClampedAtBothEnds()
    {
        QSignalSpy spy(m_window.get(), &WorkshopWindow::usersRequested);
        m_window->setUsers(50'000'000);
        QTest::keyClick(m_window.get(), Qt::Key_Up);
        QTest::keyClick(m_window.get(), Qt::Key_Up);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toDouble(), 100'000'000.0);
        QCOMPARE(spy.at(1).at(0).toDouble(), 100'000'000.0);

        spy.clear();
        m_window->setUsers(5);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toDouble(), 1.0);
        QCOMPARE(spy.at(1).at(0).toDouble(), 1.0);

        // What the app calls back with is clamped too.
        m_window->setUsers(1e12);
        QCOMPARE(m_window->users(), 100'000'000.0);
        m_window->setUsers(0);
        QCOMPARE(m_window->users(), 1.0);
    }

    void heldKeysActOncePerPress()
    {
        QTest::keyPress(m_window.get(), Qt::Key_Right);
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(m_window.get(), &repeat);
        QCOMPARE(m_doc->stage(), 1);
        QTest::keyRelease(m_window.get(), Qt::Key_Right);
    }

    void spaceTogglesPlay()
    {
        QSignalSpy spy(m_window.get(), &WorkshopWindow::playToggled);
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(m_doc->stage(), 0);
    }

    void jShowsAndHidesTheJourney()
    {
        QVERIFY(!m_window->isJourneyVisible());
        QVERIFY(!m_window->journeyTable()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_J);
        QVERIFY(m_window->isJourneyVisible());
        QVERIFY(m_window->journeyTable()->isVisible());
        QCOMPARE(m_window->journeyTable()->model()->rowCount(), m_doc->stageCount() + 1);
        // The card lies inside the window, over the canvas.
        QWidget *card = m_window->journeyTable()->parentWidget();
        const QRect inWindow(card->mapTo(m_window.get(), QPoint(0, 0)), card->size());
        QVERIFY(m_window->rect().contains(inWindow));
        QVERIFY(inWindow.intersects(QRect(m_window->canvasView()->mapTo(m_window.get(), QPoint(0, 0)),
                                          m_window->canvasView()->size())));
        QTest::keyClick(m_window.get(), Qt::Key_J);
        QVERIFY(!m_window->isJourneyVisible());
        QVERIFY(!m_window->journeyTable()->isVisible());
    }

    // Every column of the journey in view, none cut short but the stage
    // title (elided; the stage bar has it whole), at 1280 and 1600 wide.
    void journeyShowsEveryColumn_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("1280x800") << 1280 << 800;
        QTest::newRow("1600x900") << 1600 << 900;
    }
    void journeyShowsEveryColumn()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        m_window->resize(width, height);
        m_window->setJourneyVisible(true);
        QCoreApplication::processEvents();
        QTableView *table = m_window->journeyTable()->view();
        QHeaderView *header = table->horizontalHeader();
        const int viewport = table->viewport()->width();
        QVERIFY(header->length() <= viewport);
        for (int c = 0; c < JourneyModel::ColumnCount; ++c) {
            QVERIFY2(header->sectionSize(c) > 0, qPrintable(QString::number(c)));
            if (c != JourneyModel::StageColumn) // figures whole
                QVERIFY2(header->sectionSize(c) >= static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(c), qPrintable(QString::number(c)));
        }
        // The stage titles keep a useful share of the width.
        QVERIFY(header->sectionSize(JourneyModel::StageColumn) >= viewport / 4);
    }

    void journeyRowShowsItsStage()
    {
        m_window->setJourneyVisible(true);
        QTableView *view = m_window->journeyTable()->view();
        emit view->activated(view->model()->index(3, 0));
        QCOMPARE(m_doc->stage(), 3);
    }

    void escapeClosesAndSaysSo()
    {
        QSignalSpy spy(m_window.get(), &WorkshopWindow::closed);
        m_window->canvasView()->setFocus();
        QTest::keyClick(m_window->canvasView(), Qt::Key_Escape);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!m_window->isVisible());
    }

    void narrativeIsTheViewedStages()
    {
        const Scenario &scenario = m_doc->scenario();
        NarrativePanel *narrative = m_window->narrativePanel();
        QCOMPARE(narrative->narrativeText(), scenario.description);
        for (int k = 1; k <= m_doc->stageCount(); ++k) {
            QTest::keyClick(m_window.get(), Qt::Key_Right);
            QCOMPARE(narrative->titleText(), scenario.stages[size_t(k - 1)].title);
            QCOMPARE(narrative->narrativeText(), scenario.stages[size_t(k - 1)].narrative);
        }
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(narrative->titleText(), scenario.stages[size_t(m_doc->stageCount() - 2)].title);
    }

    void narrativeIsInLargeType()
    {
        const double base = QApplication::font().pointSizeF();
        for (QLabel *label : m_window->narrativePanel()->findChildren<QLabel *>())
            QVERIFY2(label->font().pointSizeF() >= 1.9 * base, qPrintable(label->text()));
    }

    void canvasShowsTheWholeDiagramAtEveryStage()
    {
        QString problem;
        for (int k = 0; k <= m_doc->stageCount(); ++k) {
            if (k > 0)
                QTest::keyClick(m_window.get(), Qt::Key_Right);
            QVERIFY2(wholeDiagramInView(*m_window->canvasView(), &problem),
                     qPrintable(QStringLiteral("stage %1: %2").arg(k).arg(problem)));
        }
        m_window->resize(900, 700);
        turns();
        QVERIFY2(wholeDiagramInView(*m_window->canvasView(), &problem), qPrintable(problem));
    }

    void canvasFitsAfterAnAnimatedStageChange()
    {
        m_nav->setAnimated(true);
        QTest::keyClick(m_window.get(), Qt::Key_End);
        m_nav->skip();
        QString problem;
        QVERIFY2(wholeDiagramInView(*m_window->canvasView(), &problem), qPrintable(problem));
    }

    void canvasIsReadOnly()
    {
        QVERIFY(!m_window->canvasView()->isInteractive());
        QCOMPARE(m_window->canvasView()->scene(), m_scene.get());
    }

    void figuresComeFromTheEvaluation()
    {
        m_nav->goTo(3);
        const Network network = compileNetwork(m_doc->architecture());
        const Evaluation evaluation = evaluate(network, 2000);
        m_window->setUsers(2000);
        m_window->setEvaluation(network, evaluation);
        const QString figures = m_window->figuresText();
        QVERIFY2(figures.contains(QStringLiteral("Users 2,000")), qPrintable(figures));
        QVERIFY2(figures.contains(StatusSummary::formatLatency(evaluation.classes[ClassRead].latency) + " read"),
                 qPrintable(figures));
        QVERIFY2(figures.contains(StatusSummary::formatAvailability(evaluation.availability)), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1Char('$') + humanNumber(evaluation.monthlyCost)), qPrintable(figures));
        QVERIFY2(figures.contains(humanNumber(network.ceilingUsers)), qPrintable(figures));
        const ComponentModel &bottleneck = network.components[size_t(evaluation.bottleneckComponent)];
        QVERIFY2(figures.contains(QStringLiteral("Bottleneck ") + bottleneck.label), qPrintable(figures));

        m_window->showError(QStringLiteral("a cycle"));
        QVERIFY2(m_window->figuresText().contains(QStringLiteral("cannot evaluate")), qPrintable(m_window->figuresText()));
    }

    void bottleneckFigureNamesTheResource()
    {
        m_nav->goTo(1);
        const Network network = compileNetwork(m_doc->architecture());
        const Evaluation evaluation = evaluate(network, 500);
        const WorkshopFigures f = workshopFigures(network, evaluation);
        const ComponentModel &c = network.components[size_t(evaluation.bottleneckComponent)];
        const QString percent = QString::number(std::lround(evaluation.bottleneckUtilization * 100)) + u'%';
        QCOMPARE(f.bottleneck, c.label + u' ' + c.resources[size_t(evaluation.bottleneckResource)].name + u' ' + percent);
    }

    void keyHintShowsOnOpeningAndFadesOnFirstKey()
    {
        KeyHint *hint = m_window->keyHint();
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Esc")));
        QVERIFY(m_window->rect().contains(hint->geometry()));
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(hint->isHidden(), KeyHint::kFadeMs * 3);
    }

    // At projector size every stage's story fits without scrolling, the
    // header's figures are not cut, and the story sits beside the canvas or
    // below it, never over it: beside for the tall full architecture
    // (whichever shows the diagram larger).
    void projectorLayoutFitsEveryStage()
    {
        m_window->resize(1920, 1080);
        turns();
        CanvasAndStory *body = m_window->body();
        auto *story = qobject_cast<QScrollArea *>(body->story());
        QVERIFY(story);
        QString problem;
        for (int k = 0; k <= m_doc->stageCount(); ++k) {
            m_nav->goTo(k);
            turns();
            const QString stage = QStringLiteral("stage %1").arg(k);
            QVERIFY2(story->verticalScrollBar()->maximum() == 0, qPrintable(stage));
            QVERIFY2(!story->geometry().intersects(m_window->canvasView()->geometry()), qPrintable(stage));
            QVERIFY2(body->rect().contains(story->geometry()), qPrintable(stage));
            QVERIFY2(wholeDiagramInView(*m_window->canvasView(), &problem), qPrintable(stage + u' ' + problem));
            for (QLabel *label : m_window->findChild<WorkshopHeader *>()->findChildren<QLabel *>())
                if (!label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(stage + u' ' + label->text()));
        }
        // The one-server stage is small: on a 1080p projector it shows at
        // least at full size, wherever the story goes.
        m_nav->goTo(1);
        turns();
        QVERIFY2(m_window->canvasView()->zoom() >= 1.0, qPrintable(QString::number(m_window->canvasView()->zoom())));
        m_nav->goTo(m_doc->stageCount());
        turns();
        QVERIFY(!body->isStoryBelow());
    }

    void themeStaysOnTheWindow()
    {
        const QPalette appPalette = QApplication::palette();
        const QFont appFont = QApplication::font();
        WorkshopWindow another(m_doc.get(), m_scene.get(), m_nav.get());
        QCOMPARE(QApplication::palette(), appPalette);
        QCOMPARE(QApplication::font(), appFont);
        QVERIFY(another.font().pointSizeF() > appFont.pointSizeF());
        QCOMPARE(another.palette().color(QPalette::Window), QColor(Qt::white));
    }

    void staysTopLevelWithAParent()
    {
        QWidget main;
        WorkshopWindow child(m_doc.get(), m_scene.get(), m_nav.get(), &main);
        QVERIFY(child.isWindow());
    }

    // At projector size every stage paints a full picture: the window's
    // size in pixels, ink on a fair share of it but not all (a blank or a
    // flooded window fails), and each stage a different picture.
    void rendersAtProjectorSize()
    {
        m_window.reset();
        EvaluationService service;
        new SceneLoadBinder(m_scene.get(), &service);
        WorkshopWindow window(m_doc.get(), m_scene.get(), m_nav.get());
        QObject::connect(m_doc.get(), &ScenarioDocument::changed, &service,
                         [&] { service.setArchitecture(m_doc->architecture()); });
        QObject::connect(&service, &EvaluationService::evaluated, &window,
                         [&] { window.setEvaluation(service.network(), service.evaluation()); });
        QObject::connect(&window, &WorkshopWindow::usersRequested, &service, [&](double users) {
            service.setUsers(users);
            window.setUsers(users);
        });
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto picture = [&](int stage, double users) {
            m_nav->goTo(stage);
            service.setArchitecture(m_doc->architecture());
            service.setUsers(users);
            service.flush();
            window.setUsers(users);
            turns(20);
            return window.grab().toImage();
        };
        std::vector<QImage> shots{picture(3, 3000), picture(6, 5'000'000), picture(1, 500)};
        window.setJourneyVisible(true);
        window.journeyTable()->model()->flush();
        shots.push_back(picture(4, 50'000));
        for (size_t i = 0; i < shots.size(); ++i) {
            const QImage &shot = shots[i];
            QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
            const double share = double(test::ink(shot, shot.rect())) / (double(shot.width()) * shot.height());
            QVERIFY2(share > 0.02 && share < 0.9, qPrintable(QStringLiteral("picture %1: ink on %2 of it").arg(i).arg(share)));
            for (size_t j = 0; j < i; ++j)
                QVERIFY2(shot != shots[j], qPrintable(QStringLiteral("pictures %1 and %2 are the same").arg(j).arg(i)));
        }
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<StageNavigator> m_nav;
    std::unique_ptr<WorkshopWindow> m_window;
};

QTEST_MAIN(TestWorkshopWindow)
#include "tst_workshopwindow.moc"
