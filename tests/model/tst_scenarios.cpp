// Data-driven checks over scenarios/*.json: every file loads, every stage
// evaluates, and the numbers tell each journey's story.
#include "bottleneck.h"
#include "evaluation.h"
#include "network.h"
#include "shippedscenario.h"
#include "stages.h"
#include "workload.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

Network stageNetwork(const Scenario &s, int stage) { return compileNetwork(architectureAt(s, stage)); }

LimitKind firstLimit(const Network &n)
{
    return classifyLimit(n.components[size_t(n.ceilingComponent)], n.ceilingResource);
}

// "1,000 users: ..." -> 1000; "10 million users" -> 1e7; no count -> 0.
double titleCount(const QString &title)
{
    static const QRegularExpression re(QStringLiteral("^([0-9][0-9,]*)( million)? users"));
    const auto m = re.match(title);
    if (!m.hasMatch())
        return 0;
    double n = QString(m.captured(1)).remove(',').toDouble();
    return m.captured(2).isEmpty() ? n : n * 1e6;
}

double arrivalOf(const Network &n, const QString &id, double users)
{
    const int i = n.indexOf(id);
    return i < 0 ? 0 : evaluate(n, users).components[size_t(i)].arrivalRate;
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT
private slots:
    void everyStageEvaluates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stage");
        QVERIFY(shippedScenarioNames().size() >= 5);
        for (const QString &f : shippedScenarioNames()) {
            const Scenario s = loadShipped(f);
            for (int k = 0; k <= int(s.stages.size()); ++k)
                QTest::newRow(qPrintable(QStringLiteral("%1 stage %2").arg(f).arg(k))) << f << k;
        }
    }
    void everyStageEvaluates()
    {
        QFETCH(QString, file);
        QFETCH(int, stage);
        const Scenario s = loadShipped(file);
        const Network n = stageNetwork(s, stage);
        QVERIFY(std::isfinite(n.ceilingUsers));
        QVERIFY(n.ceilingUsers >= 1);
        // Below the ceiling everything is finite and nothing fails.
        for (double users : {1.0, n.ceilingUsers * 0.5}) {
            const Evaluation e = evaluate(n, users);
            QVERIFY(e.availability > 0.9 && e.availability <= 1.0);
            QVERIFY(e.monthlyCost > 0);
            for (const ClassResult &c : e.classes) {
                QVERIFY(std::isfinite(c.latency));
                QCOMPARE(c.errorRate, 0.0);
            }
        }
        // A stage holds the start of the user range it is meant for.
        if (stage > 0 && s.stages[size_t(stage - 1)].usersFrom > 0)
            QVERIFY2(n.ceilingUsers >= s.stages[size_t(stage - 1)].usersFrom,
                     qPrintable(QStringLiteral("ceiling %1 below the stage's range").arg(n.ceilingUsers)));
        // Every component carries traffic, unless the stage says so (the strangled monolith).
        const QString title = stage > 0 ? s.stages[size_t(stage - 1)].title : QString();
        if (title.contains(QLatin1String("idle")))
            QCOMPARE(n.idle, (QStringList{"monolith", "mono-db"}));
        else
            QVERIFY2(n.idle.isEmpty(), qPrintable(n.idle.join(',')));
    }

    void ceilingsGrowStageByStage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("strictly");
        QTest::newRow("journey") << "journey-to-10-million-users.json" << true;
        QTest::newRow("cloud native") << "cloud-native-five-stages.json" << true;
        QTest::newRow("ten steps") << "ten-steps-to-millions.json" << false;
    }
    void ceilingsGrowStageByStage()
    {
        QFETCH(QString, file);
        QFETCH(bool, strictly);
        const Scenario s = loadShipped(file);
        // The journey's base is the landing page before launch, a different product: stages from 1.
        const int first = file.startsWith(QLatin1String("journey")) ? 1 : 0;
        double previous = stageNetwork(s, first).ceilingUsers;
        for (int k = first + 1; k <= int(s.stages.size()); ++k) {
            const double ceiling = stageNetwork(s, k).ceilingUsers;
            QVERIFY2(strictly ? ceiling > previous : ceiling >= previous,
                     qPrintable(QStringLiteral("stage %1: %2 after %3").arg(k).arg(ceiling).arg(previous)));
            previous = ceiling;
        }
    }

    void journeyBottleneckMovesAsTheStorySays()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        // Stage 4's followers break on reads: their queries or the connections the readers hold.
        const QList<QList<LimitKind>> expected{{LimitKind::SingleServer},
                                               {LimitKind::WebTier},
                                               {LimitKind::WebTier},
                                               {LimitKind::DatabaseReads, LimitKind::DatabaseConnections},
                                               {LimitKind::DatabaseWrites}};
        for (int k = 1; k <= expected.size(); ++k) {
            const Network n = stageNetwork(s, k);
            QVERIFY2(expected[k - 1].contains(firstLimit(n)),
                     qPrintable(QStringLiteral("stage %1 breaks on %2").arg(k).arg(limitKindName(firstLimit(n)))));
        }
        // Followers, not the primary, run out at stage 4.
        const Network stage4 = stageNetwork(s, 4);
        QCOMPARE(stage4.components[size_t(stage4.ceilingComponent)].role, Role::SqlReplica);
        QVERIFY(stageNetwork(s, int(s.stages.size())).ceilingUsers >= 1e7);
    }

    void journeyStagesHoldTheirTitleAndBreakBeforeTheNext()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        QList<int> titled;
        for (int k = 1; k <= int(s.stages.size()); ++k)
            if (titleCount(s.stages[size_t(k - 1)].title) > 0)
                titled << k;
        QCOMPARE(titled.size(), 5); // 10, 1,000, 10,000, 500,000 and 10 million users
        QCOMPARE(titleCount(s.stages.back().title), 1e7);
        // Each stage holds its title's count with 20% to spare and breaks
        // before the next stage's count, by a margin of 10% at least.
        for (int i = 0; i < titled.size(); ++i) {
            const double ceiling = stageNetwork(s, titled[i]).ceilingUsers;
            const double title = titleCount(s.stages[size_t(titled[i] - 1)].title);
            QVERIFY2(ceiling >= 1.2 * title, qPrintable(QStringLiteral("stage %1: %2 for %3").arg(titled[i]).arg(ceiling).arg(title)));
            if (i + 1 < titled.size()) {
                const double next = titleCount(s.stages[size_t(titled[i + 1] - 1)].title);
                QVERIFY2(ceiling * 1.1 <= next, qPrintable(QStringLiteral("stage %1: %2 before %3").arg(titled[i]).arg(ceiling).arg(next)));
            }
        }
        // Launch has no count in its title; it breaks before the next stage's count.
        QVERIFY(stageNetwork(s, 1).ceilingUsers * 1.1 <= titleCount(s.stages[size_t(titled.front() - 1)].title));
    }

    void cloudNativeStoryNumbers()
    {
        const Scenario s = loadShipped(QStringLiteral("cloud-native-five-stages.json"));
        // "Better safe than sorry" is about availability.
        QVERIFY(evaluate(stageNetwork(s, 1), 1000).availability > evaluate(stageNetwork(s, 0), 1000).availability);
        // The bookworm moves reads off the primary.
        QVERIFY(arrivalOf(stageNetwork(s, 2), "db", 10000) < arrivalOf(stageNetwork(s, 1), "db", 10000));
        // The great expansion ends on the database: the app tier's many servers
        // hold more connections than the read replicas take. The microservices
        // take load off it.
        const Network expansion = stageNetwork(s, 3);
        QCOMPARE(firstLimit(expansion), LimitKind::DatabaseConnections);
        QCOMPARE(expansion.components[size_t(expansion.ceilingComponent)].role, Role::SqlReplica);
        QVERIFY(arrivalOf(stageNetwork(s, 4), "db", 1e6) < arrivalOf(stageNetwork(s, 3), "db", 1e6));
    }

    void tenStepsStoryNumbers()
    {
        const Scenario s = loadShipped(QStringLiteral("ten-steps-to-millions.json"));
        QCOMPARE(firstLimit(stageNetwork(s, 0)), LimitKind::SingleServer);
        // Behind the load balancer the one database's reads break first; with
        // replication, the replicas' reads.
        QCOMPARE(firstLimit(stageNetwork(s, 2)), LimitKind::DatabaseReads);
        const Network replicated = stageNetwork(s, 3);
        QCOMPARE(firstLimit(replicated), LimitKind::DatabaseReads);
        QCOMPARE(replicated.components[size_t(replicated.ceilingComponent)].role, Role::SqlReplica);
        // With a second region every web server holds connections to the one
        // primary; the queue answers that.
        const Network twoRegions = stageNetwork(s, 7);
        QCOMPARE(firstLimit(twoRegions), LimitKind::DatabaseConnections);
        QCOMPARE(twoRegions.components[size_t(twoRegions.ceilingComponent)].role, Role::SqlPrimary);
        // The load balancer with two zones raises availability.
        QVERIFY(evaluate(stageNetwork(s, 2), 10000).availability > evaluate(stageNetwork(s, 1), 10000).availability);
        // Replication removes the reads from the primary; the cache shrinks what the replicas see.
        QVERIFY(arrivalOf(stageNetwork(s, 3), "db", 40000) < arrivalOf(stageNetwork(s, 2), "db", 40000) / 2);
        QVERIFY(arrivalOf(stageNetwork(s, 4), "replica-1", 40000) < arrivalOf(stageNetwork(s, 3), "replica-1", 40000));
        // The CDN takes the static files off the web servers.
        QVERIFY(arrivalOf(stageNetwork(s, 5), "web-1", 40000) < arrivalOf(stageNetwork(s, 4), "web-1", 40000) * 0.6);
        // The queue drains writes at the average rate: the primary's peak write load halves.
        const Workload w = architectureAt(s, 8).workload;
        const double before = arrivalOf(stageNetwork(s, 7), "db", 500000);
        const double after = arrivalOf(stageNetwork(s, 8), "db", 500000);
        QVERIFY(std::abs(after - before / w.peakToAverage) < 1e-6 * before);
        // Monitoring costs money and changes no capacity.
        QCOMPARE(stageNetwork(s, 10).ceilingUsers, stageNetwork(s, 9).ceilingUsers);
        QVERIFY(evaluate(stageNetwork(s, 10), 1e6).monthlyCost > evaluate(stageNetwork(s, 9), 1e6).monthlyCost);
    }

    void stranglerStoryNumbers()
    {
        const Scenario s = loadShipped(QStringLiteral("strangler-migration.json"));
        const double base = stageNetwork(s, 0).ceilingUsers;
        double previous = arrivalOf(stageNetwork(s, 0), "monolith", 1e5);
        for (int k = 1; k <= int(s.stages.size()); ++k) {
            const Network n = stageNetwork(s, k);
            // Side by side, the system never holds fewer users than the monolith did.
            QVERIFY(n.ceilingUsers >= base);
            const double monolith = arrivalOf(n, "monolith", 1e5);
            QVERIFY2(monolith < previous || monolith == 0, qPrintable(QString::number(k)));
            previous = monolith;
        }
        // The cart goes last; then the monolith is gone.
        QCOMPARE(arrivalOf(stageNetwork(s, 4), "monolith", 1e5), 0.0);
        QCOMPARE(stageNetwork(s, 5).indexOf("monolith"), -1);
        QVERIFY(evaluate(stageNetwork(s, 5), 1e5).monthlyCost < evaluate(stageNetwork(s, 4), 1e5).monthlyCost);
    }

    void oneMillionConcurrentHoldsAMillion()
    {
        const Scenario s = loadShipped(QStringLiteral("one-million-concurrent.json"));
        QCOMPARE(peakOnlineShare(s.base.workload), 1.0); // everyone online at once
        QVERIFY(stageNetwork(s, 0).ceilingUsers >= 1e6);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
