// Availability as a reliability block diagram of the serving path, checked
// against block diagrams worked out by hand from the published SLA figures:
// EC2 99.5% for one instance and 99.99% for instances over two or more zones,
// RDS 99.5% single-AZ and 99.95% Multi-AZ, ALB 99.99%, Route 53 100%.
#include "evaluation.h"
#include "network.h"
#include "servicestatus.h"
#include "shippedscenario.h"
#include "stages.h"
#include "tst_network_fixture.h"

#include <QTest>

using namespace scalescope;

namespace {

constexpr double kInstance = 0.995;    // EC2 single instance
constexpr double kMultiAzFleet = 0.9999; // EC2 across two or more zones
constexpr double kRdsSingle = 0.995;
constexpr double kRdsMultiAz = 0.9995;
constexpr double kAlb = 0.9999;

double parallel(double a, double b) { return 1 - (1 - a) * (1 - b); }

Architecture journeyAt(int stage)
{
    return architectureAt(loadShipped(QStringLiteral("journey-to-10-million-users.json")), stage);
}

// The request-weighted headline from the classes' own figures.
double weighted(const Evaluation &e)
{
    double sum = 0, rate = 0;
    for (const ClassResult &c : e.classes) {
        sum += c.rate * c.availability;
        rate += c.rate;
    }
    return sum / rate;
}

// The same architecture without the components inside a group (a region left out).
bool inside(const Architecture &a, QString group, const QString &outer)
{
    for (size_t depth = 0; !group.isEmpty() && depth <= a.groups.size(); ++depth) {
        if (group == outer)
            return true;
        const auto g = std::find_if(a.groups.begin(), a.groups.end(), [&](const Group &x) { return x.id == group; });
        group = g == a.groups.end() ? QString() : g->parent;
    }
    return false;
}

Architecture without(Architecture a, const QString &group)
{
    QStringList gone;
    for (const Component &c : a.components)
        if (inside(a, c.group, group))
            gone << c.id;
    std::erase_if(a.components, [&](const Component &c) { return gone.contains(c.id); });
    std::erase_if(a.connections, [&](const Connection &c) { return gone.contains(c.from) || gone.contains(c.to); });
    for (Connection &c : a.connections) // Route 53 sends everyone to the region that is left
        if (c.from == QLatin1String("dns"))
            c.share.reset();
    return a;
}

} // namespace

class TestAvailability : public QObject {
    Q_OBJECT
private slots:
    void oneServerIsOneInstance()
    {
        const Evaluation e = evaluate(compileNetwork(journeyAt(1)), 5);
        QCOMPARE(e.classes[ClassRead].availability, kInstance);
        QCOMPARE(e.classes[ClassWrite].availability, kInstance);
        QCOMPARE(e.availability, kInstance);
    }

    void aSeparateDatabaseIsTwoInstancesInSeries()
    {
        const Evaluation e = evaluate(compileNetwork(journeyAt(2)), 50);
        QVERIFY(qFuzzyCompare(e.classes[ClassRead].availability, kInstance * kRdsSingle)); // 99.0%
        QVERIFY(qFuzzyCompare(e.classes[ClassWrite].availability, kInstance * kRdsSingle));
        QCOMPARE(e.classes[ClassStatic].availability, kInstance); // the web server alone
        QVERIFY(qFuzzyCompare(e.availability, weighted(e)));
    }

    void aSecondZoneRaisesIt()
    {
        const Evaluation e = evaluate(compileNetwork(journeyAt(3)), 100);
        // Writes: load balancer, a fleet over two zones, the Multi-AZ primary. A
        // write also reads, through the replica-or-primary block, which the model
        // takes as independent of the write's primary: low by at most the product
        // of the two unavailabilities (docs/model.md).
        const double writes = kAlb * kMultiAzFleet * kRdsMultiAz;
        QVERIFY(e.classes[ClassWrite].availability <= writes);
        QVERIFY(e.classes[ClassWrite].availability >= writes - (1 - kRdsSingle) * (1 - kRdsMultiAz));
        QVERIFY(e.classes[ClassWrite].availability >= 0.999);
        // Reads: the read follower, or the primary when the follower is down.
        const double reads = kAlb * kMultiAzFleet * parallel(kRdsSingle, kRdsMultiAz);
        QVERIFY(qFuzzyCompare(e.classes[ClassRead].availability, reads));
        QVERIFY(e.classes[ClassRead].availability > e.classes[ClassWrite].availability);
        const Evaluation before = evaluate(compileNetwork(journeyAt(2)), 100);
        QVERIFY(e.availability > before.availability);
    }

