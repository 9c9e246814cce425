// The model's answers about how the service is doing (servicestatus.h and
// bottleneckAt), by hand on users -> web (1 x m5.large) -> RDS: web CPU is
// 0.000275 x users busy (ceiling 3,636.36), web memory (1,024 + 0.00625 x
// users) of 8,192 MiB, database queries 0.00007 x users (tst_network_basic
// derives these).
#include "tst_network_fixture.h"

#include "bottleneck.h"
#include "servicestatus.h"

using namespace scalescope;
using namespace fixture;

namespace {

constexpr double kWebCeiling = 1 / 0.000275;

Architecture threeTier()
{
    Group region;
    region.id = QStringLiteral("region");
    region.kind = QStringLiteral("region");
    Group zoneA;
    zoneA.id = QStringLiteral("az-a");
    zoneA.kind = QStringLiteral("availability-zone");
    zoneA.parent = QStringLiteral("region");
    Group zoneB = zoneA;
    zoneB.id = QStringLiteral("az-b");
    return architecture({component("users", "users"), component("web", "ec2", webParams(2, 2), "az-a"),
                         component("db", "rds", dbParams(), "az-b")},
                        {edge("users", "web"), edge("web", "db")}, {region, zoneA, zoneB});
}

} // namespace

class TestServiceStatus : public QObject {
    Q_OBJECT
private slots:
    // 1,000 reads failing half, 200 writes failing a fifth, no static
    // requests: (500 + 40) / 1,200 = 45%.
    void failingShareWeighsEachClassByItsRate()
    {
        Evaluation e;
        e.classes[ClassRead] = {1000, 0.04, 0.5, 1};
        e.classes[ClassWrite] = {200, 0.06, 0.2, 1};
        QCOMPARE_REL(failingShare(e), 0.45, 1e-12);
        e.classes[ClassStatic] = {800, 0.01, 0, 1}; // 540 of 2,000
        QCOMPARE_REL(failingShare(e), 0.27, 1e-12);
        QCOMPARE(failingShare(Evaluation{}), 0.0); // no requests, nothing fails
    }

    void saturatedFromTheCeilingOn()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db")}));
        QCOMPARE_REL(n.ceilingUsers, kWebCeiling, 1e-9);
        // Below: web CPU at 99% of its ceiling's load, nothing fails.
        QVERIFY(!saturation(n, evaluate(n, kWebCeiling * 0.99)));
        // At the ceiling: the first resource to reach 100% is named.
        const auto at = saturation(n, evaluate(n, n.ceilingUsers));
        QVERIFY(at);
        QCOMPARE(at->component, n.indexOf("web"));
        QCOMPARE(at->resource, resourceIndex(model(n, "web"), "CPU"));
        // Past it, the same (the ceiling rule comes first).
        const auto past = saturation(n, evaluate(n, 10 * kWebCeiling));
        QVERIFY(past);
        QCOMPARE(past->component, n.indexOf("web"));
    }

    void saturatedWhenRequestsFailBelowTheCeiling()
    {
        // An evaluation that says requests fail is saturated whatever the
        // ceiling: the evaluation's bottleneck is named.
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db")}));
        Evaluation e = evaluate(n, 100);
        QVERIFY(!saturation(n, e));
        e.classes[ClassWrite].errorRate = 0.01;
        const auto s = saturation(n, e);
        QVERIFY(s);
        QCOMPARE(s->component, e.bottleneckComponent);
        QCOMPARE(s->resource, e.bottleneckResource);
    }

    // Memory (12.5% + 7.63e-7 x users) is the web's busiest resource until CPU
    // (0.000275 x users) passes it at 0.125 / (0.000275 - 0.00625 / 8192)
    // = 456.8 users; the bottleneck is read at exactly the count asked for.
    void bottleneckAtTheExactUserCount()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db")}));
        const double crossover = (1024.0 / 8192) / (0.000275 - 0.00625 / 8192);
        const int web = n.indexOf("web");
        const Bottleneck below = bottleneckAt(n, crossover * 0.999);
        QCOMPARE(below.component, web);
        QCOMPARE(below.resource, resourceIndex(model(n, "web"), "memory"));
        const Bottleneck above = bottleneckAt(n, crossover * 1.001);
        QCOMPARE(above.component, web);
        QCOMPARE(above.resource, resourceIndex(model(n, "web"), "CPU"));
        QCOMPARE_REL(above.utilization, 0.000275 * crossover * 1.001, 1e-9);
    }

    void failureCandidatesAreZonesRegionsThenComponents()
    {
        const Architecture a = threeTier();
        QCOMPARE(failureCandidates(a), (QStringList{"region", "az-a", "az-b", "users", "web", "db"}));
        QCOMPARE(knownFailures(a, {"az-b", "ghost", "az-b", "web"}), (QStringList{"az-b", "web"}));
    }

    // Two web servers spread over two zones (ceiling 7,273 users): losing
    // az-a leaves one of them, so half the CPU: the ceiling halves, to 3,636.
    void aZoneLostHalvesTheWebTier()
    {
        const Architecture a = threeTier();
        const Network healthy = compileValid(a);
        const Network broken = compileNetwork(a, {"az-a"});
        QCOMPARE_REL(healthy.ceilingUsers, 2 * kWebCeiling, 1e-9);
        const FailureReport holds = reportFailure({"az-a"}, healthy, broken, evaluate(broken, 1000));
        QVERIFY(holds.serviceUp);
        QVERIFY(holds.holdsUsers);
        QVERIFY(holds.down.isEmpty());
        QCOMPARE_REL(holds.ceiling, kWebCeiling, 1e-9);
        QCOMPARE_REL(holds.capacityShare, 0.5, 1e-9);
        QCOMPARE(holds.users, 1000.0);
        const FailureReport over = reportFailure({"az-a"}, healthy, broken, evaluate(broken, 5000));
        QVERIFY(over.serviceUp);
        QVERIFY(!over.holdsUsers); // 5,000 > 3,636
    }

    void theDatabasesZoneLostTakesTheServiceDown()
    {
        const Architecture a = threeTier();
        const Network healthy = compileValid(a);
        const Network broken = compileNetwork(a, {"az-b"});
        const FailureReport r = reportFailure({"az-b"}, healthy, broken, evaluate(broken, 100));
        QCOMPARE(r.down, QStringList{"db"});
        QVERIFY(!r.serviceUp);
        QVERIFY(!r.holdsUsers);
    }

    void anErrorHoldsNothing()
    {
        const FailureReport r = failureReportError({"az-a"}, 500, QStringLiteral("a cycle"));
        QCOMPARE(r.error, QStringLiteral("a cycle"));
        QVERIFY(!r.serviceUp);
        QVERIFY(!r.holdsUsers);
        QCOMPARE(r.users, 500.0);
    }
};

QTEST_GUILESS_MAIN(TestServiceStatus)
#include "tst_servicestatus.moc"
