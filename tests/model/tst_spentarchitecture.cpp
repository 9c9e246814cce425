// compileNetwork(Architecture &&) lets go of the architecture's connections
// and components as it reads them (the command line's reports on large
// files): the network is the same as from an architecture that is kept.
#include "network.h"

#include "evaluation.h"
#include "report.h"
#include "shippedscenario.h"
#include "stages.h"

#include <QJsonDocument>
#include <QTest>

using namespace scalescope;

namespace {

// Every figure a report holds, at a few user counts (the SLO search is
// left out: it reads the same network).
QByteArray reports(const Network &n, double users)
{
    QByteArray all;
    for (double u : {1.0, users, users * 100})
        all += QJsonDocument(evaluationJson(n, evaluate(n, u), StageInfo{}, 0)).toJson(QJsonDocument::Compact);
    return all;
}

// The first availability zone of an architecture, or none.
QStringList firstZone(const Architecture &a)
{
    for (const Group &g : a.groups)
        if (g.kind == QLatin1String("availability-zone"))
            return {g.id};
    return {};
}

} // namespace

class TestSpentArchitecture : public QObject {
    Q_OBJECT
private slots:
    void sameNetworkAsFromAKeptArchitecture_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : shippedScenarioNames())
            QTest::newRow(qPrintable(file)) << file;
    }
    void sameNetworkAsFromAKeptArchitecture()
    {
        QFETCH(QString, file);
        const Scenario s = loadShipped(file);
        int zonesFailed = 0;
        for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
            const Architecture kept = architectureAt(s, stage);
            for (const QStringList &failed : {QStringList(), firstZone(kept)}) {
                if (!failed.isEmpty())
                    ++zonesFailed;
                Architecture spent = kept;
                const Network fromKept = compileNetwork(kept, failed);
                const Network fromSpent = compileNetwork(std::move(spent), failed);
                QCOMPARE(reports(fromSpent, kept.workload.users), reports(fromKept, kept.workload.users));
                QCOMPARE(fromSpent.idle, fromKept.idle);
                QCOMPARE(fromSpent.failed, fromKept.failed);
                QCOMPARE(fromSpent.warnings, fromKept.warnings);
                // What was read is given back; the groups and workload stay.
                QCOMPARE(spent.connections.capacity(), size_t(0));
                QCOMPARE(spent.components.capacity(), size_t(0));
                QCOMPARE(spent.groups, kept.groups);
                QCOMPARE(spent.workload, kept.workload);
            }
        }
        if (file == QLatin1String("journey-to-10-million-users.json"))
            QVERIFY(zonesFailed > 0); // the failure path was taken too
    }

    // A spent architecture's errors are the kept one's.
    void unknownKindStillThrows()
    {
        Architecture a = loadShipped(QStringLiteral("three-tier.json")).base;
        a.components.front().kind = QStringLiteral("no-such-kind");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compileNetwork(std::move(a), QStringList()));
    }
};

QTEST_GUILESS_MAIN(TestSpentArchitecture)
#include "tst_spentarchitecture.moc"
