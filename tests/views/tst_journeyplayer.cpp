// Play mode: the user count climbs through each stage, the stage
// saturates, the film moves on; pause, resume, speed and hand control.
#include "bottleneck.h"
#include "canvas/canvasscene.h"
#include "document/scenariodocument.h"
#include "network.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "stages.h"
#include "stages/journeyplayer.h"
#include "stages/stagenavigator.h"
#include "stages/stagetransition.h"
#include "usercount.h"

#include "testsupport.h"
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace scalescope;

namespace {

using test::journey;

// What the model says breaks first at a stage, and at how many users.
struct FirstLimit {
    QString limitName;
    QString componentId;
    double users = 0;
};

FirstLimit firstLimit(const Scenario &s, int stage)
{
    const Network n = compileNetwork(architectureAt(s, stage));
    const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
    return {limitKindName(classifyLimit(c, n.ceilingResource)), c.id, n.ceilingUsers};
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

// A document on the default journey, a navigator and the player; with a
// canvas scene the navigator animates stage changes.
struct Rig {
    explicit Rig(int stage, bool animated = false)
    {
        document = std::make_unique<ScenarioDocument>();
        document->setScenario(journey(), stage);
        if (animated)
            scene = std::make_unique<CanvasScene>(document.get());
        navigator = std::make_unique<StageNavigator>(document.get(), scene.get());
        player = std::make_unique<JourneyPlayer>(document.get(), navigator.get());
    }
    ~Rig()
    {
        player.reset();
        navigator.reset();
        scene.reset();
    }
    // Steps until `done` or the bound; returns the steps taken.
    template <typename Done>
    int stepUntil(Done done, int bound = 20000)
    {
        int steps = 0;
        while (!done() && steps < bound) {
            player->step();
            ++steps;
        }
        return steps;
    }

    std::unique_ptr<ScenarioDocument> document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<StageNavigator> navigator;
    std::unique_ptr<JourneyPlayer> player;
};

struct Saturated {
    int stage;
    QString componentId;
    QString limitName;
    double users;
};

QList<Saturated> saturations(const QSignalSpy &spy)
{
    QList<Saturated> out;
    for (const QList<QVariant> &args : spy)
        out.append({args[0].toInt(), args[1].toString(), args[2].toString(), args[3].toDouble()});
    return out;
}

} // namespace

class TestJourneyPlayer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void playsTheWholeJourneyStageByStage()
    {
        Rig rig(1);
        const Scenario scenario = rig.document->scenario();
        const int last = rig.document->stageCount();
        QSignalSpy saturatedSpy(rig.player.get(), &JourneyPlayer::stageSaturated);
        QSignalSpy finishedSpy(rig.player.get(), &JourneyPlayer::finished);

        QList<int> stagesSeen{rig.document->stage()};
        double previous = 0;
        int steps = 0;
        for (; !rig.player->isFinished() && steps < 20000; ++steps) {
            rig.player->step();
            const int stage = rig.document->stage();
            const double users = rig.player->users();
            if (stage != stagesSeen.last()) {
                QCOMPARE(stage, stagesSeen.last() + 1); // in order, none skipped
                stagesSeen << stage;
                // A new stage starts at the beginning of its range.
                QCOMPARE(users, scenario.stages[size_t(stage - 1)].usersFrom);
            } else {
                QVERIFY2(users >= previous, qPrintable(QStringLiteral("stage %1: %2 after %3").arg(stage).arg(users).arg(previous)));
            }
            previous = users;
        }
        QVERIFY(rig.player->isFinished());
        QCOMPARE(finishedSpy.count(), 1);
        QList<int> everyStage;
        for (int k = 1; k <= last; ++k)
            everyStage << k;
        QCOMPARE(stagesSeen, everyStage);

        // Every stage saturated where and as the model says it breaks first.
        const QList<Saturated> seen = saturations(saturatedSpy);
        QCOMPARE(seen.size(), last);
        QStringList movedOnAt; // limits at which the film moved on, from the first stage after the single server
        for (int i = 0; i < seen.size(); ++i) {
            const int stage = i + 1;
            const FirstLimit expected = firstLimit(scenario, stage);
            QCOMPARE(seen[i].stage, stage);
            QCOMPARE(seen[i].limitName, expected.limitName);
            QCOMPARE(seen[i].componentId, expected.componentId);
            QVERIFY2(near(seen[i].users, expected.users),
                     qPrintable(QStringLiteral("stage %1: %2 vs %3").arg(stage).arg(seen[i].users).arg(expected.users)));
            qInfo("stage %d saturated: %s (%s) at %.0f users", stage, qPrintable(seen[i].componentId),
                  qPrintable(seen[i].limitName), seen[i].users);
            const bool movedOn = stage < last;
            const bool afterSingleServer = seen[i].limitName != limitKindName(LimitKind::SingleServer);
            if (movedOn && afterSingleServer && (movedOnAt.isEmpty() || movedOnAt.last() != seen[i].limitName))
                movedOnAt << seen[i].limitName;
        }
        QCOMPARE(seen.first().limitName, limitKindName(LimitKind::SingleServer));
        // The followers break on the connections their readers hold (database reads).
        QCOMPARE(movedOnAt, (QStringList{limitKindName(LimitKind::WebTier), limitKindName(LimitKind::DatabaseConnections),
                                         limitKindName(LimitKind::DatabaseWrites)}));
        // The film ends at the last stage's saturation, below the app's maximum.
        QCOMPARE(rig.document->stage(), last);
        QCOMPARE(rig.player->users(), seen.last().users);
        QVERIFY(rig.player->users() <= kMaxUsers);
        qInfo("%d steps at 1x", steps);
    }

