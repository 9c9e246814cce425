// The evaluation owner: coalescing, recompiling only on model changes,
// errors, bottlenecks past a ceiling; one owner per document shared by
// every view, one compile per edit, failures, journey and advice from it;
// and the status line built from its evaluation.
#include "advisor/advisorpanel.h"
#include "canvas/canvasscene.h"
#include "commands/editcommand.h"
#include "controls/statussummary.h"
#include "controls/userscale.h"
#include "document/scenariodocument.h"
#include "journey/journeymodel.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "stages/failurepanel.h"
#include "stages/journeyplayer.h"
#include "stages/stagenavigator.h"

#include "report.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "stages.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace scalescope;

namespace {

Scenario threeTierScenario()
{
    LoadError error;
    const auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), &error);
    if (!s)
        qFatal("cannot load three-tier.json");
    return *s;
}

Architecture threeTier(int stage = 1)
{
    return architectureAt(threeTierScenario(), stage);
}

const ComponentModel &webComponent(const Network &n)
{
    return n.components[size_t(n.indexOf(QStringLiteral("web")))];
}

int resourceIndex(const ComponentModel &c, const QString &name)
{
    for (size_t r = 0; r < c.resources.size(); ++r)
        if (c.resources[r].name == name)
            return int(r);
    return -1;
}

