// Fleets by hand: auto scaling (instances, capacity, billing, ceiling),
// availability across instances and zones, and monthly cost from catalog
// prices over the 730-hour month.
#include "tst_network_fixture.h"

using namespace scalescope;
using namespace fixture;

namespace {

// Web servers in an auto scaling group of 2 to 6 at 50% CPU, inside a zone
// inside a region.
Architecture autoScaled()
{
    return architecture(
        {component("users", "users"), component("web", "ec2", webParams(), "asg")},
        {edge("users", "web")},
        {group("region", "region"), group("az", "availability-zone", "region"),
         group("asg", "auto-scaling-group", "az", {{"minSize", 2.0}, {"maxSize", 6.0}, {"targetCpu", 0.5}})});
}

} // namespace

class TestNetworkFleet : public QObject {
    Q_OBJECT
private slots:
    void autoScalingInstanceCount_data()
    {
        // CPU work per user: 0.05 x 1 ms + 0.05 x 10 ms = 0.00055 vCPU-s/s; an
        // instance gives 2 vCPUs x 0.5 = 1, so n = ceil(0.00055 U) in [2, 6].
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("instances");
        QTest::newRow("no users: the minimum") << 0.0 << 2.0;
        QTest::newRow("1000: 0.55 -> min 2") << 1000.0 << 2.0;
        QTest::newRow("5000: 2.75 -> 3") << 5000.0 << 3.0;
        QTest::newRow("8000: 4.4 -> 5") << 8000.0 << 5.0;
        QTest::newRow("20000: 11 -> max 6") << 20000.0 << 6.0;
        QTest::newRow("1M: max 6") << 1e6 << 6.0;
    }
    void autoScalingInstanceCount()
    {
        QFETCH(double, users);
        QFETCH(double, instances);
        const Network n = compileValid(autoScaled());
        const ComponentModel &web = model(n, "web");
        QVERIFY(web.autoScaled);
        QCOMPARE(instancesAt(web, users), instances);
        const Evaluation e = evaluate(n, users);
        QCOMPARE(e.components[size_t(n.indexOf("web"))].instances, instances);
        const ResourceResult &cpu = resource(n, e, "web", "CPU");
        QCOMPARE(cpu.copies, instances);
        QCOMPARE_REL(cpu.capacity, instances * 2 / 0.0055, 1e-12);
        // Memory grows with the fleet: 8 GiB and 1024 MiB base per instance.
        const ResourceResult &mem = resource(n, e, "web", "memory");
        QCOMPARE_REL(mem.capacity, instances * 8192, 1e-12);
        QCOMPARE_REL(mem.demand, instances * 1024 + users * 0.00625, 1e-12);
    }

    void autoScalingBillsTheAverageLoad()
    {
        const Network n = compileValid(autoScaled());
        // 8000 users at the peak need 5 instances; the average (peak / 2 = 4000
        // users: ceil(2.2) = 3) is what runs most of the month.
        const Evaluation e = evaluate(n, 8000);
        QCOMPARE(e.components[size_t(n.indexOf("web"))].instances, 5.0);
        // Plus the answers to 8,000 users, which reach it directly (about 24 TB).
        QCOMPARE_REL(e.components[size_t(n.indexOf("web"))].monthlyCost, 3 * 71.68 + dataOutUsd(8000 * kGbPerUserMonth), 1e-12);
    }

    void autoScalingCeilingAtMaxSize()
    {
        const Network n = compileValid(autoScaled());
        // At 6 instances the CPU serves 6 x 2 / 5.5 ms = 2181.8 req/s = 0.1 U.
        QCOMPARE_REL(ceiling(n, "web", "CPU"), 6 * 2 / 0.0055 / 0.1, 1e-9);
        QCOMPARE_REL(n.ceilingUsers, 6 * 2 / 0.0055 / 0.1, 1e-9);
    }

