// The bill line by line: volume tiers priced on the month's total and
// shared, surplus CPU credits of unlimited T3 and T4g, internet data out only
// where users arrive without a CDN, calls across availability zones, RDS gp3
// IOPS that follow the storage and provisioned IOPS above what a volume
// includes, and a single server's database working set in memory. Expected values are hand
// computations from the fixture's figures and AWS's published tiers.
#include "costs.h"
#include "report.h"
#include "tst_network_fixture.h"
#include "workload.h"

using namespace fixture;

namespace {

constexpr double kMonthSeconds = 730.0 * 3600.0;

// GB a month per user of the fixture's responses at the average rate: per
// user 0.05 files/s of 32 KiB and 0.05 API calls/s of 16 KiB at the peak,
// half that on average.
double gbPerUser()
{
    return (0.05 * 32 + 0.05 * 16) / 2 * kMonthSeconds / (1024.0 * 1024.0);
}

double lineCost(const Network &n, const Evaluation &e, const QString &id, CostKind kind)
{
    const int i = n.indexOf(id);
    double usd = 0;
    for (size_t k = 0; k < n.components[size_t(i)].costLines.size(); ++k)
        if (n.components[size_t(i)].costLines[k].kind == kind)
            usd += e.components[size_t(i)].costLines[k];
    return usd;
}

const PriceTiers &tiers(const char *key) { return *Catalog::builtin().priceTiers(QLatin1String(key)); }

ParamMap with(ParamMap p, const QString &key, const ParamValue &value)
{
    p.insert(key, value);
    return p;
}

} // namespace

class TestCosts : public QObject {
    Q_OBJECT
private slots:
    void tiersPriceEachSliceAtItsRate()
    {
        // CloudFront US: 1 TB free, then $0.085 to 10 TB, $0.080 to 50 TB, $0.060 to 150 TB.
        const PriceTiers &cf = tiers("cloudfrontDataOut");
        QCOMPARE(cf.cost(500), 0.0);
        QCOMPARE_REL(cf.cost(2048), 1024 * 0.085, 1e-12);
        QCOMPARE_REL(cf.cost(60000), (10240 - 1024) * 0.085 + (51200 - 10240) * 0.080 + (60000 - 51200) * 0.060, 1e-12);
        // Beyond 5 PB every GB costs $0.020.
        QCOMPARE_REL(cf.cost(6e6) - cf.cost(5.5e6), 5e5 * 0.020, 1e-12);
        // Internet data out: 100 GB free, then $0.09 to 10 TB.
        QCOMPARE_REL(tiers("internetDataOut").cost(1100), 1000 * 0.09, 1e-12);
    }

    void usersReachingALoadBalancerPayInternetDataOut()
    {
        const Network n = compileValid(architecture({component("users", "users"), component("lb", "alb"), component("web", "ec2", webParams())},
                                                    {edge("users", "lb"), edge("lb", "web")}));
        const double users = 10000;
        const Evaluation e = evaluate(n, users);
        const double gb = gbPerUser() * users; // about 30 TB
        QCOMPARE_REL(lineCost(n, e, "lb", CostKind::Transfer), (10240 - 100) * 0.09 + (gb - 10240) * 0.085, 1e-9);
        QCOMPARE(lineCost(n, e, "web", CostKind::Transfer), 0.0); // behind the load balancer: no internet
    }

    void aCdnInFrontCarriesTheDataOutInstead()
    {
        const Network n = compileValid(architecture({component("users", "users"), component("cdn", "cloudfront"), component("lb", "alb"),
                                                     component("web", "ec2", webParams())},
                                                    {edge("users", "cdn"), edge("cdn", "lb"), edge("lb", "web")}));
        const double users = 10000;
        const Evaluation e = evaluate(n, users);
        QCOMPARE_REL(lineCost(n, e, "cdn", CostKind::Transfer), tiers("cloudfrontDataOut").cost(gbPerUser() * users), 1e-9);
        QCOMPARE(lineCost(n, e, "lb", CostKind::Transfer), 0.0); // origin to CloudFront is free
    }

