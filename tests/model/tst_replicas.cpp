// Read replicas behind a primary, by hand: they count once on a request's
// availability path, and the web servers' pools reach them.
#include "tst_network_fixture.h"

using namespace scalescope;
using namespace fixture;

class TestReplicas : public QObject {
    Q_OBJECT
private slots:
    // users -> web -> db -> {r1, r2}; each read makes two queries, one per
    // replica. The replicas are alternatives behind one reader endpoint, and
    // the primary is the last one (it has the capacity at 1,000 users): a
    // read needs web (0.995) and one of the three once: 0.995 x (1 - 0.005^3).
    void replicasCountOnceForAvailability()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams()),
             component("r1", "rds-replica", replicaParams()), component("r2", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "db"), edge("db", "r1"), edge("db", "r2")}));
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(e.classes[ClassRead].availability, 0.995 * (1 - 0.005 * 0.005 * 0.005), 1e-12);
        // A write needs the primary once, within the second-order term of its reads' block.
        QVERIFY(e.classes[ClassWrite].availability <= 0.995 * 0.995);
        QVERIFY(e.classes[ClassWrite].availability >= 0.995 * 0.995 - 0.005 * 0.005 * 0.005);
    }

    // Modelling gap (a judgement call for the
    // lead): reads reach the replicas through the primary's connections, but
    // the web servers that send them hold a pool to each replica too (pool 20
    // x 1 instance); the replicas show no connection demand at all.
    void replicasCountTheReadersPools()
    {
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams()), component("db", "rds", dbParams()),
             component("r1", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "db"), edge("db", "r1")}));
        const Evaluation e = evaluate(n, 1000);
        QCOMPARE_REL(resource(n, e, "r1", "connections").demand, 20.0, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