    void fleetAvailability_data()
    {
        // EC2 SLA: 99.5% for one instance; 99.99% for a fleet across >= 2 zones.
        QTest::addColumn<double>("count");
        QTest::addColumn<double>("zones");
        QTest::addColumn<double>("availability");
        QTest::newRow("1 instance, 1 zone") << 1.0 << 1.0 << 0.995;
        QTest::newRow("2 instances, 1 zone: the zone caps it") << 2.0 << 1.0 << 0.995;
        QTest::newRow("1 instance, 2 zones") << 1.0 << 2.0 << 0.995;
        // 1 - 0.005^2 = 0.999975, capped at the multi-zone 0.9999.
        QTest::newRow("2 instances, 2 zones") << 2.0 << 2.0 << 0.9999;
        QTest::newRow("3 instances, 2 zones") << 3.0 << 2.0 << 0.9999;
    }
    void fleetAvailability()
    {
        QFETCH(double, count);
        QFETCH(double, zones);
        QFETCH(double, availability);
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams(count, zones))}, {edge("users", "web")}));
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(e.components[size_t(n.indexOf("web"))].availability, availability, 1e-12);
        QCOMPARE_REL(e.availability, availability, 1e-12);
        QCOMPARE_REL(e.downtimeMinutesPerYear, (1 - availability) * 525600, 1e-9);
    }

    void fourNinesIs52Minutes()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams(2, 2))}, {edge("users", "web")}));
        // 0.0001 x 525,600 min = 52.56 min a year.
        QCOMPARE_LE(std::abs(evaluate(n, 1000).downtimeMinutesPerYear - 52.56), 1e-6);
    }

    void databaseInSeries_data()
    {
        QTest::addColumn<bool>("multiAz");
        QTest::addColumn<double>("db");
        QTest::newRow("single-AZ RDS 99.5%") << false << 0.995;
        QTest::newRow("Multi-AZ RDS 99.95%") << true << 0.9995;
    }
    void databaseInSeries()
    {
        QFETCH(bool, multiAz);
        QFETCH(double, db);
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams(2, 2)),
             component("db", "rds", dbParams(multiAz))},
            {edge("users", "web"), edge("web", "db")}));
        const Evaluation e = evaluate(n, 1000);
        // Static requests stop at the web tier; dynamic ones need both.
        QCOMPARE_REL(e.classes[ClassStatic].availability, 0.9999, 1e-12);
        QCOMPARE_REL(e.classes[ClassRead].availability, 0.9999 * db, 1e-12);
        QCOMPARE_REL(e.classes[ClassWrite].availability, 0.9999 * db, 1e-12);
        // The headline weighs the classes by their requests: half are static.
        const double headline = 0.5 * 0.9999 + 0.5 * 0.9999 * db;
        QCOMPARE_REL(e.availability, headline, 1e-12);
        QCOMPARE_REL(e.downtimeMinutesPerYear, (1 - headline) * 525600, 1e-9);
    }

    void monthlyCostOfASmallArchitecture()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("dns", "route53", {{"queriesPerRequest", 0.01}, {"availability", 1.0}}),
             component("web", "ec2", webParams(2)), component("db", "rds", dbParams())},
            {edge("users", "dns"), edge("dns", "web"), edge("web", "db")}));
        const Evaluation e = evaluate(n, 1000);
        auto cost = [&](const char *id) { return e.components[size_t(n.indexOf(id))].monthlyCost; };
        // Route 53: zone 0.50 + queries: 0.1 req/s x 0.01 per user at the peak,
        // / 2 on average x 2,628,000 s = 1314 a month x 0.40 per million
        // = 0.0005256 per user; 1000 users: 0.5256.
        QCOMPARE_REL(cost("dns"), 0.5 + 0.5256, 1e-12);
        // Web: 2 x (0.096 x 730 + 20 GiB x 0.08) = 2 x 71.68, and its answers to the users.
        QCOMPARE_REL(cost("web"), 143.36 + dataOutUsd(1000 * kGbPerUserMonth), 1e-12);
        // DB: 0.171 x 730 = 124.83; 9.765625 GiB x 0.115 = 1.123046875.
        QCOMPARE_REL(cost("db"), 125.953046875, 1e-12);
        QCOMPARE(cost("users"), 0.0);
        QCOMPARE_REL(e.monthlyCost, 270.338646875 + dataOutUsd(1000 * kGbPerUserMonth), 1e-12);
        QCOMPARE_REL(e.costPerUser, (270.338646875 + dataOutUsd(1000 * kGbPerUserMonth)) / 1000, 1e-12);
    }

    void multiAzDoublesTheDatabaseBill()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams(true))},
            {edge("users", "web"), edge("web", "db")}));
        // A standby instance and a second copy of the storage: 2 x 124.83 + 2 x 1.123046875.
        QCOMPARE_REL(evaluate(n, 1000).components[size_t(n.indexOf("db"))].monthlyCost, 251.90609375, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFleet)
#include "tst_network_fleet.moc"
