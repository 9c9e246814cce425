// Moving between stages: the bar, Next/Previous, the animated transition and
// the narrative panel, on the default journey.
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/groupitem.h"
#include "document/scenariodocument.h"
#include "network.h"
#include "scalescope_resources.h"
#include "stages.h"
#include "stages/narrativepanel.h"
#include "stages/stagebar.h"
#include "stages/stagenavigator.h"
#include "stages/stagetransition.h"
#include "testsupport.h"
#include "commands/editcommand.h"

#include <QAbstractButton>
#include <QGraphicsEllipseItem>
#include <QGraphicsSceneMouseEvent>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVariantAnimation>

using namespace scalescope;

namespace {

using test::journey;

// Everything a viewer sees of a scene's items, one sorted line each.
QStringList sceneState(const QGraphicsScene &scene)
{
    QStringList lines;
    for (QGraphicsItem *item : scene.items()) {
        QString line;
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(item))
            line = QStringLiteral("component %1").arg(c->id());
        else if (auto *g = qgraphicsitem_cast<GroupItem *>(item))
            line = QStringLiteral("group %1 rect %2,%3 %4x%5")
                       .arg(g->id())
                       .arg(g->groupRect().x())
                       .arg(g->groupRect().y())
                       .arg(g->groupRect().width())
                       .arg(g->groupRect().height());
        else if (auto *k = qgraphicsitem_cast<ConnectionItem *>(item))
            line = QStringLiteral("connection %1->%2 line %3,%4 %5,%6")
                       .arg(k->from(), k->to())
                       .arg(k->line().x1())
                       .arg(k->line().y1())
                       .arg(k->line().x2())
                       .arg(k->line().y2());
        else
            line = QStringLiteral("other item type %1").arg(item->type());
        line += QStringLiteral(" at %1,%2 opacity %3 visible %4 z %5")
                    .arg(item->pos().x())
                    .arg(item->pos().y())
                    .arg(item->opacity())
                    .arg(item->isVisible())
                    .arg(item->zValue());
        lines << line;
    }
    lines.sort();
    return lines;
}

QStringList freshSceneState(const Scenario &scenario, int stage)
{
    ScenarioDocument document;
    document.setScenario(scenario, stage);
    CanvasScene scene(&document);
    return sceneState(scene);
}

bool anyTranslucent(const QGraphicsScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->opacity() < 0.99)
            return true;
    return false;
}

} // namespace

