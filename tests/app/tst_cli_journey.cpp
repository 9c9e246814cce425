// The journey, advise and --fail commands on the default journey.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kJourney = QStringLiteral(SCALESCOPE_SCENARIOS "/journey-to-10-million-users.json");
}

class TestCliJourney : public QObject {
    Q_OBJECT
private slots:
    void journeyTableHasOneRowPerStage()
    {
        const Run md = scalescope({"journey", kJourney});
        QCOMPARE(md.exitCode, 0);
        QCOMPARE(md.out.count('\n'), 2 + 7); // header, rule, base and six stages
        QVERIFY(md.out.contains("| 5. 1 million users"));

        const Run js = scalescope({"journey", kJourney, "--format", "json"});
        QCOMPARE(js.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(js.out).array();
        QCOMPARE(rows.size(), 7);
        // Stage 4's followers break on the connections their readers hold.
        const QStringList expected{"single server", "web tier", "web tier", "database connections", "database writes"};
        for (int k = 1; k <= 5; ++k)
            QCOMPARE(rows[k].toObject()["bottleneck"].toObject()["kind"].toString(), expected[k - 1]);
        QVERIFY(rows[6].toObject()["ceilingUsers"].toDouble() >= 1e7);
    }

    void adviseProposesTheNextStep()
    {
        const Run r = scalescope({"advise", kJourney, "--stage", "1", "--users", "500", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(first["kind"].toString(), QStringLiteral("separate database"));
        QVERIFY(first["ceilingAfter"].toDouble() > first["ceilingBefore"].toDouble());
        // Stage 2's web server is full: the next step is the load balancer and a second zone.
        const Run md = scalescope({"advise", kJourney, "--stage", "2"});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains("load balancer"));
        // Stage 4's followers run out of connections: each needs more memory.
        const Run four = scalescope({"advise", kJourney, "--stage", "4"});
        QCOMPARE(four.exitCode, 0);
        QVERIFY2(four.out.startsWith("- Move the read followers of Primary DB"), four.out.constData());
    }

    void failingAZoneTakesTheSingleServerDownButNotTheTwoZoneStage()
    {
        const Run single = scalescope({"evaluate", kJourney, "--stage", "1", "--users", "100", "--fail", "az-a"});
        QCOMPARE(single.exitCode, 0);
        const QJsonObject down = QJsonDocument::fromJson(single.out).object();
        QCOMPARE(down["availability"].toDouble(), 0.0);
        QCOMPARE(down["failed"].toArray().first().toString(), QStringLiteral("az-a"));

        const Run two = scalescope({"evaluate", kJourney, "--stage", "3", "--users", "1000", "--fail", "az-a"});
        const QJsonObject up = QJsonDocument::fromJson(two.out).object();
        QVERIFY(up["availability"].toDouble() > 0.9);
        for (const QJsonValue &c : up["classes"].toArray())
            QCOMPARE(c.toObject()["errorRate"].toDouble(), 0.0);
    }

    void failingSomethingUnknownIsAUsageError()
    {
        const Run r = scalescope({"evaluate", kJourney, "--stage", "1", "--fail", "az-q"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("az-q"));
    }
};

QTEST_GUILESS_MAIN(TestCliJourney)
#include "tst_cli_journey.moc"
