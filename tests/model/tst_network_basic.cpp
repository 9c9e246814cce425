// Users -> web (1 x m5.large) -> RDS, computed by hand: class rates, CPU
// and database queues (M/M/2 in closed form), IOPS, connections, storage,
// ceilings, latency, availability, cost, the bottleneck, errors and a sweep.
#include "tst_network_fixture.h"

#include "sweep.h"

using namespace scalescope;
using namespace fixture;

namespace {

Architecture threeTier()
{
    return architecture({component("users", "users"), component("web", "ec2", webParams()),
                         component("db", "rds", dbParams())},
                        {edge("users", "web"), edge("web", "db")});
}

// Web CPU: per user 0.05 static x 1 ms + 0.05 dynamic x 10 ms = 0.00055
// vCPU-s over 0.1 req/s, so S = 5.5 ms on 2 servers: utilisation 0.000275 U.
constexpr double kWebS = 0.0055;
// Database: per user 0.1 reads x 1 ms + 0.01 writes x 4 ms = 0.00014 s over
// 0.11 queries/s: S = 0.00014 / 0.11, utilisation 0.00007 U.
constexpr double kDbS = 0.00014 / 0.11;

} // namespace

class TestNetworkBasic : public QObject {
    Q_OBJECT
private slots:
    // The catalog data these suites use and cannot set per component
    // (docs/sources.md and the AWS instance specs).
    void catalogFactsTheseTestsRelyOn()
    {
        const Catalog &cat = Catalog::builtin();
        const InstanceType *m5 = cat.instanceType("ec2", "m5.large");
        QVERIFY(m5);
        QCOMPARE(m5->vcpus, 2.0);
        QCOMPARE(m5->memoryGiB, 8.0);
        QCOMPARE(m5->hourlyUsd, 0.096);
        QCOMPARE(m5->baseline, 1.0);
        const InstanceType *db = cat.instanceType("rds", "db.m5.large");
        QVERIFY(db);
        QCOMPARE(db->vcpus, 2.0);
        QCOMPARE(db->memoryGiB, 8.0);
        QCOMPARE(db->hourlyUsd, 0.171);
        QCOMPARE(db->maxConnections, 0.0); // from memory by the MySQL formula
        QCOMPARE(cat.price("ebsGbMonth"), 0.08);
        QCOMPARE(cat.price("rdsStorageGbMonth"), 0.115);
        QCOMPARE(cat.price("route53ZoneMonth"), 0.5);
        QCOMPARE(cat.price("route53PerMillion"), 0.4);
    }

    void classRatesFromTheWorkload()
    {
        const Network n = compileValid(threeTier());
        // 1000 users x 0.1 online x 1 req/s = 100 req/s: half static, the
        // dynamic half 80% reads, 20% writes.
        QCOMPARE_REL(n.classRatePerUser[ClassStatic], 0.05, 1e-12);
        QCOMPARE_REL(n.classRatePerUser[ClassRead], 0.04, 1e-12);
        QCOMPARE_REL(n.classRatePerUser[ClassWrite], 0.01, 1e-12);
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(e.onlineUsers, 100.0, 1e-12);
        QCOMPARE_REL(e.peakRequestRate, 100.0, 1e-12);
        QCOMPARE_REL(e.classes[ClassStatic].rate, 50.0, 1e-12);
        QCOMPARE_REL(e.classes[ClassRead].rate, 40.0, 1e-12);
        QCOMPARE_REL(e.classes[ClassWrite].rate, 10.0, 1e-12);
    }

