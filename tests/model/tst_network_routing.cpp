// Routing by kind, by hand: a cache in front of the database, read replicas,
// a CDN in front of S3, a queue and its worker, explicit shares, components
// that receive nothing, and cycles. Workload and parameters: the fixture
// (per user 0.05 static, 0.04 read, 0.01 write req/s; 2 reads per dynamic
// request, 1 write per write).
#include "tst_network_fixture.h"

#include <algorithm>

using namespace scalescope;
using namespace fixture;

namespace {

// Per user: 0.04 reads + 0.01 writes, 2 look-ups each = 0.1 look-ups/s.
constexpr double kLookups = 0.1;

} // namespace

class TestNetworkRouting : public QObject {
    Q_OBJECT
private slots:
    void cacheAbsorbsHits_data()
    {
        QTest::addColumn<bool>("cacheHasDbLink");
        QTest::newRow("cache -> db") << true;
        QTest::newRow("web asks db on a miss") << false;
    }
    void cacheAbsorbsHits()
    {
        QFETCH(bool, cacheHasDbLink);
        std::vector<Connection> links{edge("users", "web"), edge("web", "cache"), edge("web", "db")};
        if (cacheHasDbLink)
            links.push_back(edge("cache", "db"));
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()),
             component("cache", "elasticache", cacheParams(0.75)), component("db", "rds", dbParams())},
            links));
        const ComponentModel &cache = model(n, "cache");
        const ComponentModel &db = model(n, "db");
        // Every look-up reaches the cache; (1 - 0.75) of them reach the database.
        QCOMPARE_REL(perUser(cache, OpDbRead), kLookups, 1e-12);
        QCOMPARE_REL(perUser(db, OpDbRead), 0.25 * kLookups, 1e-12);
        QCOMPARE_REL(db.arrival.at(ClassRead, OpDbRead), 0.25 * 0.08, 1e-12);
        QCOMPARE_REL(db.arrival.at(ClassWrite, OpDbRead), 0.25 * 0.02, 1e-12);
        QCOMPARE_REL(perUser(db, OpDbWrite), 0.01, 1e-12); // writes bypass the cache
        // A read visits the cache twice and the database 2 x 0.25 times.
        QCOMPARE_REL(cache.visits[ClassRead], 2.0, 1e-12);
        QCOMPARE_REL(db.visits[ClassRead], 0.5, 1e-12);
        const Evaluation e = evaluate(n, 1000);
        // Cache: 100 ops/s x 0.1 ms on one single-threaded node = 1%.
        const ResourceResult &ops = resource(n, e, "cache", "operations");
        QCOMPARE_REL(ops.demand, 100.0, 1e-12);
        QCOMPARE_REL(ops.capacity, 10000.0, 1e-12);
        QCOMPARE_REL(ops.utilization, 0.01, 1e-12);
        // The web tier keeps its pool to the database either way.
        QCOMPARE_REL(resource(n, e, "db", "connections").demand, 20.0, 1e-12);
    }

    void replicasTakeReadsPrimaryKeepsWrites()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()),
             component("db", "rds", dbParams()), component("r1", "rds-replica", replicaParams()),
             component("r2", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "db"), edge("db", "r1"), edge("db", "r2")}));
        const ComponentModel &db = model(n, "db");
        QCOMPARE(perUser(db, OpDbRead), 0.0);
        QCOMPARE_REL(perUser(db, OpDbWrite), 0.01, 1e-12);
        for (const char *id : {"r1", "r2"}) {
            const ComponentModel &r = model(n, id);
            // Half the 0.1 reads each; every write applied as replication.
            QCOMPARE_REL(perUser(r, OpDbRead), 0.05, 1e-12);
            QCOMPARE(perUser(r, OpDbWrite), 0.0);
            QCOMPARE_REL(r.arrival.at(ClassAsync, OpReplication), 0.01, 1e-12);
            // A read's two queries: one on each replica.
            QCOMPARE_REL(r.visits[ClassRead], 1.0, 1e-12);
        }
        const Evaluation e = evaluate(n, 1000);
        // Replica: 50 reads x 1 ms + 10 replicated writes x 4 ms x 0.5 = 0.07 s/s
        // over 60 queries/s on 2 servers: utilisation 3.5%.
        const ResourceResult &q = resource(n, e, "r1", "queries");
        QCOMPARE_REL(q.demand, 60.0, 1e-12);
        QCOMPARE_REL(resourceModel(n, "r1", "queries").serviceTime(), 0.07 / 60, 1e-12);
        QCOMPARE_REL(q.utilization, 0.035, 1e-12);
        // Replica IOPS: 50 x 0.5 + 10 x 2 x 0.5 = 35; it holds all the data.
        QCOMPARE_REL(resource(n, e, "r1", "IOPS").demand, 35.0, 1e-12);
        QCOMPARE_REL(resource(n, e, "r1", "storage").demand, 9.765625, 1e-12);
        // Primary: 10 writes x 4 ms on 2 servers = 2%; IOPS 10 x 2 = 20.
        QCOMPARE_REL(resource(n, e, "db", "queries").utilization, 0.02, 1e-12);
        QCOMPARE_REL(resource(n, e, "db", "IOPS").demand, 20.0, 1e-12);
        // Each replica is one block; the reader endpoint is up while either
        // replica is, or the primary when it can take the reads (it can here:
        // 60 + 10 queries/s are far below its capacity).
        QCOMPARE_REL(e.components[size_t(n.indexOf("r1"))].availability, 0.995, 1e-12);
        QCOMPARE_REL(e.components[size_t(n.indexOf("db"))].availability, 0.995, 1e-12);
        const double web = 0.995, readers = 1 - 0.005 * 0.005 * 0.005;
        QCOMPARE_REL(e.classes[ClassRead].availability, web * readers, 1e-12);
    }

    void readersBehindACacheHoldConnections()
    {
        // web (two instances, a pool of 20 each) -> cache -> db -> replica: the
        // cache's misses reach the primary and its replica on the web tier's
        // connections, so both count 2 x 20 of them.
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams(2)), component("cache", "elasticache", cacheParams(0.8)),
             component("db", "rds", dbParams()), component("replica", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "cache"), edge("cache", "db"), edge("db", "replica")}));
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(resource(n, e, "db", "connections").demand, 40.0, 1e-12);
        QCOMPARE_REL(resource(n, e, "replica", "connections").demand, 40.0, 1e-12);
    }

    void cdnSendsOnlyMissesToS3()
    {
        const ParamMap cdn{{"hitRatio", 0.9}, {"rpsLimit", 250000.0}, {"latencyMs", 10.0}, {"availability", 0.999}};
        const ParamMap s3{{"prefixes", 2.0}, {"getLimitPerPrefix", 5500.0}, {"storageGiB", 10.0},
                          {"latencyMs", 30.0}, {"availability", 0.999}};
        const Network n = compileValid(architecture(
            {component("users", "users"), component("cdn", "cloudfront", cdn), component("s3", "s3", s3),
             component("web", "ec2", webParams())},
            {edge("users", "cdn"), edge("cdn", "s3"), edge("cdn", "web")}));
        // 0.05 static x (1 - 0.9) = 0.005 to S3; dynamic requests pass to the web tier.
        QCOMPARE_REL(perUser(model(n, "s3"), OpStatic), 0.005, 1e-12);
        QCOMPARE_REL(model(n, "cdn").arrivalPerUser(), 0.1, 1e-12);
        const ComponentModel &web = model(n, "web");
        QCOMPARE(perUser(web, OpStatic), 0.0);
        QCOMPARE_REL(perUser(web, OpRead), 0.04, 1e-12);
        QCOMPARE_REL(perUser(web, OpWrite), 0.01, 1e-12);
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(resource(n, e, "cdn", "requests").demand, 100.0, 1e-12);
        QCOMPARE_REL(resource(n, e, "s3", "GET requests").demand, 5.0, 1e-12);
        QCOMPARE_REL(resource(n, e, "s3", "GET requests").capacity, 11000.0, 1e-12);
        QCOMPARE_REL(ceiling(n, "s3", "GET requests"), 11000 / 0.005, 1e-9); // 2.2M users
        // Static latency: the edge's 10 ms, and S3's 30 ms for one in ten.
        QCOMPARE_REL(e.classes[ClassStatic].latency, 0.010 + 0.1 * 0.030, 1e-12);
    }

    void queueDrainsWritesAtTheAverageRate()
    {
        const ParamMap sqs{{"fifo", false}, {"requestsPerMessage", 3.0}, {"latencyMs", 10.0}, {"availability", 0.999}};
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("sqs", "sqs", sqs),
             component("worker", "worker", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "sqs"), edge("sqs", "worker"), edge("worker", "db"),
             edge("web", "db")}));
        // Writes go to the queue (0.01/user at the peak) and leave it at 0.01 / 2.
        QCOMPARE_REL(model(n, "sqs").arrival.at(ClassWrite, OpDbWrite), 0.01, 1e-12);
        const ComponentModel &worker = model(n, "worker");
        QCOMPARE_REL(worker.arrival.at(ClassAsync, OpJob), 0.005, 1e-12);
        QCOMPARE_REL(worker.arrivalPerUser(), 0.005, 1e-12);
        const ComponentModel &db = model(n, "db");
        QCOMPARE_REL(db.arrival.at(ClassAsync, OpDbWrite), 0.005, 1e-12);
        QCOMPARE(db.arrival.at(ClassWrite, OpDbWrite), 0.0);
        QCOMPARE_REL(perUser(db, OpDbRead), 0.1, 1e-12);
        // No user request waits for the worker.
        for (int cls = 0; cls < kUserClasses; ++cls)
            QCOMPARE(worker.visits[size_t(cls)], 0.0);
        const Evaluation e = evaluate(n, 1000);
        // Worker CPU: 5 jobs/s x 5 ms on 2 vCPUs = 1.25%.
        QCOMPARE_REL(resource(n, e, "worker", "CPU").utilization, 0.0125, 1e-12);
        // DB: 100 reads x 1 ms + 5 writes x 4 ms = 0.12 s/s over 105 queries/s.
        const double dbS = 0.12 / 105;
        QCOMPARE_REL(resourceModel(n, "db", "queries").serviceTime(), dbS, 1e-12);
        // Write latency: web (10 ms stretched by processor sharing, 1 + Wq/E[S]
        // of the M/M/2 station), the queue's 10 ms, two reads (1 ms stretched).
        const double webStretch = 1 + mm2Wait(100, 0.0055) / 0.0055;
        const double dbStretch = 1 + mm2Wait(105, dbS) / dbS;
        const double expected = webStretch * 0.010 + 0.010 + 2 * dbStretch * 0.001;
        QCOMPARE_REL(e.classes[ClassWrite].latency, expected, 1e-9);
        QCOMPARE_REL(e.classes[ClassWrite].availability, 0.995 * 0.999 * 0.995, 1e-12);
        // Both fleets hold a pool of 20 to the database.
        QCOMPARE_REL(resource(n, e, "db", "connections").demand, 40.0, 1e-12);
    }

    void explicitSharesSplitTraffic_data()
    {
        QTest::addColumn<double>("shareA"); // NaN = unset
        QTest::addColumn<double>("shareB");
        QTest::addColumn<double>("expectA");
        QTest::newRow("0.25 / 0.75") << 0.25 << 0.75 << 0.25;
        QTest::newRow("0.25 / rest") << 0.25 << qQNaN() << 0.25;
        QTest::newRow("equal split") << qQNaN() << qQNaN() << 0.5;
    }
    void explicitSharesSplitTraffic()
    {
        QFETCH(double, shareA);
        QFETCH(double, shareB);
        QFETCH(double, expectA);
        auto share = [](double s) { return std::isnan(s) ? std::nullopt : std::optional<double>(s); };
        const Network n = compileValid(architecture(
            {component("users", "users"), component("lb", "alb", {{"rpsLimit", 0.0}}),
             component("a", "ec2", webParams()), component("b", "ec2", webParams())},
            {edge("users", "lb"), edge("lb", "a", share(shareA)), edge("lb", "b", share(shareB))}));
        QCOMPARE_REL(model(n, "a").arrivalPerUser(), 0.1 * expectA, 1e-12);
        QCOMPARE_REL(model(n, "b").arrivalPerUser(), 0.1 * (1 - expectA), 1e-12);
    }

    void sharesSplitDataTraffic()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()),
             component("db1", "rds", dbParams()), component("db2", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db1", 0.25), edge("web", "db2", 0.75)}));
        QCOMPARE_REL(perUser(model(n, "db1"), OpDbRead), 0.025, 1e-12);
        QCOMPARE_REL(perUser(model(n, "db2"), OpDbRead), 0.075, 1e-12);
        QCOMPARE_REL(perUser(model(n, "db1"), OpDbWrite), 0.0025, 1e-12);
        QCOMPARE_REL(perUser(model(n, "db2"), OpDbWrite), 0.0075, 1e-12);
        // Each holds the share of the data it is written: 1000 x 10 MiB x 0.25.
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(resource(n, e, "db1", "storage").demand, 9.765625 * 0.25, 1e-12);
    }

    void componentsWithoutTrafficAreIdle()
    {
        // The queue has no worker behind it, so writes go to the database and
        // the queue gets nothing; the S3 bucket is connected to nothing.
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams()),
             component("queue", "sqs", {{"fifo", false}}), component("s3", "s3")},
            {edge("users", "web"), edge("web", "db"), edge("web", "queue")}));
        QStringList idle = n.idle;
        idle.sort();
        QCOMPARE(idle, (QStringList{"queue", "s3"}));
        QCOMPARE_REL(perUser(model(n, "db"), OpDbWrite), 0.01, 1e-12);
    }

    void cycleThrows()
    {
        Architecture a = architecture(
            {component("users", "users"), component("a", "ec2", webParams()), component("b", "ec2", webParams())},
            {edge("users", "a"), edge("a", "b"), edge("b", "a")});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compileNetwork(a));
        const auto problem = validateArchitecture(a, Catalog::builtin());
        QVERIFY(problem);
        QCOMPARE(problem->path, QStringLiteral("connections"));
        QVERIFY2(problem->message.contains(QStringLiteral("a -> b -> a")), qPrintable(problem->message));
    }
};

QTEST_GUILESS_MAIN(TestNetworkRouting)
#include "tst_network_routing.moc"