    void componentsShareOneTierSchedule()
    {
        // Two load balancers take half the users each: the tiers apply to the
        // account's total, so each pays half of the total's price, which is
        // less than pricing each half on its own.
        const Network n = compileValid(architecture(
            {component("users", "users"), component("dns", "route53"), component("lb1", "alb"), component("lb2", "alb"),
             component("web1", "ec2", webParams()), component("web2", "ec2", webParams())},
            {edge("users", "dns"), edge("dns", "lb1"), edge("dns", "lb2"), edge("lb1", "web1"), edge("lb2", "web2")}));
        const double users = 1e6;
        const Evaluation e = evaluate(n, users);
        const double total = gbPerUser() * users;
        const PriceTiers &out = tiers("internetDataOut");
        QCOMPARE_REL(lineCost(n, e, "lb1", CostKind::Transfer), out.cost(total) / 2, 1e-9);
        QCOMPARE_REL(lineCost(n, e, "lb2", CostKind::Transfer), out.cost(total) / 2, 1e-9);
        QVERIFY(out.cost(total) < 2 * out.cost(total / 2));
    }

    void unlimitedT3BillsTheAverageAboveItsBaseline()
    {
        // t3.medium: 2 vCPU, baseline 20%. CPU work per user 0.05 x 1 ms + 0.05 x 10 ms
        // = 0.55 ms/s; at 2,000 users 1.1 vCPU busy at the peak: 55%, 27.5% on average.
        const ParamMap web = with(webParams(), "instanceType", QStringLiteral("t3.medium"));
        const Network n = compileValid(architecture({component("users", "users"), component("web", "ec2", web)}, {edge("users", "web")}));
        const Evaluation e = evaluate(n, 2000);
        QCOMPARE_REL(lineCost(n, e, "web", CostKind::CpuCredits), 2 * 0.05 * 730 * (0.275 - 0.2), 1e-9);
        QCOMPARE(lineCost(n, evaluate(n, 1000), "web", CostKind::CpuCredits), 0.0); // 13.75% on average
        // Full speed: the CPU runs out at 2 vCPU / 0.55 ms per user.
        QCOMPARE_REL(ceiling(n, "web", "CPU"), 2 / 0.00055, 1e-6);
    }

    void standardModeHoldsT3ToItsBaseline()
    {
        ParamMap web = with(webParams(), "instanceType", QStringLiteral("t3.medium"));
        web.insert("unlimitedCredits", false);
        const Network n = compileValid(architecture({component("users", "users"), component("web", "ec2", web)}, {edge("users", "web")}));
        QCOMPARE_REL(ceiling(n, "web", "CPU"), 2 * 0.2 / 0.00055, 1e-6);
        QCOMPARE(lineCost(n, evaluate(n, 700), "web", CostKind::CpuCredits), 0.0);
    }

