// Why a connection or a component carries no requests: the model's answer,
// checked against what routing does by hand on the shipped three-tier
// diagram (Users -> Route 53 -> Load balancer -> Web servers -> Primary DB).
#include "idletraffic.h"
#include "network.h"
#include "shippedscenario.h"
#include "validation.h"
#include "workload.h"

#include <QTest>

using namespace scalescope;

namespace {

Architecture threeTier() { return loadShipped(QStringLiteral("three-tier.json")).base; }

void add(Architecture &a, const char *id, const char *kind, const char *label)
{
    a.components.push_back(Component{QLatin1String(id), QLatin1String(kind), QLatin1String(label), QString(), Point{}, {}});
}

void link(Architecture &a, const char *from, const char *to)
{
    a.connections.push_back(Connection{QLatin1String(from), QLatin1String(to), std::nullopt});
}

QString labelOf(const Architecture &a, const char *id) { return a.component(QLatin1String(id))->label; }

} // namespace

class TestIdleTraffic : public QObject {
    Q_OBJECT
private slots:
    // Every connection of the diagram carries requests: no reason for any.
    void connectionsThatCarryHaveNoReason()
    {
        const Architecture a = threeTier();
        const Network n = compileNetwork(a);
        for (const Connection &c : a.connections)
            QVERIFY2(!idleConnectionReason(a, n, c.from, c.to), qPrintable(c.from + " -> " + c.to));
        for (const Component &c : a.components)
            QVERIFY2(idleCause(a, n, c.id) == IdleCause::Busy, qPrintable(c.id));
    }

    // Users send web requests; a database takes only database calls.
    void usersIntoTheDatabaseIsIgnored()
    {
        Architecture a = threeTier();
        link(a, "users", "db");
        QVERIFY(!validateArchitecture(a, Catalog::builtin())); // drawable: the model just ignores it
        const auto reason = idleConnectionReason(a, compileNetwork(a), QStringLiteral("users"), QStringLiteral("db"));
        QVERIFY(reason);
        QVERIFY2(reason->startsWith(labelOf(a, "db") + " takes none of the requests " + labelOf(a, "users")), qPrintable(*reason));
        QVERIFY2(reason->contains("ignores"), qPrintable(*reason));
    }

    // A database calls only its read replicas: into a web server is ignored.
    void databaseIntoAWebServerIsIgnored()
    {
        Architecture a = threeTier();
        add(a, "web2", "ec2", "Second web server");
        link(a, "lb", "web2");
        link(a, "db", "web2");
        const Network n = compileNetwork(a);
        const auto reason = idleConnectionReason(a, n, QStringLiteral("db"), QStringLiteral("web2"));
        QVERIFY(reason);
        QVERIFY2(reason->startsWith("Second web server takes none of the requests " + labelOf(a, "db")), qPrintable(*reason));
        QCOMPARE(idleCause(a, n, QStringLiteral("web2")), IdleCause::Busy); // the balancer still feeds it
    }

    // An object store answers and forwards nothing.
    void aKindThatForwardsNothing()
    {
        Architecture a = threeTier();
        add(a, "files", "s3", "Files");
        link(a, "users", "files");
        link(a, "files", "web");
        const auto reason = idleConnectionReason(a, compileNetwork(a), QStringLiteral("files"), QStringLiteral("web"));
        QVERIFY(reason);
        QVERIFY2(reason->startsWith("Files sends no requests on"), qPrintable(*reason));
    }

    // A second balancer behind DNS with nothing behind it: DNS sends it
    // nothing, as nothing there could serve. That is what it is told, not
    // "receives no traffic".
    void aBalancerWithNothingBehind()
    {
        Architecture a = threeTier();
        add(a, "spare", "alb", "Spare balancer");
        link(a, "dns", "spare");
        const Network n = compileNetwork(a);
        const auto reason = idleConnectionReason(a, n, QStringLiteral("dns"), QStringLiteral("spare"));
        QVERIFY(reason);
        QVERIFY2(reason->startsWith("Spare balancer has nothing behind it"), qPrintable(*reason));
        QCOMPARE(idleCause(a, n, QStringLiteral("spare")), IdleCause::NothingBehind);
        QCOMPARE(idleCause(a, n, QStringLiteral("users")), IdleCause::Busy);
    }

    // A balancer fed only from a database: the database sends it nothing it
    // takes, which is the reason given, not what is behind it.
    void aBalancerFedByADatabase()
    {
        Architecture a = threeTier();
        add(a, "spare", "alb", "Spare balancer");
        link(a, "db", "spare");
        QCOMPARE(idleCause(a, compileNetwork(a), QStringLiteral("spare")), IdleCause::NotRouted);
    }

    // A server nothing sends to passes nothing on.
    void aSenderThatReceivesNothing()
    {
        Architecture a = threeTier();
        add(a, "lonely", "ec2", "Lonely server");
        link(a, "lonely", "db");
        const Network n = compileNetwork(a);
        const auto reason = idleConnectionReason(a, n, QStringLiteral("lonely"), QStringLiteral("db"));
        QVERIFY(reason);
        QVERIFY2(reason->startsWith("Lonely server receives no traffic itself"), qPrintable(*reason));
        QCOMPARE(idleCause(a, n, QStringLiteral("lonely")), IdleCause::NotConnected);
    }

    // The binder asks by the ends' places in the network (no look-up by id
    // per connection): it answers as the look-up by id does, on connections
    // that carry and on each way of carrying none.
    void byPlaceAnswersAsById()
    {
        Architecture a = threeTier();
        add(a, "spare", "alb", "Spare balancer");
        link(a, "users", "db");    // takes none of what it is sent
        link(a, "dns", "spare");   // nothing behind it
        link(a, "spare", "db");    // a balancer sends web requests only
        const Network n = compileNetwork(a);
        int idle = 0;
        for (const Connection &c : a.connections) {
            const auto byId = idleConnectionReason(a, n, c.from, c.to);
            QCOMPARE(idleConnectionReason(n, n.indexOf(c.from), n.indexOf(c.to)), byId);
            idle += byId ? 1 : 0;
        }
        QCOMPARE(idle, 3);
        // An end the network does not have: no reason, as by id.
        QVERIFY(!idleConnectionReason(n, -1, n.indexOf(QStringLiteral("web"))));
        QVERIFY(!idleConnectionReason(n, n.indexOf(QStringLiteral("web")), int(n.components.size())));
    }

    // Users with nothing connected: they send nothing; that is all.
    void usersAlone()
    {
        Architecture a;
        a.workload = defaultWorkload();
        add(a, "users", "users", "Users");
        QCOMPARE(idleCause(a, compileNetwork(a), QStringLiteral("users")), IdleCause::Client);
    }
};

QTEST_APPLESS_MAIN(TestIdleTraffic)
#include "tst_idletraffic.moc"