    void theHeadlineIsRequestWeighted()
    {
        for (int stage = 1; stage <= 6; ++stage) {
            const Evaluation e = evaluate(compileNetwork(journeyAt(stage)), 1000);
            QVERIFY2(qFuzzyCompare(e.availability, weighted(e)), qPrintable(QString::number(stage)));
        }
    }

    void tworegionsAreAtLeastAsAvailableAsOne()
    {
        const Architecture both = journeyAt(6);
        const Architecture east = without(both, QStringLiteral("region-west"));
        const Evaluation two = evaluate(compileNetwork(both), 100000);
        const Evaluation one = evaluate(compileNetwork(east), 100000);
        for (int cls = 0; cls < kUserClasses; ++cls)
            QVERIFY2(two.classes[size_t(cls)].availability >= one.classes[size_t(cls)].availability - 1e-12,
                     className(cls));
        QVERIFY(two.availability >= one.availability);
    }

    void sharedDependenciesAreNotCountedTwice()
    {
        // Both regions write through the same sessions table and primaries: two
        // regions in parallel cannot be more available than what they share.
        const Network n = compileNetwork(journeyAt(6));
        const Evaluation e = evaluate(n, 100000);
        const double sessions = e.components[size_t(n.indexOf("sessions"))].availability;
        QVERIFY(e.classes[ClassWrite].availability <= sessions);
    }

    void readsFallBackToThePrimaryOnlyWithCapacity()
    {
        using namespace fixture;
        // Four web servers in one zone (capped at the single-instance 99.5%), a
        // primary and one read replica, each 99.5%. Per user: 0.01 writes/s at
        // 4 ms on the primary (2 vCPU: 500 writes/s), 0.08 reads/s at 1 ms on
        // the replica. The primary can take the replica's reads while
        // 0.01 u + 0.08 u < 500, that is below 5,556 users.
        const Network n = compileValid(architecture(
            {component("users", "users"), component("web", "ec2", webParams(4)), component("db", "rds", dbParams()),
             component("replica", "rds-replica", replicaParams())},
            {edge("users", "web"), edge("web", "db"), edge("db", "replica")}));
        const double withFallback = 0.995 * parallel(0.995, 0.995);
        const double without = 0.995 * 0.995;
        QVERIFY(qFuzzyCompare(evaluate(n, 4000).classes[ClassRead].availability, withFallback));
        QVERIFY(qFuzzyCompare(evaluate(n, 6000).classes[ClassRead].availability, without));
        // A write needs the primary once, though it also reads through it (within
        // the second-order term of the reads' replica-or-primary block).
        const double write = evaluate(n, 4000).classes[ClassWrite].availability;
        QVERIFY(write <= 0.995 * 0.995);
        QVERIFY(write >= 0.995 * 0.995 - 0.005 * 0.005);
    }

    void overloadShowsAsServedShare()
    {
        const Network n = compileNetwork(journeyAt(1));
        const Evaluation e = evaluate(n, n.ceilingUsers * 4);
        // Past the ceiling a saturated resource at utilisation u serves 1/u of what arrives.
        // Every class crosses the one server, whose busiest resource (memory
        // with a fixed part, so not 400%) sets u.
        const double u = e.components[size_t(n.indexOf(QStringLiteral("web")))].utilization;
        QVERIFY(u > 1.5);
        QCOMPARE_REL(1 - failingShare(e), 1 / u, 1e-9);
        QCOMPARE(e.availability, kInstance); // the SLA figure alone would hide it
        const Evaluation fine = evaluate(n, n.ceilingUsers * 0.5);
        QCOMPARE(failingShare(fine), 0.0);
    }

    void failingOneRegionKeepsTheServiceUp()
    {
        const Network n = compileNetwork(journeyAt(6), {QStringLiteral("region-west")});
        const Evaluation e = evaluate(n, 100000);
        QVERIFY(e.availability > 0.99);
        QCOMPARE(e.classes[ClassRead].errorRate, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestAvailability)
#include "tst_availability.moc"