    void rdsIopsFollowTheStorage()
    {
        // Per user at the primary: 0.01 writes x 2 IOPS + 0.05 dynamic requests x 2 reads x 0.5 IOPS = 0.07 IOPS.
        ParamMap db = with(dbParams(), "iops", 0.0);
        db.insert("storageGiB", 65536.0);
        db.insert("dbWorkingSetShare", 0.0); // the buffer pool's misses stay at iopsPerRead (tested below)
        Architecture a = architecture({component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", db)},
                                      {edge("users", "web"), edge("web", "db")});
        // 10 MiB a user fills 400 GiB at 40,960 users, before 3,000 IOPS run out
        // at 42,857: from there the volume is striped, 12,000 IOPS.
        QCOMPARE_REL(ceiling(compileValid(a), "db", "IOPS"), 12000 / 0.07, 1e-6);
        // 1 MiB a user reaches 400 GiB only at 409,600 users: 3,000 IOPS run out first.
        a.workload.dataPerUserMiB = 1;
        QCOMPARE_REL(ceiling(compileValid(a), "db", "IOPS"), 3000 / 0.07, 1e-6);
        // A provisioned figure replaces the rule.
        a.components[2].params.insert("iops", 6000.0);
        QCOMPARE_REL(ceiling(compileValid(a), "db", "IOPS"), 6000 / 0.07, 1e-6);
    }

    void rdsBufferPoolMissesGrowOnceTheWorkingSetOutgrowsIt()
    {
        // m5.large: 8 GiB, a pool of 3/4 = 6 GiB. 10 MiB a user, a working set of
        // 1/36 of it: the pool holds it up to 6 x 1024 x 36 / 10 = 22,118.4 users.
        ParamMap db = with(dbParams(), "iops", 100000.0);
        db.insert("dbWorkingSetShare", 1.0 / 36);
        db.insert("storageThroughputMiBps", 4000.0);
        const Architecture a = architecture({component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", db)},
                                            {edge("users", "web"), edge("web", "db")});
        const Network n = compileValid(a);
        const double poolUsers = 6.0 * 1024 * 36 / 10;
        // Below it: 0.01 writes x 2 + 0.1 reads x 0.5 (iopsPerRead) = 0.07 IOPS a user.
        QCOMPARE_REL(resource(n, evaluate(n, 20000), "db", "IOPS").demand, 0.07 * 20000, 1e-12);
        // At 4x the pool's users the working set is 4x the pool: the reads that
        // would have hit (half of them) hit only in 1/4, so 3/4 of them miss too.
        const double u = 4 * poolUsers;
        const double expected = 0.02 * u + 0.1 * u * (0.5 + 0.5 * 0.75);
        QCOMPARE_REL(resource(n, evaluate(n, u), "db", "IOPS").demand, expected, 1e-9);
        // Each I/O moves a 16 KiB page, on the throughput too.
        QCOMPARE_REL(resource(n, evaluate(n, u), "db", "throughput").demand, expected * 16 / 1024, 1e-9);
        // The ceiling where the growing misses use up provisioned IOPS: 0.12 u - 0.05 x pool = 100,000.
        QCOMPARE_REL(ceiling(n, "db", "IOPS"), (100000 + 0.05 * poolUsers) / 0.12, 1e-9);
        // The inspector and the command line say where that starts.
        const ComponentModel &dbModel = model(n, "db");
        const ResourceModel &io = dbModel.resources[size_t(resourceIndex(dbModel, "IOPS"))];
        QCOMPARE_REL(io.aboveUsers(), poolUsers, 1e-9);
        QVERIFY(resourceNote(io).contains(humanNumber(poolUsers)));
        QVERIFY(resourceNote(dbModel.resources[size_t(resourceIndex(dbModel, "queries"))]).isEmpty());
        // Twice the memory (m5.xlarge, 16 GiB) holds twice the users before missing more.
        Architecture larger = a;
        larger.components[2].params.insert("instanceType", QStringLiteral("db.m5.xlarge"));
        const Network big = compileValid(larger);
        QCOMPARE_REL(resource(big, evaluate(big, 2 * poolUsers), "db", "IOPS").demand, 0.07 * 2 * poolUsers, 1e-12);
    }

    void rdsThroughputFollowsTheStorageToo()
    {
        // 0.07 IOPS a user (as above), each moving a 16 KiB page: 0.07 x 16 / 1024 MiB/s.
        const double mibPerUser = 0.07 * 16 / 1024;
        ParamMap db = with(dbParams(), "iops", 40000.0);
        db.insert("storageGiB", 65536.0);
        db.insert("dbWorkingSetShare", 0.0);
        Architecture a = architecture({component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", db)},
                                      {edge("users", "web"), edge("web", "db")});
        a.workload.dataPerUserMiB = 1;
        // 1 MiB a user fills 400 GiB at 409,600 users; 125 MiB/s run out first.
        QCOMPARE_REL(ceiling(compileValid(a), "db", "throughput"), 125 / mibPerUser, 1e-6);
        // 10 MiB a user: striped from 40,960 users, 500 MiB/s.
        a.workload.dataPerUserMiB = 10;
        QCOMPARE_REL(ceiling(compileValid(a), "db", "throughput"), 500 / mibPerUser, 1e-6);
        // Provisioned 1,000 MiB/s: the ceiling follows, and 500 above the included are billed at $0.08.
        a.components[2].params.insert("storageThroughputMiBps", 1000.0);
        const Network n = compileValid(a);
        QCOMPARE_REL(ceiling(n, "db", "throughput"), 1000 / mibPerUser, 1e-6);
        QCOMPARE_REL(lineCost(n, evaluate(n, 0), "db", CostKind::Storage), (40000 - 12000) * 0.02 + 500 * 0.08, 1e-9);
    }

    void aLocalDatabaseKeepsItsWorkingSetInMemory()
    {
        // t3.micro (1 GiB): 512 MiB for the system, 256 MiB for the database
        // server; per user a tenth of 10 MiB of data and 0.1 online x 64 KiB of session.
        ParamMap web = with(webParams(), "instanceType", QStringLiteral("t3.micro"));
        web.insert("localDatabase", true);
        web.insert("baseMemoryMiB", 512.0);
        web.insert("dbMemoryMiB", 256.0);
        web.insert("dbWorkingSetShare", 0.1);
        const Network n = compileValid(architecture({component("users", "users"), component("web", "ec2", web)}, {edge("users", "web")}));
        QCOMPARE_REL(ceiling(n, "web", "memory"), (1024.0 - 768.0) / (1.0 + 0.1 * 64 / 1024), 1e-6);
    }

    void unlimitedT4gPaysItsOwnCreditPrice()
    {
        // t4g.medium: 2 vCPU, baseline 20% like t3.medium, but surplus credits at
        // $0.04 a vCPU-hour (T3: $0.05). Same load as above: 27.5% on average.
        const ParamMap web = with(webParams(), "instanceType", QStringLiteral("t4g.medium"));
        const Network n = compileValid(architecture({component("users", "users"), component("web", "ec2", web)}, {edge("users", "web")}));
        const Evaluation e = evaluate(n, 2000);
        QCOMPARE_REL(lineCost(n, e, "web", CostKind::CpuCredits), 2 * 0.04 * 730 * (0.275 - 0.2), 1e-9);
        QCOMPARE_REL(lineCost(n, e, "web", CostKind::Compute), 0.0336 * 730, 1e-9);
    }

    void callsAcrossZonesPayOutAndIn()
    {
        // Per user at the peak the web tier sends the database 0.05 x 2 reads
        // and 0.01 writes a second, each moving one 2 KiB item: 0.22 KiB/s, half
        // that on average. Web servers in two zones and a database in one: half
        // the calls cross, and each GB is billed $0.01 out and $0.01 in.
        Architecture a = architecture({component("users", "users"), component("lb", "alb"), component("web", "ec2", webParams(2, 2)),
                                       component("db", "rds", dbParams())},
                                      {edge("users", "lb"), edge("lb", "web"), edge("web", "db")});
        a.workload.itemKiB = 2;
        const double users = 10000;
        const double gbPerUser = 0.22 / 2 * kMonthSeconds / (1024.0 * 1024.0);
        const Network n = compileValid(a);
        QCOMPARE_REL(lineCost(n, evaluate(n, users), "web", CostKind::Transfer), users * gbPerUser * 0.5 * 0.02, 1e-9);
        // One zone for both: nothing crosses. The load balancer reaches its
        // targets in every zone at no zone charge.
        a.components[2].params.insert("zones", 1.0);
        const Network one = compileValid(a);
        QCOMPARE(lineCost(one, evaluate(one, users), "web", CostKind::Transfer), 0.0);
        QCOMPARE(lineCost(n, evaluate(n, users), "lb", CostKind::Transfer), lineCost(one, evaluate(one, users), "lb", CostKind::Transfer));
        // Three zones calling a cache in two: a call stays with chance 2 / (3 x 2).
        Architecture c = architecture({component("users", "users"), component("lb", "alb"), component("web", "ec2", webParams(3, 3)),
                                       component("cache", "elasticache", {{"zones", 2.0}, {"hitRatio", 1.0}}), component("db", "rds", dbParams())},
                                      {edge("users", "lb"), edge("lb", "web"), edge("web", "cache"), edge("cache", "db"), edge("web", "db")});
        c.workload.itemKiB = 2;
        c.workload.sessionKiB = 0;
        const Network cached = compileValid(c);
        // Every read goes to the cache and hits; the writes go to the database in one zone.
        const double cacheGb = 0.05 * 2 * 2 / 2 * kMonthSeconds / (1024.0 * 1024.0);
        const double dbGb = 0.01 * 2 / 2 * kMonthSeconds / (1024.0 * 1024.0);
        QCOMPARE_REL(lineCost(cached, evaluate(cached, users), "web", CostKind::Transfer),
                     users * (cacheGb * (1 - 2.0 / 6) + dbGb * (1 - 1.0 / 3)) * 0.02, 1e-9);
    }

    void provisionedIopsAboveWhatTheVolumeIncludes()
    {
        // RDS gp3 from 400 GiB includes 12,000 IOPS; 20,000 provisioned on a
        // Multi-AZ instance bill 8,000 on each copy at $0.02 an IOPS-month.
        ParamMap db = with(dbParams(true), "iops", 20000.0);
        ParamMap web = with(webParams(3), "ebsIops", 6000.0);
        Architecture a = architecture({component("users", "users"), component("web", "ec2", web), component("db", "rds", db)},
                                      {edge("users", "web"), edge("web", "db")});
        Network n = compileValid(a);
        // With no users the stored data is nothing: what is left is the IOPS line.
        QCOMPARE_REL(lineCost(n, evaluate(n, 0), "db", CostKind::Storage), 2 * 8000 * 0.02, 1e-9);
        // EBS gp3 includes 3,000 on any volume: 3,000 more on each of three web
        // servers at $0.005, beside their 20 GiB at $0.08.
        QCOMPARE_REL(lineCost(n, evaluate(n, 0), "web", CostKind::Storage), 3 * (20 * 0.08 + 3000 * 0.005), 1e-9);
        // Within what is included nothing more is billed.
        a.components[2].params.insert("iops", 12000.0);
        n = compileValid(a);
        QCOMPARE(lineCost(n, evaluate(n, 0), "db", CostKind::Storage), 0.0);
    }

    void theKindsAddUpToTheBill()
    {
        const Network n = compileValid(architecture({component("users", "users"), component("cdn", "cloudfront"), component("lb", "alb"),
                                                     component("web", "ec2", webParams(2)), component("db", "rds", dbParams(true))},
                                                    {edge("users", "cdn"), edge("cdn", "lb"), edge("lb", "web"), edge("web", "db")}));
        const Evaluation e = evaluate(n, 50000);
        double sum = 0;
        for (double usd : costByKind(n, e))
            sum += usd;
        QCOMPARE_REL(sum, e.monthlyCost, 1e-12);
        double components = 0;
        for (const ComponentResult &r : e.components)
            components += r.monthlyCost;
        QCOMPARE_REL(components, e.monthlyCost, 1e-12);
        // Two m5.large web servers and a Multi-AZ db.m5.large at their hourly prices.
        QCOMPARE_REL(lineCost(n, e, "web", CostKind::Compute), 2 * 0.096 * 730, 1e-9);
        QCOMPARE_REL(lineCost(n, e, "db", CostKind::Compute), 2 * 0.171 * 730, 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestCosts)
#include "tst_costs.moc"
