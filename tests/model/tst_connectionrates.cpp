// What each connection carries (ComponentModel::sent), by hand: the same
// figures as the arrivals, split per connection; and the rates at a user
// count as the canvas and the inspectors show them (connectionrates.h).
// Workload and parameters: the fixture (per user 0.05 static, 0.04 read,
// 0.01 write req/s; 2 reads per dynamic request, 1 write per write).
#include "tst_network_fixture.h"

#include "connectionrates.h"

using namespace scalescope;
using namespace fixture;

namespace {

// Req/s per user from one component to another, or -1 when it sends nothing there.
double sentPerUser(const Network &n, const QString &from, const QString &to)
{
    const ComponentModel &m = model(n, from);
    const int target = n.indexOf(to);
    for (const Flow &f : m.sent)
        if (f.to == target)
            return f.perUser;
    return -1;
}

} // namespace

class TestConnectionRates : public QObject {
    Q_OBJECT
private slots:
    void cacheMissesFlowOnToTheDatabase()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()),
             component("cache", "elasticache", cacheParams(0.75)), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "cache"), edge("web", "db"), edge("cache", "db")}));
        QCOMPARE_REL(sentPerUser(n, "users", "web"), 0.1, 1e-12);  // every user request
        QCOMPARE_REL(sentPerUser(n, "web", "cache"), 0.1, 1e-12);  // 0.05 dynamic x 2 look-ups
        QCOMPARE_REL(sentPerUser(n, "cache", "db"), 0.025, 1e-12); // a quarter of them miss
        QCOMPARE_REL(sentPerUser(n, "web", "db"), 0.01, 1e-12);    // writes bypass the cache
        // Everything that arrives came along some connection.
        QCOMPARE_REL(model(n, "db").arrivalPerUser(), 0.035, 1e-12);
    }

    void replicasGetReadsAndReplication()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()),
             component("db", "rds", dbParams()), component("r1", "rds-replica", replicaParams()),
             component("r2", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "db"), edge("db", "r1"), edge("db", "r2")}));
        QCOMPARE_REL(sentPerUser(n, "web", "db"), 0.11, 1e-12); // 0.1 reads + 0.01 writes
        // Half the reads each, plus every write replicated.
        QCOMPARE_REL(sentPerUser(n, "db", "r1"), 0.05 + 0.01, 1e-12);
        QCOMPARE_REL(sentPerUser(n, "db", "r2"), 0.05 + 0.01, 1e-12);
    }

    void explicitSharesSplitTheRate()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("a", "ec2", webParams()), component("b", "ec2", webParams())},
            {edge("users", "a", 0.25), edge("users", "b", 0.75)}));
        QCOMPARE_REL(sentPerUser(n, "users", "a"), 0.025, 1e-12);
        QCOMPARE_REL(sentPerUser(n, "users", "b"), 0.075, 1e-12);
        QCOMPARE(model(n, "a").sent.size(), size_t(0)); // no connections out
    }

    // A load balancer in front of 80 web servers (more flows than a sender
    // looks along, so it keeps an index of them), each server with its
    // database: every connection carries its share of the reads and the
    // writes, in the order the connections were made.
    void aWideFanOutSplitsEvenly()
    {
        constexpr int kServers = 80;
        std::vector<Component> components{component("users", "users"), component("lb", "alb")};
        std::vector<Connection> connections{edge("users", "lb")};
        for (int i = 0; i < kServers; ++i) {
            const QString web = QStringLiteral("web-%1").arg(i), db = QStringLiteral("db-%1").arg(i);
            components.push_back(component(web, "ec2", webParams()));
            components.push_back(component(db, "rds", dbParams()));
            connections.push_back(edge("lb", web));
            connections.push_back(edge(web, db));
        }
        const Network n = compileValid(architecture(components, connections));
        const ComponentModel &lb = model(n, "lb");
        QCOMPARE(lb.sent.size(), size_t(kServers));
        for (int i = 0; i < kServers; ++i) {
            const QString web = QStringLiteral("web-%1").arg(i), db = QStringLiteral("db-%1").arg(i);
            QCOMPARE(lb.sent[size_t(i)].to, n.indexOf(web)); // first sent, first listed
            // The dynamic 0.05 (0.04 reads, 0.01 writes) split 80 ways; the
            // static files are the load balancer's servers' too.
            QCOMPARE_REL(sentPerUser(n, "lb", web), 0.1 / kServers, 1e-12);
            QCOMPARE_REL(sentPerUser(n, web, db), 0.11 / kServers, 1e-12); // 2 reads a read request, 1 write a write
        }
    }

    // users -> web -> db at 2,000 users: every user request is 0.1 req/s,
    // so the users send 200 req/s; the web tier sends 0.1 reads (0.05
    // dynamic x 2) and 0.01 writes per user, 0.11 x 2,000 = 220 req/s.
    void ratesAtAUserCount()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db")}));
        QCOMPARE_REL(connectionRate(n, "users", "web", 2000), 200.0, 1e-12);
        QCOMPARE_REL(connectionRate(n, "web", "db", 2000), 220.0, 1e-12);
        QCOMPARE_REL(sentRate(model(n, "users"), 2000), 200.0, 1e-12);
        QCOMPARE_REL(sentRate(model(n, "web"), 2000), 220.0, 1e-12);
        QCOMPARE(sentRate(model(n, "db"), 2000), 0.0); // sends nothing on
        // Not a connection, or not a component: nothing flows.
        QCOMPARE(connectionRate(n, "db", "web", 2000), 0.0);
        QCOMPARE(connectionRate(n, "users", "ghost", 2000), 0.0);
        QVERIFY(!flowBetween(n, n.indexOf("db"), n.indexOf("web")));
        QVERIFY(!flowBetween(n, -1, 0));
        const Flow *f = flowBetween(n, n.indexOf("web"), n.indexOf("db"));
        QVERIFY(f);
        QCOMPARE_REL(flowRate(*f, 10), 1.1, 1e-12);
    }

    // Web CPU is 0.000275 x users busy (tst_network_basic), the database's
    // queries 0.00007 x users and its storage 1/10,240 per user: at 8,000
    // users the web tier is at 220% and turns requests away, the database
    // (56% queries, 78% storage) does not.
    void aConnectionFailsIntoASaturatedReceiver()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams())},
            {edge("users", "web"), edge("web", "db")}));
        const Flow &intoWeb = *flowBetween(n, n.indexOf("users"), n.indexOf("web"));
        const Flow &intoDb = *flowBetween(n, n.indexOf("web"), n.indexOf("db"));
        const Evaluation calm = evaluate(n, 1000); // web at 27.5%
        QVERIFY(!connectionFailing(calm, intoWeb));
        QVERIFY(!connectionFailing(calm, intoDb));
        const Evaluation busy = evaluate(n, 8000);
        QVERIFY(connectionFailing(busy, intoWeb));
        QVERIFY(!connectionFailing(busy, intoDb));
        // A connection that carries nothing never fails.
        QVERIFY(!connectionFailing(busy, Flow{n.indexOf("web"), 0.0}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionRates)
#include "tst_connectionrates.moc"