    void finishedStopsPlayingAndStepsNoMore()
    {
        Rig rig(6);
        QSignalSpy playing(rig.player.get(), &JourneyPlayer::playingChanged);
        QSignalSpy finished(rig.player.get(), &JourneyPlayer::finished);
        rig.player->play();
        QVERIFY(rig.player->isPlaying());
        QCOMPARE(rig.player->users(), rig.document->scenario().stages.back().usersFrom);
        rig.stepUntil([&] { return rig.player->isFinished(); });
        QCOMPARE(finished.count(), 1);
        QVERIFY(!rig.player->isPlaying());
        QCOMPARE(playing.count(), 2);
        QCOMPARE(playing.last().first().toBool(), false);
        QSignalSpy users(rig.player.get(), &JourneyPlayer::usersChanged);
        rig.player->step();
        QCOMPARE(users.count(), 0);
        QCOMPARE(finished.count(), 1);
        // Play again replays the stage from its start.
        rig.player->play();
        QCOMPARE(rig.player->users(), rig.document->scenario().stages.back().usersFrom);
        QVERIFY(!rig.player->isFinished());
        rig.player->pause();
    }

    void theBaseClimbsFromOneUserAndMovesOn()
    {
        Rig rig(0);
        QSignalSpy saturated(rig.player.get(), &JourneyPlayer::stageSaturated);
        rig.player->step();
        QCOMPARE(rig.player->users(), kMinUsers);
        rig.stepUntil([&] { return rig.document->stage() == 1; });
        QCOMPARE(saturated.count(), 1);
        const FirstLimit base = firstLimit(rig.document->scenario(), 0);
        QCOMPARE(saturated.first().at(0).toInt(), 0);
        QCOMPARE(saturated.first().at(2).toString(), base.limitName);
        QVERIFY(near(saturated.first().at(3).toDouble(), base.users));
        QCOMPARE(rig.player->users(), rig.document->scenario().stages[0].usersFrom);
    }

    void pauseHoldsTheCountAndResumeContinuesFromIt()
    {
        Rig rig(1);
        QSignalSpy users(rig.player.get(), &JourneyPlayer::usersChanged);
        QSignalSpy playing(rig.player.get(), &JourneyPlayer::playingChanged);
        rig.player->play();
        QCOMPARE(playing.count(), 1);
        QTRY_VERIFY(users.count() >= 5); // the timer drives the climb
        rig.player->pause();
        QVERIFY(!rig.player->isPlaying());
        const double paused = rig.player->users();
        users.clear();
        QTest::qWait(5 * JourneyPlayer::kFrameMs);
        QCOMPARE(users.count(), 0);
        QCOMPARE(rig.player->users(), paused);

        rig.player->play();
        QTRY_VERIFY(users.count() >= 1);
        QVERIFY(near(users.first().first().toDouble(), paused * rig.player->stepFactor()));
        rig.player->toggle();
        QVERIFY(!rig.player->isPlaying());
        QCOMPARE(rig.document->stage(), 1);
    }

    void doubleSpeedSaturatesInHalfTheSteps()
    {
        auto stepsToSaturation = [](double speed) {
            Rig rig(2);
            rig.player->setSpeed(speed);
            QSignalSpy saturated(rig.player.get(), &JourneyPlayer::stageSaturated);
            return rig.stepUntil([&] { return saturated.count() > 0; });
        };
        const int normal = stepsToSaturation(1);
        const int twice = stepsToSaturation(2);
        qInfo("stage 2 saturates after %d steps at 1x, %d at 2x", normal, twice);
        QVERIFY(normal > 20);
        QVERIFY2(std::abs(2 * twice - normal) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(twice).arg(normal)));