    void webTierRatesAndCpuQueue()
    {
        const Network n = compileValid(threeTier());
        const ComponentModel &web = model(n, "web");
        QCOMPARE_REL(perUser(web, OpStatic), 0.05, 1e-12);
        QCOMPARE_REL(perUser(web, OpRead), 0.04, 1e-12);
        QCOMPARE_REL(perUser(web, OpWrite), 0.01, 1e-12);
        QCOMPARE(model(n, "users").arrivalPerUser(), 0.0); // users send, they do no work
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(e.components[size_t(n.indexOf("web"))].arrivalRate, 100.0, 1e-12);
        const ResourceResult &cpu = resource(n, e, "web", "CPU");
        QCOMPARE(resourceModel(n, "web", "CPU").servers(), 2.0); // m5.large vCPUs
        QCOMPARE(cpu.copies, 1.0);
        QCOMPARE_REL(resourceModel(n, "web", "CPU").serviceTime(), kWebS, 1e-12);
        QCOMPARE_REL(cpu.demand, 100.0, 1e-12);
        QCOMPARE_REL(cpu.capacity, 2 / kWebS, 1e-12); // 363.64 req/s
        QCOMPARE_REL(cpu.utilization, 0.275, 1e-12);
        // rho = 0.275: C = 2 x 0.275^2 / 1.275 = 0.118627; Wq = C / (363.64 - 100)
        // = 0.45 ms; R = 5.5 + 0.45 = 5.95 ms.
        QCOMPARE_REL(cpu.responseTime, kWebS + 0.11862745098039216 / (2 / kWebS - 100), 1e-9);
        // Memory: 1024 MiB per instance + sessions 100 online x 64 KiB = 6.25 MiB, of 8 GiB.
        const ResourceResult &mem = resource(n, e, "web", "memory");
        QCOMPARE_REL(mem.demand, 1030.25, 1e-12);
        QCOMPARE_REL(mem.capacity, 8192.0, 1e-12);
    }

    void databaseResources()
    {
        const Network n = compileValid(threeTier());
        const ComponentModel &db = model(n, "db");
        // Every dynamic request reads twice; every write writes once.
        QCOMPARE_REL(perUser(db, OpDbRead), 0.1, 1e-12);
        QCOMPARE_REL(perUser(db, OpDbWrite), 0.01, 1e-12);
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(e.components[size_t(n.indexOf("db"))].arrivalRate, 110.0, 1e-12);
        const ResourceResult &q = resource(n, e, "db", "queries");
        QCOMPARE(resourceModel(n, "db", "queries").servers(), 2.0);
        QCOMPARE_REL(resourceModel(n, "db", "queries").serviceTime(), kDbS, 1e-12);
        QCOMPARE_REL(q.demand, 110.0, 1e-12);
        QCOMPARE_REL(q.utilization, 0.07, 1e-12);
        // rho = 0.07: C = 2 x 0.0049 / 1.07 = 0.0091589; Wq = C / (1571.43 - 110) = 6.27 us.
        QCOMPARE_REL(q.responseTime, kDbS + (2 * 0.0049 / 1.07) / (2 / kDbS - 110), 1e-9);
        // IOPS: 10 writes/s x 2 + 100 reads/s x 0.5 = 70 of 3000.
        const ResourceResult &iops = resource(n, e, "db", "IOPS");
        QCOMPARE_REL(iops.demand, 70.0, 1e-12);
        QCOMPARE_REL(iops.capacity, 3000.0, 1e-12);
        // Connections: pool 20 x 1 web instance; max_connections =
        // floor(8 GiB / 12582880 B) = floor(8589934592 / 12582880) = 682.
        const ResourceResult &conn = resource(n, e, "db", "connections");
        QCOMPARE_REL(conn.demand, 20.0, 1e-12);
        QCOMPARE(conn.capacity, 682.0);
        // Storage: 1000 users x 10 MiB = 9.765625 GiB of 100.
        const ResourceResult &disk = resource(n, e, "db", "storage");
        QCOMPARE_REL(disk.demand, 9.765625, 1e-12);
        QCOMPARE_REL(disk.capacity, 100.0, 1e-12);
    }

    void ceilingsPerResourceAndOverall()
    {
        const Network n = compileValid(threeTier());
        // Users at 100%: capacity / demand per user.
        QCOMPARE_REL(ceiling(n, "web", "CPU"), 1 / 0.000275, 1e-9);            // 3,636.36
        QCOMPARE_REL(ceiling(n, "web", "memory"), (8192 - 1024) / 0.00625, 1e-9); // 1,146,880
        QCOMPARE_REL(ceiling(n, "db", "queries"), 1 / 0.00007, 1e-9);          // 14,285.7
        // IOPS: 0.07 a user while the working set (10 MiB / 36 a user) fits the
        // buffer pool (3/4 of 8 GiB), up to 6 GiB x 1024 x 36 / 10 MiB = 22,118.4
        // users; from there the reads that did not miss already (1 - 0.5 of
        // 0.1 a user) miss in proportion: 0.07 u + 0.1 x 0.5 x (u - 22,118.4) = 3,000.
        const double poolUsers = 6.0 * 1024 / (10 * 0.027778); // the catalog's 1/36, as written
        QCOMPARE_REL(ceiling(n, "db", "IOPS"), (3000 + 0.05 * poolUsers) / 0.12, 1e-9); // 34,216
        QCOMPARE_REL(ceiling(n, "db", "storage"), 100 / (10.0 / 1024), 1e-9);  // 10,240
        QVERIFY(std::isinf(ceiling(n, "db", "connections"))); // a fixed fleet never adds connections
        QCOMPARE_REL(n.ceilingUsers, 1 / 0.000275, 1e-9);
        QCOMPARE(n.ceilingComponent, n.indexOf("web"));
        QCOMPARE(n.components[size_t(n.ceilingComponent)].resources[size_t(n.ceilingResource)].name,
                 QStringLiteral("CPU"));
    }