// Runs the event loop until the spy saw a signal, at most `turns` times:
// bounded by iterations, not by time.
void spin(const QSignalSpy &spy, int turns = 50)
{
    for (int i = 0; i < turns && spy.isEmpty(); ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestEvaluationService : public QObject {
    Q_OBJECT
private slots:
    void settingTheArchitectureEvaluatesAtOnce()
    {
        EvaluationService service;
        QSignalSpy evaluated(&service, &EvaluationService::evaluated);
        QSignalSpy changed(&service, &EvaluationService::networkChanged);
        service.setUsers(5000);
        QCOMPARE(evaluated.count(), 0); // nothing to evaluate yet
        service.setArchitecture(threeTier());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(evaluated.count(), 1);
        QVERIFY(service.hasNetwork());
        QCOMPARE(service.network().components.size(), size_t(5));
        QCOMPARE(service.evaluation().components.size(), size_t(5));
        QCOMPARE(service.evaluation().users, 5000.0);
        QCOMPARE(int(service.sweep().points.size()), EvaluationService::kSweepPoints);
        QCOMPARE(service.sweep().points.front().users, 1.0);
        QCOMPARE(service.sweep().points.back().users, 100e6);
        // The pending evaluation was served by the one above.
        QCoreApplication::processEvents();
        QCOMPARE(evaluated.count(), 1);
    }

    void manyMovesInOneTurnEvaluateOnceWithTheLast()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        const int before = service.evaluationCount();
        QSignalSpy evaluated(&service, &EvaluationService::evaluated);
        for (int i = 1; i <= 200; ++i)
            service.setUsers(1000.0 * i);
        QCOMPARE(evaluated.count(), 0); // nothing runs inside the burst
        spin(evaluated);
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(service.evaluationCount(), before + 1);
        QCOMPARE(service.users(), 200000.0);
        QCOMPARE(service.evaluation().users, 200000.0);
        // No backlog: more turns bring nothing more.
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(evaluated.count(), 1);
    }

    void flushEvaluatesAPendingValueNow()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        QSignalSpy evaluated(&service, &EvaluationService::evaluated);
        service.setUsers(42000);
        service.flush();
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(service.evaluation().users, 42000.0);
        service.flush(); // nothing pending
        QCOMPARE(evaluated.count(), 1);
    }

    void usersAreClampedToTheSliderRange()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        service.setUsers(5e9);
        service.flush();
        QCOMPARE(service.evaluation().users, 100e6);
        service.setUsers(0);
        service.flush();
        QCOMPARE(service.evaluation().users, 1.0);
    }

    void onlyModelChangesRecompile()
    {
        EvaluationService service;
        service.setArchitecture(threeTier(0));
        QCOMPARE(service.compileCount(), 1);
        const Sweep base = service.sweep();

        Architecture moved = threeTier(0);
        moved.components[3].position = {900, 40};
        moved.groups[0].rect.width += 100;
        service.setArchitecture(moved);
        QCOMPARE(service.compileCount(), 1); // a box moved: same model

        // Stage 1 puts the database in two zones: availability changes.
        service.setArchitecture(threeTier(1));
        QCOMPARE(service.compileCount(), 2);
        QVERIFY(service.sweep().points.back().availability > base.points.back().availability);

        // Twice the web servers: their utilisation halves and their CPU
        // ceiling doubles.
        Architecture bigger = threeTier(1);
        bigger.component(QStringLiteral("web"))->params.insert(QStringLiteral("count"), 4.0);
        const Sweep before = service.sweep();
        std::vector<double> ceilingsBefore;
        for (const ResourceModel &r : webComponent(service.network()).resources)
            ceilingsBefore.push_back(r.ceiling);
        service.setArchitecture(bigger);
        QCOMPARE(service.compileCount(), 3);
        const int web = service.network().indexOf(QStringLiteral("web"));
        const size_t mid = before.points.size() / 2;
        QVERIFY(service.sweep().componentUtilization(mid, size_t(web)) < before.componentUtilization(mid, size_t(web)));
        const ComponentModel &after = webComponent(service.network());
        const int cpu = resourceIndex(after, QStringLiteral("CPU"));
        QVERIFY(cpu >= 0);
        QCOMPARE_LE(std::abs(after.resources[size_t(cpu)].ceiling / ceilingsBefore[size_t(cpu)] - 2.0), 0.01);
    }

    void passingACeilingMovesTheBottleneck()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        const Network &n = service.network();
        QVERIFY(n.ceilingComponent >= 0);
        const double ceiling = n.ceilingUsers;
        QVERIFY(ceiling > 1000 && ceiling < 10e6);

        service.setUsers(10);
        service.flush();
        const int componentBelow = service.evaluation().bottleneckComponent;
        const int resourceBelow = service.evaluation().bottleneckResource;
        QVERIFY(service.evaluation().bottleneckUtilization < 1);

        service.setUsers(ceiling * 1.1);
        service.flush();
        const Evaluation &e = service.evaluation();
        QCOMPARE(e.bottleneckComponent, n.ceilingComponent);
        QCOMPARE(e.bottleneckResource, n.ceilingResource);
        QVERIFY(componentBelow != e.bottleneckComponent || resourceBelow != e.bottleneckResource);
        QVERIFY(e.bottleneckUtilization > 1);
        const QString callout = describeLoad(n.components[size_t(e.bottleneckComponent)], e.bottleneckResource,
                                             e.components[size_t(e.bottleneckComponent)].resources[size_t(e.bottleneckResource)]);
        const ComponentModel &broken = n.components[size_t(n.ceilingComponent)];
        const QString expected = broken.label + ' ' + broken.resources[size_t(n.ceilingResource)].name + " 110%";
        QVERIFY2(callout.startsWith(expected), qPrintable(callout));
    }

    void aBrokenArchitectureReportsAndRecovers()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        QSignalSpy failed(&service, &EvaluationService::failed);
        QSignalSpy changed(&service, &EvaluationService::networkChanged);
        Architecture cycle = threeTier();
        cycle.connections.push_back({QStringLiteral("db"), QStringLiteral("web"), std::nullopt});
        service.setArchitecture(cycle);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!service.hasNetwork());
        QVERIFY(!service.errorMessage().isEmpty());
        QVERIFY(service.network().components.empty());
        QVERIFY(service.sweep().points.empty());
        QVERIFY(service.evaluation().components.empty());

        service.setArchitecture(threeTier());
        QVERIFY(service.hasNetwork());
        QVERIFY(service.errorMessage().isEmpty());
        QCOMPARE(service.network().components.size(), size_t(5));
        QCOMPARE(failed.count(), 1);
    }

    void statusLineFormatsTheHeadlineFigures()
    {
        Evaluation e;
        e.users = 1.2e6;
        e.peakRequestRate = 4800;
        e.classes[ClassRead] = {1000, 0.042, 0, 1};
        e.classes[ClassWrite] = {200, 0.06, 0, 1};
        e.classes[ClassRead].p99 = 0.12;
        e.availability = 0.9995;
        e.downtimeMinutesPerYear = 0.0005 * kMinutesPerYear;
        e.monthlyCost = 12300;
        QCOMPARE(StatusSummary::summary(e),
                 QStringLiteral("1.2M users \u00b7 4,800 req/s peak \u00b7 read 42 ms, p99 120 ms \u00b7 99.95% (4.4 h/yr down)"
                                " \u00b7 $12,300/month"));
        // Failing requests are worth a word, weighted by each class's rate.
        e.classes[ClassRead].errorRate = 0.5;
        e.classes[ClassWrite].errorRate = 0.2;
        QVERIFY(StatusSummary::summary(e).contains(QStringLiteral(" \u00b7 45% failing \u00b7 ")));
        // Then the SLA figure says it is one: the parts are up, the requests still fail.
        QVERIFY(StatusSummary::summary(e).contains(QStringLiteral(" \u00b7 SLA 99.95% (")));
    }

    void statusLineFollowsTheService()
    {
        EvaluationService service;
        service.setArchitecture(threeTier());
        const Network &n = service.network();
        service.setUsers(n.ceilingUsers / 2);
        service.flush();
        StatusSummary label;
        label.setEvaluation(n, service.evaluation());
        // Users and the peak rate, from the network's per-user class rates.
        const double users = n.ceilingUsers / 2;
        double peak = 0;
        for (const double perUser : n.classRatePerUser)
            peak += perUser * users;
        QVERIFY2(label.text().startsWith(QStringLiteral("%1 users \u00b7 %2 req/s peak \u00b7 read ")
                                             .arg(UserScale::format(users), humanNumber(peak))),
                 qPrintable(label.text()));
        QVERIFY(!label.text().contains(QStringLiteral("failing")));
        const ComponentModel &first = n.components[size_t(n.ceilingComponent)];
        QVERIFY2(label.toolTip().contains(QStringLiteral("first to break: %1 %2")
                                              .arg(first.label, first.resources[size_t(n.ceilingResource)].name)),
                 qPrintable(label.toolTip()));
        QVERIFY(label.toolTip().contains(QStringLiteral("Bottleneck: ")));

        // Past the ceiling the line says how much fails.
        service.setUsers(n.ceilingUsers * 4);
        service.flush();
        label.setEvaluation(n, service.evaluation());
        QVERIFY2(label.text().contains(QStringLiteral("failing")), qPrintable(label.text()));

        label.showError(QStringLiteral("the connections form a cycle"));
        QCOMPARE(label.text(), QStringLiteral("Cannot evaluate: the connections form a cycle"));
    }

    // Every view of a document on the same owner: an edit compiles the
    // viewed architecture once, whoever is watching; a box moved compiles
    // nothing; the journey reuses the viewed stage's network and recompiles
    // only the stages that changed.
    void oneEditOneCompileForAllViews()
    {
        initScaleScopeResources();
        ScenarioDocument document;
        document.setScenario(test::firstReleaseJourney(), 6);
        EvaluationService *owner = EvaluationService::of(&document);
        QCOMPARE(EvaluationService::of(&document), owner);
        CanvasScene scene(&document);
        new SceneLoadBinder(&scene, owner);
        StageNavigator navigator(&document, nullptr);
        FailurePanel failures(&document);
        AdvisorPanel advisor(&document);
        JourneyModel journey(&document);
        JourneyPlayer player(&document, &navigator);
        QCOMPARE(owner->compileCount(), 1);
        QCOMPARE(int(journey.rows().size()), 7);
        QCOMPARE(owner->journeyCompileCount(), 6); // stages 0 to 5; 6 is the viewed one
        const double ceiling = journey.rows()[6].ceilingUsers;
        QVERIFY(!advisor.proposals().empty());
        QCOMPARE(owner->compileCount(), 1); // the advisor compiles only its candidates

        ChangeWorkload busier;
        busier.set.insert(QStringLiteral("minutesPerDailyUser"), 480.0); // twice the online share
        QVERIFY(pushEdit(&document, new EditCommand(&document, {busier}, QStringLiteral("Busier"))));
        QCoreApplication::processEvents();
        player.step();
        QCOMPARE(owner->compileCount(), 2);
        QCOMPARE(int(journey.rows().size()), 7);
        QCOMPARE(owner->journeyCompileCount(), 6); // only stage 6 changed, and it is the viewed one
        QVERIFY(failures.report().error.isEmpty());
        // Twice as many users online at the peak: the stage holds fewer.
        QVERIFY(journey.rows()[6].ceilingUsers < ceiling);

        document.undoStack()->undo();
        QCOMPARE(owner->compileCount(), 3);
        QCOMPARE(journey.rows()[6].ceilingUsers, ceiling);
        QCOMPARE(owner->journeyCompileCount(), 6);
    }

    // Failing a zone compiles the broken network only; an edit then
    // compiles both; clearing it compiles nothing. The report's ceilings are
    // those of the networks compiled here.
    void failuresCompileTheBrokenNetworkOnly()
    {
        ScenarioDocument document;
        document.setScenario(test::firstReleaseJourney(), 3);
        EvaluationService *owner = EvaluationService::of(&document);
        QCOMPARE(owner->compileCount(), 1);
        owner->setFailed({QStringLiteral("az-a")});
        QCOMPARE(owner->compileCount(), 2);
        const Network healthy = compileNetwork(document.architecture(), document.catalog());
        const Network broken = compileNetwork(document.architecture(), {QStringLiteral("az-a")}, document.catalog());
        owner->setUsers(1000);
        const FailureReport &r = owner->failureReport();
        QCOMPARE(r.failed, QStringList{QStringLiteral("az-a")});
        QCOMPARE(r.healthyCeiling, healthy.ceilingUsers);
        QCOMPARE(r.ceiling, broken.ceilingUsers);
        QVERIFY(r.ceiling < r.healthyCeiling);
        QCOMPARE(owner->network().ceilingUsers, broken.ceilingUsers);     // the canvas shows the outage
        QCOMPARE(owner->healthyNetwork().ceilingUsers, healthy.ceilingUsers);
        QCOMPARE(owner->evaluation().users, 1000.0);

        ChangeWorkload busier;
        busier.set.insert(QStringLiteral("minutesPerDailyUser"), 480.0); // twice the online share
        QVERIFY(pushEdit(&document, new EditCommand(&document, {busier}, QStringLiteral("Busier"))));
        QCOMPARE(owner->compileCount(), 4);

        owner->setFailed({});
        QCOMPARE(owner->compileCount(), 4);
        QCOMPARE(owner->network().ceilingUsers, owner->healthyNetwork().ceilingUsers);
        QVERIFY(owner->failureReport().failed.isEmpty());
    }

    // The viewed stage's first to break and play mode's saturation come
    // from the owner's healthy network, checked against the network
    // compiled here.
    void firstToBreakAndSaturation()
    {
        ScenarioDocument document;
        document.setScenario(test::firstReleaseJourney(), 4);
        EvaluationService *owner = EvaluationService::of(&document);
        const Network n = compileNetwork(document.architecture(), document.catalog());
        QCOMPARE(owner->firstToBreak(), n.components[size_t(n.ceilingComponent)].id);
        QVERIFY(!owner->saturationAt(n.ceilingUsers * 0.5));
        const auto at = owner->saturationAt(n.ceilingUsers);
        QVERIFY(at);
        QCOMPARE(at->component, n.ceilingComponent);
        QCOMPARE(at->resource, n.ceilingResource);
    }

    void statusFigures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("sub-10 ms") << "latency" << 0.0046 << "4.6 ms";
        QTest::newRow("ms") << "latency" << 0.042 << "42 ms";
        QTest::newRow("seconds") << "latency" << 2.4 << "2.4 s";
        QTest::newRow("timeout") << "latency" << 240.0 << "240 s";
        QTest::newRow("three nines") << "availability" << 0.999 << "99.9%";
        QTest::newRow("never rounds up") << "availability" << 0.9999996 << "99.999%";
        QTest::newRow("perfect") << "availability" << 1.0 << "100%";
        QTest::newRow("two decimals") << "availability" << 0.9993 << "99.93%";
        QTest::newRow("seconds a year") << "downtime" << 0.5 << "30 s/yr";
        QTest::newRow("minutes a year") << "downtime" << 45.0 << "45 min/yr";
        QTest::newRow("hours a year") << "downtime" << 263.0 << "4.4 h/yr";
        QTest::newRow("days a year") << "downtime" << 5040.0 << "3.5 d/yr";
    }

    void statusFigures()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, text);
        const QString got = kind == "latency"        ? StatusSummary::formatLatency(value)
                            : kind == "availability" ? StatusSummary::formatAvailability(value)
                                                     : StatusSummary::formatDowntime(value);
        QCOMPARE(got, text);
    }
};

QTEST_MAIN(TestEvaluationService)
#include "tst_evaluationservice.moc"