        Rig rig(2);
        QSignalSpy speed(rig.player.get(), &JourneyPlayer::speedChanged);
        rig.player->setSpeed(100);
        QCOMPARE(rig.player->speed(), JourneyPlayer::kMaxSpeed);
        rig.player->setSpeed(JourneyPlayer::kMaxSpeed);
        QCOMPARE(speed.count(), 1);
    }

    void handSetUsersContinuesFromThere()
    {
        Rig rig(2);
        QSignalSpy users(rig.player.get(), &JourneyPlayer::usersChanged);
        rig.player->play();
        rig.stepUntil([&] { return rig.player->users() > 50; });
        users.clear();
        rig.player->setUsers(500);
        QCOMPARE(users.count(), 0); // never echoes a count set by hand
        rig.player->step();
        QVERIFY(near(rig.player->users(), 500 * rig.player->stepFactor()));

        // Dragged back below the ceiling while the saturation is showing:
        // the stage climbs again instead of moving on.
        QSignalSpy saturated(rig.player.get(), &JourneyPlayer::stageSaturated);
        rig.stepUntil([&] { return saturated.count() > 0; });
        QCOMPARE(saturated.count(), 1);
        rig.player->setUsers(100);
        for (int i = 0; i < 3 * JourneyPlayer::kHoldSteps; ++i)
            rig.player->step();
        QCOMPARE(rig.document->stage(), 2);
        QVERIFY(rig.player->users() > 100);
        rig.player->pause();
    }

    void stageChosenByHandPlaysFromItsStart()
    {
        Rig rig(2);
        rig.player->play();
        rig.stepUntil([&] { return rig.player->users() > 50; });
        rig.navigator->goTo(4);
        QVERIFY(rig.player->isPlaying());
        QCOMPARE(rig.player->users(), rig.document->scenario().stages[3].usersFrom);
        rig.player->step();
        QCOMPARE(rig.document->stage(), 4);
        QVERIFY(rig.player->users() > rig.document->scenario().stages[3].usersFrom);

        // While paused a stage change moves nothing; play starts that stage.
        rig.player->pause();
        QSignalSpy users(rig.player.get(), &JourneyPlayer::usersChanged);
        rig.navigator->goTo(3);
        QCOMPARE(users.count(), 0);
        rig.player->play();
        QCOMPARE(rig.player->users(), rig.document->scenario().stages[2].usersFrom);
        rig.player->stop();
        QVERIFY(!rig.player->isPlaying());
        QCOMPARE(rig.player->users(), rig.document->scenario().stages[2].usersFrom);
    }

    void editsAreEvaluatedAtTheNextStep()
    {
        Rig rig(2);
        const FirstLimit before = firstLimit(rig.document->scenario(), 2);
        rig.player->play();
        rig.player->step();
        // Twice as many people online at the peak: the stage breaks at half the users.
        ChangeWorkload busier;
        busier.set.insert(QStringLiteral("minutesPerDailyUser"), 2 * rig.document->architecture().workload.minutesPerDailyUser);
        QVERIFY(rig.document->applyEdits(2, {busier}));
        QCOMPARE(rig.document->stage(), 2);
        QSignalSpy saturated(rig.player.get(), &JourneyPlayer::stageSaturated);
        rig.stepUntil([&] { return saturated.count() > 0; });
        QCOMPARE(saturated.count(), 1);
        const double ceiling = compileNetwork(rig.document->architecture()).ceilingUsers;
        QVERIFY(near(saturated.first().at(3).toDouble(), ceiling));
        QVERIFY(ceiling < 0.6 * before.users);
        rig.player->pause();
    }

    void waitsForTheAnimatedTransition()
    {
        Rig rig(2, true);
        StageTransition *transition = rig.navigator->transition();
        QVERIFY(transition);
        int movedWhileAnimating = 0;
        connect(rig.player.get(), &JourneyPlayer::usersChanged, this, [&] {
            if (transition->isRunning())
                ++movedWhileAnimating;
        });
        QSignalSpy ended(transition, &StageTransition::finished);
        double usersAtEnd = 0;
        connect(transition, &StageTransition::finished, this, [&] {
            if (rig.player)
                usersAtEnd = rig.player->users();
        });
        rig.player->setSpeed(4);
        rig.player->play();
        QTRY_VERIFY_WITH_TIMEOUT(transition->isRunning(), 20000);
        QCOMPARE(rig.document->stage(), 3);
        const double start = rig.player->users();
        QCOMPARE(start, rig.document->scenario().stages[2].usersFrom);
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 20000);
        QCOMPARE(usersAtEnd, start); // held still for the whole transition
        QTRY_VERIFY_WITH_TIMEOUT(rig.player->users() > start, 20000);
        QCOMPARE(movedWhileAnimating, 0);
        rig.player->pause();

        // The same, one step at a time.
        rig.navigator->goTo(2);
        rig.navigator->skip();
        rig.player->play();
        rig.player->pause();
        rig.stepUntil([&] { return transition->isRunning(); });
        QCOMPARE(rig.document->stage(), 3);
        const double held = rig.player->users();
        for (int i = 0; i < 10; ++i)
            rig.player->step();
        QCOMPARE(rig.player->users(), held);
        transition->finish();
        rig.player->step();
        QVERIFY(rig.player->users() > held);
    }
};

QTEST_MAIN(TestJourneyPlayer)
#include "tst_journeyplayer.moc"