class TestStageNavigation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(journey());
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_nav = std::make_unique<StageNavigator>(m_doc.get(), m_scene.get());
    }

    void cleanup()
    {
        m_nav.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void everyStageShowsTheDocumentedArchitecture()
    {
        const Scenario scenario = m_doc->scenario();
        QCOMPARE(m_doc->stageCount(), 6);
        for (int k = 1; k <= m_doc->stageCount(); ++k) {
            m_nav->next();
            QCOMPARE(m_doc->stage(), k);
            QVERIFY(m_doc->architecture() == architectureAt(scenario, k));
            m_nav->skip();
        }
        for (int k = m_doc->stageCount() - 1; k >= 0; --k) {
            m_nav->previous();
            m_nav->skip();
            QCOMPARE(m_doc->stage(), k);
            QVERIFY(m_doc->architecture() == architectureAt(scenario, k));
        }
        m_nav->goTo(4);
        QVERIFY(m_doc->architecture() == architectureAt(scenario, 4));
        m_nav->goTo(99);
        QCOMPARE(m_doc->stage(), m_doc->stageCount());
    }

    void stageBarStepsShowTheirStage()
    {
        StageBar bar(m_nav.get());
        QCOMPARE(bar.stepCount(), m_doc->stageCount() + 1);
        QVERIFY(bar.step(3)->text().startsWith(QStringLiteral("3. 60,000 users")));
        QVERIFY(bar.step(3)->toolTip().startsWith(QStringLiteral("3. 60,000 users: a second availability zone")));
        QVERIFY(!bar.previousButton()->isEnabled());
        bar.step(3)->click();
        QCOMPARE(m_doc->stage(), 3);
        QVERIFY(m_doc->architecture() == architectureAt(m_doc->scenario(), 3));
        QVERIFY(bar.step(3)->isChecked());
        QVERIFY(bar.previousButton()->isEnabled());
        // The checked step follows stage changes made elsewhere.
        m_doc->setStage(5);
        QVERIFY(bar.step(5)->isChecked());
        QVERIFY(!bar.step(3)->isChecked());
        bar.nextButton()->click(); // to 6
        m_nav->skip();
        QCOMPARE(m_doc->stage(), 6);
        QVERIFY(!bar.nextButton()->isEnabled());
    }

    void stageBarShowsTheViewedStepWholeAndInView()
    {
        StageBar bar(m_nav.get());
        bar.resize(420, 40); // far narrower than six titles
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        for (int k : {6, 0, 4}) {
            m_doc->setStage(k);
            QCoreApplication::processEvents(); // the strip lays out, then scrolls
            QAbstractButton *step = bar.step(k);
            const QString full = stageStepText(k, k == 0 ? QString() : m_doc->scenario().stages[size_t(k - 1)].title);
            QCOMPARE(step->text(), full);
            auto *scroll = bar.findChild<QScrollArea *>();
            QVERIFY(scroll);
            const QRect inViewport(step->mapTo(scroll->viewport(), QPoint(0, 0)), step->size());
            QVERIFY2(scroll->viewport()->rect().contains(inViewport) || inViewport.width() > scroll->viewport()->width(),
                     qPrintable(QStringLiteral("step %1 at %2..%3 of %4").arg(k).arg(inViewport.left()).arg(inViewport.right()).arg(scroll->viewport()->width())));
            QVERIFY(scroll->viewport()->rect().contains(inViewport.center()));
        }
        // A window laid out after the stage was chosen (start-up) still
        // shows it: the bar scrolls again when it is resized.
        m_doc->setStage(6);
        bar.resize(300, 40);
        for (int i = 0; i < 5; ++i) // the resize, the layout it asks for, then the scroll
            QCoreApplication::processEvents();
        auto *scroll = bar.findChild<QScrollArea *>();
        // Wider than the strip here, so it is centred: its middle is in view.
        QVERIFY(scroll->viewport()->rect().contains(bar.step(6)->mapTo(scroll->viewport(), bar.step(6)->rect().center())));
    }

    void quickPressesStepOnceEach()
    {
        m_nav->setAnimated(false);
        m_nav->goTo(6);
        m_nav->setAnimated(true);
        for (int k = 5; k >= 1; --k) {
            m_nav->previous();
            QVERIFY(m_nav->transition()->isRunning()); // pressed before the film ends
            QCOMPARE(m_doc->stage(), k);
        }
        m_nav->next();
        QCOMPARE(m_doc->stage(), 2);
        m_nav->skip();
        QCOMPARE(sceneState(*m_scene), freshSceneState(m_doc->scenario(), 2));
    }

    void transitionEndedHalfWayLeavesTheFinalState_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (int k = 0; k < 6; ++k) {
            QTest::addRow("%d to %d", k, k + 1) << k << k + 1;
            QTest::addRow("%d to %d", k + 1, k) << k + 1 << k;
        }
        QTest::addRow("1 to 6") << 1 << 6;
    }

    void transitionEndedHalfWayLeavesTheFinalState()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        m_nav->setAnimated(false);
        m_nav->goTo(from);
        m_nav->setAnimated(true);
        m_nav->goTo(to);
        StageTransition *t = m_nav->transition();
        QVERIFY(t->isRunning());
        t->animation()->setCurrentTime(StageTransition::kDurationMs / 2);
        // Half-way something is still on its way in or out.
        QVERIFY(anyTranslucent(*m_scene) || t->decorationCount() > 0);
        QVERIFY(sceneState(*m_scene) != freshSceneState(m_doc->scenario(), to));

        m_nav->skip();
        QVERIFY(!t->isRunning());
        QCOMPARE(m_doc->stage(), to);
        QCOMPARE(t->decorationCount(), 0);
        QCOMPARE(sceneState(*m_scene), freshSceneState(m_doc->scenario(), to));
    }

    void ringStopsOnTheNewPlaceBeforeFading()
    {
        m_nav->goTo(3);
        m_nav->skip();
        m_nav->goTo(4); // web tier -> database reads: the ring moves
        StageTransition *t = m_nav->transition();
        QVERIFY(t->marker());
        // What the model says breaks first at stage 4 (a read follower).
        const Network n = compileNetwork(m_doc->architecture(), m_doc->catalog());
        QVERIFY(n.ceilingComponent >= 0);
        const QString limit = n.components[size_t(n.ceilingComponent)].id;
        ComponentItem *target = m_scene->componentItem(limit);
        QVERIFY(target);
        const QPointF end = target->mapToScene(target->connectionBounds().center());
        t->animation()->setCurrentTime(0);
        QVERIFY(QLineF(t->marker()->pos(), end).length() > 1);
        t->animation()->setCurrentTime(int(StageTransition::kDurationMs * 0.85));
        QVERIFY(t->marker());
        QVERIFY(QLineF(t->marker()->pos(), end).length() < 0.5);
        QVERIFY(t->marker()->opacity() < 1);
        t->animation()->setCurrentTime(StageTransition::kDurationMs);
        QVERIFY(!t->isRunning()); // the end of the animation is the end of the film
        QVERIFY(!t->marker());
    }

    void aClickOnTheCanvasEndsTheFilm()
    {
        m_nav->goTo(3);
        QVERIFY(m_nav->transition()->isRunning());
        QGraphicsSceneMouseEvent press(QEvent::GraphicsSceneMousePress);
        press.setButton(Qt::LeftButton);
        press.setButtons(Qt::LeftButton);
        press.setScenePos(QPointF(-5000, -5000));
        QCoreApplication::sendEvent(m_scene.get(), &press);
        QVERIFY(!m_nav->transition()->isRunning());
        QCOMPARE(sceneState(*m_scene), freshSceneState(m_doc->scenario(), 3));
    }

    void editingDuringTheFilmEndsItAndKeepsTheEdit()
    {
        m_nav->goTo(3);
        QVERIFY(m_nav->transition()->isRunning());
        const Component web = *m_doc->architecture().component(QStringLiteral("web"));
        ChangeComponent move;
        move.id = web.id;
        move.position = Point{web.position.x + 40, web.position.y};
        QVERIFY(pushEdit(m_doc.get(), new EditCommand(m_doc.get(), {move}, QStringLiteral("Move"))));
        QVERIFY(!m_nav->transition()->isRunning());
        QCOMPARE(m_scene->componentItem(web.id)->pos(), QPointF(web.position.x + 40, web.position.y));
        QCOMPARE(sceneState(*m_scene), freshSceneState(m_doc->scenario(), 3));
        m_doc->undoStack()->undo();
        QCOMPARE(sceneState(*m_scene), freshSceneState(m_doc->scenario(), 3));
    }

    void narrativeFollowsTheStage()
    {
        NarrativePanel panel(m_doc.get());
        QCOMPARE(panel.titleText(), m_doc->scenario().title);
        m_nav->goTo(3);
        const Stage &s = m_doc->scenario().stages[2];
        QCOMPARE(panel.stepText(), QStringLiteral("Stage 3 of 6"));
        QCOMPARE(panel.titleText(), s.title);
        QCOMPARE(panel.narrativeText(), s.narrative);
        panel.setTypeScale(2);
        QCOMPARE(panel.narrativeText(), s.narrative);
        m_doc->setStage(0);
        QCOMPARE(panel.narrativeText(), m_doc->scenario().description);
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<StageNavigator> m_nav;
};

QTEST_MAIN(TestStageNavigation)
#include "tst_stagenavigation.moc"
