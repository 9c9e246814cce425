// The live evaluation service: coalescing, recompiling only on model
// changes, errors, bottlenecks past a ceiling; and the status line built
// from its evaluation.
#include "controls/statussummary.h"
#include "live/evaluationservice.h"

#include "report.h"
#include "scenariofile.h"
#include "stages.h"

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
        const std::vector<double> ceilingsBefore = webComponent(service.network()).ceilings;
        service.setArchitecture(bigger);
        QCOMPARE(service.compileCount(), 3);
        const int web = service.network().indexOf(QStringLiteral("web"));
        const size_t mid = before.points.size() / 2;
        QVERIFY(service.sweep().componentUtilization(mid, size_t(web)) < before.componentUtilization(mid, size_t(web)));
        const ComponentModel &after = webComponent(service.network());
        const int cpu = resourceIndex(after, QStringLiteral("CPU"));
        QVERIFY(cpu >= 0);
        QCOMPARE_LE(std::abs(after.ceilings[size_t(cpu)] / ceilingsBefore[size_t(cpu)] - 2.0), 0.01);
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
        e.availability = 0.9995;
        e.downtimeMinutesPerYear = 0.0005 * kMinutesPerYear;
        e.monthlyCost = 12300;
        QCOMPARE(StatusSummary::summary(e),
                 QStringLiteral("1.2M users \u00b7 4,800 req/s peak \u00b7 read 42 ms \u00b7 99.95% (4.4 h/yr down)"
                                " \u00b7 $12,300/month"));
        // Failing requests are worth a word, weighted by each class's rate.
        e.classes[ClassRead].errorRate = 0.5;
        e.classes[ClassWrite].errorRate = 0.2;
        QVERIFY(StatusSummary::summary(e).contains(QStringLiteral(" \u00b7 45% failing \u00b7 ")));
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
        QCOMPARE(label.text(), StatusSummary::summary(service.evaluation()));
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
