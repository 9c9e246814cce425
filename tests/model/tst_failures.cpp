// Failure injection: an availability zone, a region or a component marked as
// failed, on the default journey (the story's "classic power outage in one
// availability zone").
#include "evaluation.h"
#include "network.h"
#include "scenariofile.h"
#include "stages.h"

#include <QTest>

#include <stdexcept>

using namespace scalescope;

namespace {

Architecture journeyAt(int stage)
{
    LoadError error;
    const auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/journey-to-10-million-users.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return architectureAt(*s, stage);
}

double arrival(const Network &n, const Evaluation &e, const char *id)
{
    return e.components[size_t(n.indexOf(QLatin1String(id)))].arrivalRate;
}

} // namespace

class TestFailures : public QObject {
    Q_OBJECT
private slots:
    void zoneOutageTakesTheSingleServerDown()
    {
        const Network n = compileNetwork(journeyAt(1), {"az-a"});
        const Evaluation e = evaluate(n, 100);
        QVERIFY(n.components[size_t(n.indexOf("web"))].down);
        QCOMPARE(e.availability, 0.0);
        QCOMPARE(e.classes[ClassRead].errorRate, 1.0);
        QCOMPARE(n.ceilingUsers, 0.0);
    }

    void zoneOutageAtOneThousandUsersKeepsTheServiceUpAtReducedCapacity()
    {
        const Architecture a = journeyAt(3);
        const Network healthy = compileNetwork(a);
        const Network failed = compileNetwork(a, {"az-a"});
        // Two fixed web servers over two zones: one survives, so the web tier's ceiling halves.
        QCOMPARE(failed.ceilingUsers, healthy.ceilingUsers / 2);
        const Evaluation e = evaluate(failed, 1000);
        QVERIFY(e.availability > 0.9);
        QCOMPARE(e.classes[ClassRead].errorRate, 0.0);
        QCOMPARE(e.classes[ClassWrite].errorRate, 0.0);
        QCOMPARE(e.components[size_t(failed.indexOf("web"))].instances, 1.0);
        // The Multi-AZ primary in the failed zone fails over to its standby.
        QVERIFY(!failed.components[size_t(failed.indexOf("db"))].down);
    }

    void failedReplicaSendsItsReadsToTheOthers()
    {
        const Architecture a = journeyAt(4);
        const Network healthy = compileNetwork(a);
        const Network failed = compileNetwork(a, {"replica-1"});
        auto reads = [](const Network &n, const char *id) {
            const ComponentModel &c = n.components[size_t(n.indexOf(QLatin1String(id)))];
            return c.arrival.at(ClassRead, OpDbRead) + c.arrival.at(ClassWrite, OpDbRead);
        };
        QCOMPARE(evaluate(failed, 10000).components[size_t(failed.indexOf("replica-1"))].arrivalRate, 0.0);
        const double all = reads(healthy, "replica-1") + reads(healthy, "replica-2");
        QVERIFY(all > 0);
        QVERIFY(std::abs(reads(failed, "replica-2") - all) < 1e-9 * all);
        QVERIFY(evaluate(failed, 10000).availability > 0.99);
    }

    void regionOutageMovesTrafficToTheOtherRegion()
    {
        const Architecture a = journeyAt(6);
        const Network failed = compileNetwork(a, {"region-west"});
        const Evaluation e = evaluate(failed, 1e6);
        QCOMPARE(arrival(failed, e, "lb-west"), 0.0);
        // Route 53 sends everyone to the east: all dynamic requests reach its load balancer.
        QVERIFY(std::abs(arrival(failed, e, "lb") - (e.classes[ClassRead].rate + e.classes[ClassWrite].rate)) < 1e-6);
        QCOMPARE(e.classes[ClassRead].errorRate, 0.0);
        // With half the web capacity gone the ceiling is lower than with both regions.
        QVERIFY(failed.ceilingUsers < compileNetwork(a).ceilingUsers);
    }

    void unknownIdIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compileNetwork(journeyAt(3), {"az-z"}));
    }
};

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
