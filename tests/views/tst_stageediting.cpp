// Editing the stage list on the default journey: add, rename, narrative,
// user range, reorder, delete, an advisor proposal as a stage, each one undo
// step that puts back exactly the scenario and viewed stage from before;
// the Stages menu actions; and a save that reads back the edited stages.
#include "advisor.h"
#include "commands/addcomponentcommand.h"
#include "commands/stagelistcommand.h"
#include "document/scenariodocument.h"
#include "stages.h"
#include "stages/narrativepanel.h"
#include "stages/stageactions.h"
#include "stages/stagebar.h"
#include "stages/stagenavigator.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace scalescope;

namespace {

using test::journey;

QStringList titles(const Scenario &s)
{
    QStringList list;
    for (const Stage &stage : s.stages)
        list << stage.title;
    return list;
}

} // namespace

class TestStageEditing : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(test::firstReleaseJourney(), 2);
        m_original = m_doc->scenario();
        m_refusals = std::make_unique<QSignalSpy>(m_doc.get(), &ScenarioDocument::editRefused);
    }

    void cleanup()
    {
        m_refusals.reset();
        m_doc.reset();
    }

    void addedStageIsViewedAndRecordsCanvasEdits()
    {
        StageNavigator navigator(m_doc.get(), nullptr);
        StageBar bar(&navigator);
        QSignalSpy resets(m_doc.get(), &ScenarioDocument::documentReset);

        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("  Queue the sign-ups ")));
        QCOMPARE(m_doc->stageCount(), 7);
        QCOMPARE(m_doc->stage(), 3);
        const Stage &added = m_doc->scenario().stages[2];
        QCOMPARE(added.title, QStringLiteral("Queue the sign-ups"));
        QVERIFY(added.edits.empty());
        QVERIFY(m_doc->architecture() == architectureAt(m_original, 2));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(bar.stepCount(), 8);
        QVERIFY(bar.step(3)->isChecked());
        QVERIFY(bar.step(3)->text().startsWith(QStringLiteral("3. Queue")));
        QVERIFY(bar.step(4)->text().startsWith(QStringLiteral("4. 1,000 users")));

        auto *add = new AddComponentCommand(m_doc.get(), QStringLiteral("sqs"), Point{-2000, -2000});
        const QString id = add->componentId();
        QVERIFY(pushEdit(m_doc.get(), add));
        const Scenario edited = m_doc->scenario();
        QCOMPARE(int(edited.stages[2].edits.size()), 1);
        const auto *recorded = std::get_if<AddComponent>(&edited.stages[2].edits[0]);
        QVERIFY(recorded);
        QCOMPARE(recorded->component.id, id);
        QVERIFY(m_doc->component(id));
        // Nothing else moved: the stages around it are the journey's own.
        for (int k = 0; k < 6; ++k)
            QVERIFY(edited.stages[size_t(k < 2 ? k : k + 1)] == m_original.stages[size_t(k)]);
        QVERIFY(architectureAt(edited, 7).component(id));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().stages[2].edits.size(), size_t(0));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 2);
        QVERIFY(m_doc->architecture() == architectureAt(m_original, 2));
        QCOMPARE(bar.stepCount(), 7);
        QVERIFY(bar.step(2)->isChecked());

        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->scenario() == edited);
        QCOMPARE(m_doc->stage(), 3);
        QVERIFY(m_doc->component(id));
        QCOMPARE(m_refusals->count(), 0);
    }

    void addAtTheBaseAndAtTheEnd()
    {
        m_doc->setStage(0);
        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("Before launch")));
        QCOMPARE(m_doc->stage(), 1);
        QCOMPARE(titles(m_doc->scenario()).first(), QStringLiteral("Before launch"));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 0);

        m_doc->setStage(6);
        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("Next")));
        QCOMPARE(m_doc->stage(), 7);
        QCOMPARE(titles(m_doc->scenario()).last(), QStringLiteral("Next"));
        QVERIFY(!pushAddStage(m_doc.get(), QStringLiteral("   "))); // no title, no stage
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void renameNarrativeAndUsers()
    {
        NarrativePanel panel(m_doc.get());
        QVERIFY(pushRenameStage(m_doc.get(), 2, QStringLiteral("Own database")));
        const Scenario renamed = m_doc->scenario();
        QCOMPARE(renamed.stages[1].title, QStringLiteral("Own database"));
        QCOMPARE(panel.titleText(), QStringLiteral("Own database"));
        QVERIFY(pushStageNarrative(m_doc.get(), 2, QStringLiteral("The server ran out of memory.")));
        QCOMPARE(m_doc->scenario().stages[1].narrative, QStringLiteral("The server ran out of memory."));
        QCOMPARE(panel.narrativeText(), QStringLiteral("The server ran out of memory."));
        const Scenario narrated = m_doc->scenario();
        QVERIFY(pushStageUsers(m_doc.get(), 2, 20, 2000));
        QCOMPARE(m_doc->scenario().stages[1].usersFrom, 20.0);
        QCOMPARE(m_doc->scenario().stages[1].usersTo, 2000.0);
        const Scenario ranged = m_doc->scenario();
        QCOMPARE(m_doc->undoStack()->count(), 3);
        QCOMPARE(m_doc->stage(), 2);
        QVERIFY(m_doc->architecture() == architectureAt(m_original, 2)); // words only

        // A range running downwards could not be read back: refused.
        QVERIFY(!pushStageUsers(m_doc.get(), 2, 5000, 100));
        QCOMPARE(m_refusals->count(), 1);
        QVERIFY(m_doc->scenario() == ranged);
        // The same title again is no step at all.
        QVERIFY(!pushRenameStage(m_doc.get(), 2, QStringLiteral("Own database")));
        QVERIFY(!pushRenameStage(m_doc.get(), 0, QStringLiteral("The base is no stage")));
        QVERIFY(!pushRenameStage(m_doc.get(), 7, QStringLiteral("No such stage")));
        QCOMPARE(m_doc->undoStack()->count(), 3);

        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == narrated);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == renamed);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(panel.titleText(), m_original.stages[1].title);
        QCOMPARE(m_doc->stage(), 2);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->scenario() == ranged);
    }

    void validReorderKeepsTheViewedStage()
    {
        // A stage of its own (a queue nobody else uses) can go anywhere later.
        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("Queue")));
        auto *add = new AddComponentCommand(m_doc.get(), QStringLiteral("sqs"), Point{-2000, -2000});
        const QString id = add->componentId();
        QVERIFY(pushEdit(m_doc.get(), add));
        const Scenario before = m_doc->scenario();
        QCOMPARE(m_doc->stage(), 3);

        QVERIFY(pushMoveStage(m_doc.get(), 3, 4));
        QCOMPARE(m_doc->stage(), 4); // the moved stage is still the one viewed
        QCOMPARE(titles(m_doc->scenario())[3], QStringLiteral("Queue"));
        QCOMPARE(titles(m_doc->scenario())[2], before.stages[3].title);
        QVERIFY(m_doc->architecture() == architectureAt(m_doc->scenario(), 4));
        QVERIFY(m_doc->component(id));
        QVERIFY(!architectureAt(m_doc->scenario(), 3).component(id));
        const Scenario moved = m_doc->scenario();

        // Moving another stage past the viewed one keeps viewing it.
        m_doc->setStage(2);
        QVERIFY(pushMoveStage(m_doc.get(), 4, 1));
        QCOMPARE(m_doc->stage(), 3);
        QCOMPARE(m_doc->scenario().stages[2].title, before.stages[1].title);

        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == moved);
        QCOMPARE(m_doc->stage(), 2);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == before);
        QCOMPARE(m_doc->stage(), 3);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->scenario() == moved);
        QCOMPARE(m_doc->stage(), 4);
        QCOMPARE(m_refusals->count(), 0);
    }

    void invalidReorderIsRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        // Stage 3 changes the database stage 2 adds; stage 2 the server stage 1 adds.
        QTest::newRow("3 before 2") << 3 << 2;
        QTest::newRow("2 after 3") << 2 << 3;
        QTest::newRow("1 to the end") << 1 << 6;
    }

    void invalidReorderIsRefused()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        // With a redo step waiting, which a refusal must not lose either.
        QVERIFY(pushRenameStage(m_doc.get(), 4, QStringLiteral("Renamed")));
        m_doc->undoStack()->undo();
        QSignalSpy resets(m_doc.get(), &ScenarioDocument::documentReset);
        QSignalSpy changes(m_doc.get(), &ScenarioDocument::changed);

        QVERIFY(!pushMoveStage(m_doc.get(), from, to));
        QCOMPARE(m_refusals->count(), 1);
        const QString message = m_refusals->at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("would no longer apply")), qPrintable(message));
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);
        QVERIFY(m_doc->undoStack()->canRedo());
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void deleteStage()
    {
        // The last stage: nothing builds on it.
        QVERIFY(pushDeleteStage(m_doc.get(), 6));
        QCOMPARE(m_doc->stageCount(), 5);
        QCOMPARE(m_doc->stage(), 2);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);

        // Deleting the viewed last stage views the one now last.
        m_doc->setStage(6);
        QVERIFY(pushDeleteStage(m_doc.get(), 6));
        QCOMPARE(m_doc->stage(), 5);
        QVERIFY(m_doc->architecture() == architectureAt(m_original, 5));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 6);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->stageCount(), 5);

        // An empty stage in the middle goes without trouble; the view stays put.
        m_doc->undoStack()->undo();
        m_doc->setStage(2);
        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("Empty")));
        QVERIFY(pushDeleteStage(m_doc.get(), 3));
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 3);

        // The stage adding the database cannot go: later stages change it.
        QVERIFY(!pushDeleteStage(m_doc.get(), 2));
        QCOMPARE(m_refusals->count(), 1);
        QVERIFY(m_doc->scenario() == m_original);
        QVERIFY(!pushDeleteStage(m_doc.get(), 0));
    }

    void proposalBecomesTheNextStage()
    {
        m_doc->setStage(6);
        const double users = 20e6;
        const std::vector<Proposal> proposals = propose(m_doc->architecture(), users);
        QVERIFY(!proposals.empty());
        const Proposal &advice = proposals.front();
        StageActions actions(m_doc.get());
        actions.applyProposal(advice);

        QCOMPARE(m_doc->stageCount(), 7);
        QCOMPARE(m_doc->stage(), 7);
        const Stage &added = m_doc->scenario().stages.back();
        QCOMPARE(added.title, advice.title);
        QCOMPARE(added.narrative, advice.sentence);
        QVERIFY(added.edits == advice.edits);
        QVERIFY(m_doc->architecture() == architectureAt(m_doc->scenario(), 7));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Scenario applied = m_doc->scenario();
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(m_doc->stage(), 6);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->scenario() == applied);
        QCOMPARE(m_doc->stage(), 7);
    }

    void proposalInTheMiddleAppliesOrChangesNothing()
    {
        // After stage 2 the journey's own later stages must still apply; a
        // proposal whose names they take is refused, the others go in.
        const std::vector<Proposal> proposals = propose(m_doc->architecture(), 2000);
        QVERIFY(!proposals.empty());
        for (const Proposal &p : proposals) {
            const qsizetype refusals = m_refusals->count();
            if (pushProposalStage(m_doc.get(), p)) {
                QCOMPARE(m_doc->stage(), 3);
                QVERIFY(m_doc->scenario().stages[2].edits == p.edits);
                QVERIFY(m_doc->architecture() == architectureAt(m_doc->scenario(), 3));
                m_doc->undoStack()->undo();
            } else {
                QCOMPARE(m_refusals->count(), refusals + 1);
            }
            QVERIFY(m_doc->scenario() == m_original);
            QCOMPARE(m_doc->stage(), 2);
        }
    }

    void savedStagesReadBack()
    {
        QVERIFY(pushAddStage(m_doc.get(), QStringLiteral("Queue")));
        QVERIFY(pushEdit(m_doc.get(), new AddComponentCommand(m_doc.get(), QStringLiteral("sqs"), Point{-2000, -2000})));
        QVERIFY(pushStageNarrative(m_doc.get(), 3, QStringLiteral("Writes wait in a queue.\nSecond line.")));
        QVERIFY(pushStageUsers(m_doc.get(), 3, 500, 5000));
        QVERIFY(pushMoveStage(m_doc.get(), 3, 4));
        QVERIFY(pushRenameStage(m_doc.get(), 1, QStringLiteral("Day one")));
        QVERIFY(pushDeleteStage(m_doc.get(), 7));
        m_doc->setStage(m_doc->stageCount());
        const std::vector<Proposal> proposals = propose(m_doc->architecture(), 5e6);
        QVERIFY(!proposals.empty());
        QVERIFY(pushProposalStage(m_doc.get(), proposals.front()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("edited.json"));
        QString error;
        QVERIFY2(saveScenario(m_doc->scenario(), file, &error), qPrintable(error));
        LoadError loadError;
        const std::optional<Scenario> back = loadScenario(file, &loadError);
        QVERIFY2(back, qPrintable(loadError.toString()));
        QVERIFY(*back == m_doc->scenario());
        QCOMPARE(test::saved(*back), test::saved(m_doc->scenario()));

        // And all of it undoes to the journey as loaded.
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == m_original);
        QCOMPARE(test::saved(m_doc->scenario()), test::saved(m_original));
    }

    void actionsFollowTheViewedStage_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("onStage");
        QTest::addColumn<bool>("earlier");
        QTest::addColumn<bool>("later");
        QTest::newRow("base") << 0 << false << false << false;
        QTest::newRow("first") << 1 << true << false << true;
        QTest::newRow("second") << 2 << true << true << true;
        QTest::newRow("last") << 6 << true << true << false;
    }

    void actionsFollowTheViewedStage()
    {
        QFETCH(int, stage);
        QFETCH(bool, onStage);
        QFETCH(bool, earlier);
        QFETCH(bool, later);
        m_doc->setStage(0);
        StageActions actions(m_doc.get());
        m_doc->setStage(stage);
        QVERIFY(actions.addStageAction()->isEnabled());
        QCOMPARE(actions.renameStageAction()->isEnabled(), onStage);
        QCOMPARE(actions.editNarrativeAction()->isEnabled(), onStage);
        QCOMPARE(actions.deleteStageAction()->isEnabled(), onStage);
        QCOMPARE(actions.moveEarlierAction()->isEnabled(), earlier);
        QCOMPARE(actions.moveLaterAction()->isEnabled(), later);
    }

    void actionsInMenuOrder()
    {
        StageActions actions(m_doc.get());
        const QList<QAction *> list = actions.actions();
        QCOMPARE(list.size(), 8);
        QCOMPARE(list[0], actions.addStageAction());
        QCOMPARE(list[1], actions.renameStageAction());
        QCOMPARE(list[2], actions.editNarrativeAction());
        QVERIFY(list[3]->isSeparator());
        QCOMPARE(list[4], actions.moveEarlierAction());
        QCOMPARE(list[5], actions.moveLaterAction());
        QVERIFY(list[6]->isSeparator());
        QCOMPARE(list[7], actions.deleteStageAction());
        for (QAction *a : list)
            if (!a->isSeparator())
                QVERIFY(!a->text().isEmpty());
    }

    void actionsAskThroughTheirPrompts()
    {
        StageActions actions(m_doc.get());
        std::optional<QString> answer;
        QString shownCurrent;
        const auto prompt = [&](const QString &, const QString &, const QString &current) {
            shownCurrent = current;
            return answer;
        };
        actions.setLinePrompt(prompt);
        actions.setTextPrompt(prompt);

        // Cancelled: nothing happens.
        actions.addStageAction()->trigger();
        QCOMPARE(m_doc->undoStack()->count(), 0);

        answer = QStringLiteral("Queue");
        actions.addStageAction()->trigger();
        QCOMPARE(m_doc->stage(), 3);
        QCOMPARE(m_doc->scenario().stages[2].title, QStringLiteral("Queue"));
        QVERIFY(actions.deleteStageAction()->isEnabled());

        answer = QStringLiteral("Write queue");
        actions.renameStageAction()->trigger();
        QCOMPARE(shownCurrent, QStringLiteral("Queue"));
        QCOMPARE(m_doc->scenario().stages[2].title, QStringLiteral("Write queue"));

        answer = QStringLiteral("Writes wait.");
        actions.editNarrativeAction()->trigger();
        QCOMPARE(shownCurrent, QString());
        QCOMPARE(m_doc->scenario().stages[2].narrative, QStringLiteral("Writes wait."));

        actions.moveLaterAction()->trigger();
        QCOMPARE(m_doc->stage(), 4);
        QCOMPARE(m_doc->scenario().stages[3].title, QStringLiteral("Write queue"));
        actions.moveEarlierAction()->trigger();
        QCOMPARE(m_doc->stage(), 3);
        QCOMPARE(m_doc->undoStack()->count(), 5);

        // Delete asks nothing and is one undo step.
        const Scenario before = m_doc->scenario();
        actions.deleteStageAction()->trigger();
        QVERIFY(m_doc->scenario() == m_original);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scenario() == before);

        // The database stage cannot go before the server it changes.
        m_doc->setStage(2);
        actions.moveEarlierAction()->trigger();
        QCOMPARE(m_refusals->count(), 1);
        QVERIFY(m_doc->scenario() == before);
        QCOMPARE(m_doc->stage(), 2);
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<QSignalSpy> m_refusals;
    Scenario m_original;
};

QTEST_MAIN(TestStageEditing)
#include "tst_stageediting.moc"