    void latencyPerClass()
    {
        const Network n = compileValid(threeTier());
        const Evaluation e = evaluate(n, 1000);
        // CPUs and database engines share their cores (processor sharing): a
        // request's own service time is stretched by the M/M/2 station's
        // E[R] / E[S] = 1 + Wq / E[S], whatever the mix of times it serves.
        const double webStretch = 1 + mm2Wait(100, kWebS) / kWebS; // Wq 0.45 ms on a 5.5 ms mean
        const double dbStretch = 1 + mm2Wait(110, kDbS) / kDbS;
        // Static: 1 ms of web service, stretched.
        QCOMPARE_REL(e.classes[ClassStatic].latency, webStretch * 0.001, 1e-9);
        // Read: 10 ms on the web server and two 1 ms queries.
        QCOMPARE_REL(e.classes[ClassRead].latency, webStretch * 0.010 + 2 * dbStretch * 0.001, 1e-9);
        // Write: 10 ms on the web server, two reads and one 4 ms write.
        QCOMPARE_REL(e.classes[ClassWrite].latency, webStretch * 0.010 + dbStretch * (2 * 0.001 + 0.004), 1e-9);
        for (const ClassResult &c : e.classes)
            QCOMPARE(c.errorRate, 0.0);
    }

    void availabilityInSeries()
    {
        const Evaluation e = evaluate(compileValid(threeTier()), 1000);
        // One web instance in one zone (99.5%) then one database (99.5%); the
        // database is on the path once however often a request visits it.
        QCOMPARE_REL(e.classes[ClassStatic].availability, 0.995, 1e-12);
        QCOMPARE_REL(e.classes[ClassRead].availability, 0.995 * 0.995, 1e-12);
        // The headline weighs the classes by their requests: half static, half dynamic.
        const double headline = 0.5 * 0.995 + 0.5 * 0.990025; // 0.9925125
        QCOMPARE_REL(e.availability, headline, 1e-12);
        QCOMPARE_REL(e.downtimeMinutesPerYear, (1 - headline) * 525600, 1e-9); // 3,921.4 min
    }

    void monthlyCost()
    {
        const Network n = compileValid(threeTier());
        const Evaluation e = evaluate(n, 1000);
        // Web: 0.096 $/h x 730 h + 20 GiB EBS x 0.08 = 70.08 + 1.60 = 71.68, and
        // its answers to the users (about 3 TB).
        const double dataOut = dataOutUsd(1000 * kGbPerUserMonth);
        QCOMPARE_REL(e.components[size_t(n.indexOf("web"))].monthlyCost, 71.68 + dataOut, 1e-12);
        // DB: 0.171 x 730 = 124.83 + storage 9.765625 GiB x 0.115 = 1.123046875.
        QCOMPARE_REL(e.components[size_t(n.indexOf("db"))].monthlyCost, 125.953046875, 1e-12);
        QCOMPARE_REL(e.monthlyCost, 197.633046875 + dataOut, 1e-12);
        QCOMPARE_REL(e.costPerUser, (197.633046875 + dataOut) / 1000, 1e-12);
    }

    void bottleneckIsTheHighestUtilisation()
    {
        const Network n = compileValid(threeTier());
        // At 10 users the web memory (1024.06 / 8192 = 12.5%) beats the
        // connections (20 / 682 = 2.9%) and the CPU (0.275%).
        Evaluation e = evaluate(n, 10);
        QCOMPARE(e.bottleneckComponent, n.indexOf("web"));
        QCOMPARE(e.bottleneckResource, resourceIndex(model(n, "web"), "memory"));
        QCOMPARE_REL(e.bottleneckUtilization, (1024 + 0.0625) / 8192, 1e-12);
        // At 1000 users the CPU (27.5%) leads.
        e = evaluate(n, 1000);
        QCOMPARE(e.bottleneckComponent, n.indexOf("web"));
        QCOMPARE(e.bottleneckResource, resourceIndex(model(n, "web"), "CPU"));
        QCOMPARE_REL(e.bottleneckUtilization, 0.275, 1e-12);
        const int db = n.indexOf("db");
        QCOMPARE(e.components[size_t(db)].busiest, resourceIndex(model(n, "db"), "storage")); // 9.8%
    }

    void errorShareAboveSaturation_data()
    {
        QTest::addColumn<double>("rho");
        QTest::newRow("125%") << 1.25;
        QTest::newRow("200%") << 2.0;
    }
    void errorShareAboveSaturation()
    {
        QFETCH(double, rho);
        const Network n = compileValid(threeTier());
        const double users = rho / 0.000275; // CPU at rho; the database stays below 100%
        const Evaluation e = evaluate(n, users);
        const ComponentResult &web = e.components[size_t(n.indexOf("web"))];
        QCOMPARE_REL(web.utilization, rho, 1e-12);
        QCOMPARE_REL(web.errorShare, 1 - 1 / rho, 1e-12);
        QCOMPARE(e.components[size_t(n.indexOf("db"))].errorShare, 0.0);
        for (const ClassResult &c : e.classes)
            QCOMPARE_REL(c.errorRate, 1 - 1 / rho, 1e-12);
        // A saturated queue holds a request until the 30 s timeout.
        QCOMPARE_REL(resource(n, e, "web", "CPU").responseTime, 30 + kWebS, 1e-12);
        // The requests that are served waited about the timeout; the rest are
        // errors, never a latency of several timeouts added up.
        QVERIFY(e.classes[ClassRead].saturated);
        QCOMPARE(e.classes[ClassRead].latency, 30.0);
        QCOMPARE(e.classes[ClassRead].p99, 30.0);
        QCOMPARE(e.bottleneckComponent, n.indexOf("web"));
        QCOMPARE_REL(e.bottleneckUtilization, rho, 1e-12);
    }

    void sweepIsLogSpacedWithExactEnds()
    {
        const Network n = compileValid(threeTier());
        const Sweep s = sweep(n, 1, 1e6, 7);
        QCOMPARE(s.points.size(), size_t(7));
        QCOMPARE(s.componentCount, 3);
        QCOMPARE(s.points.front().users, 1.0);
        QCOMPARE(s.points.back().users, 1e6);
        for (size_t p = 0; p < s.points.size(); ++p)
            QCOMPARE_REL(s.points[p].users, std::pow(10.0, double(p)), 1e-12);
        // A fixed fleet only gets busier as users grow.
        for (size_t p = 1; p < s.points.size(); ++p) {
            QVERIFY(s.points[p].bottleneckUtilization > s.points[p - 1].bottleneckUtilization);
            for (size_t c = 0; c < n.components.size(); ++c)
                QVERIFY(s.componentUtilization(p, c) >= s.componentUtilization(p - 1, c));
        }
        const size_t web = size_t(n.indexOf("web"));
        QVERIFY(s.componentUtilization(6, web) > s.componentUtilization(5, web));
        // Each point is the evaluation at its user count.
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(s.points[3].monthlyCost, e.monthlyCost, 1e-12);
        QCOMPARE_REL(s.points[3].latency[ClassRead], e.classes[ClassRead].latency, 1e-12);
        QCOMPARE_REL(s.componentUtilization(3, web), 0.275, 1e-12);
    }

    void logSpaceEnds()
    {
        const std::vector<double> u = logSpace(3, 7777, 5);
        QCOMPARE(u.size(), size_t(5));
        QCOMPARE(u.front(), 3.0);
        QCOMPARE(u.back(), 7777.0);
        const double ratio = std::pow(7777.0 / 3.0, 0.25); // geometric steps
        for (size_t i = 1; i < u.size(); ++i)
            QCOMPARE_REL(u[i] / u[i - 1], ratio, 1e-12);
        QCOMPARE(logSpace(5, 50, 1), std::vector<double>{5.0});
        QVERIFY(logSpace(1, 10, 0).empty());
        QVERIFY(logSpace(0, 10, 4).empty()); // no logarithm of zero
    }
};

QTEST_GUILESS_MAIN(TestNetworkBasic)
#include "tst_network_basic.moc"
