// Scenario files of an older format version load through the migration
// chain and mean what they meant: version 1 files (kept as the previous
// release wrote them, in tests/data/v1) give the same peak rates as version 1
// defined them, and save as the current version.
#include "evaluation.h"
#include "formatmigration.h"
#include "network.h"
#include "scenariofile.h"
#include "stages.h"
#include "workload.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

// Version 1's definition: online = users x peakOnlineShare; per online user
// requestsPerOnlineUserPerSecond, staticShare of them static; its defaults
// were 0.1, 0.4 and 0.5.
struct V1Peak {
    double online, staticRate, dynamicRate;
};
V1Peak v1Peak(double users, double peakOnlineShare = 0.1, double perOnlineUser = 0.4, double staticShare = 0.5)
{
    const double online = users * peakOnlineShare;
    return {online, online * perOnlineUser * staticShare, online * perOnlineUser * (1 - staticShare)};
}

Scenario load(const QString &path)
{
    LoadError error;
    auto s = loadScenario(path, &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

void comparePeak(const Workload &w, double users, const V1Peak &expected)
{
    const PeakRates r = peakRates(w, users);
    QVERIFY(std::abs(r.online - expected.online) <= 1e-9 * expected.online);
    QVERIFY(std::abs(r.staticRate - expected.staticRate) <= 1e-9 * expected.staticRate);
    QVERIFY(std::abs(r.readRate + r.writeRate - expected.dynamicRate) <= 1e-9 * expected.dynamicRate);
}

} // namespace

class TestFormatMigration : public QObject {
    Q_OBJECT
private slots:
    void theV1JourneyKeepsItsPeak()
    {
        // The file has an empty workload: version 1's defaults applied.
        const Scenario s = load(QStringLiteral(SCALESCOPE_TEST_DATA "/v1/journey-to-10-million-users.json"));
        for (int stage = 0; stage <= int(s.stages.size()); ++stage)
            comparePeak(architectureAt(s, stage).workload, 1000, v1Peak(1000));
        // Stage 3's web tier holds what it held in version 1: its CPU per user
        // is unchanged, so the network's rates per user are too.
        const Network n = compileNetwork(architectureAt(s, 3));
        QVERIFY(std::abs(n.classRatePerUser[ClassStatic] - v1Peak(1).staticRate) < 1e-15);
    }

    void everyoneOnlineAtOnceStaysPossible()
    {
        // peakOnlineShare 1 with peak-to-average 2 would need 48 hours a day
        // at the assumed 30% daily share: the step makes everyone a daily user instead.
        const Scenario s = load(QStringLiteral(SCALESCOPE_TEST_DATA "/v1/one-million-concurrent.json"));
        const Workload &w = s.base.workload;
        QVERIFY(w.minutesPerDailyUser <= 1440);
        QVERIFY(w.dailyActiveShare <= 1);
        comparePeak(w, 1e6, v1Peak(1e6, 1.0));
    }

    void stageEditsFollowTheWorkload()
    {
        // A stage that doubles the online share and one that changes only the
        // static share: each keeps version 1's meaning given what came before.
        const QByteArray v1 = R"({"format": "scalescope-scenario", "version": 1,
          "workload": {"requestsPerOnlineUserPerSecond": 0.8},
          "base": {"components": [{"id": "users", "kind": "users", "x": 0, "y": 0}]},
          "stages": [
            {"title": "busier", "edits": [{"op": "set-workload", "set": {"peakOnlineShare": 0.2}}]},
            {"title": "more files", "edits": [{"op": "set-workload", "set": {"staticShare": 0.75, "writeShare": 0.5}}]}
          ]})";
        LoadError error;
        const auto s = parseScenario(v1, "v1.json", &error);
        QVERIFY2(s, qPrintable(error.toString()));
        comparePeak(architectureAt(*s, 0).workload, 100, v1Peak(100, 0.1, 0.8));
        comparePeak(architectureAt(*s, 1).workload, 100, v1Peak(100, 0.2, 0.8));
        comparePeak(architectureAt(*s, 2).workload, 100, v1Peak(100, 0.2, 0.8, 0.75));
        QCOMPARE(architectureAt(*s, 2).workload.writeShare, 0.5); // fields that did not change pass through
    }

    void savesAsTheCurrentVersion()
    {
        const Scenario s = load(QStringLiteral(SCALESCOPE_TEST_DATA "/v1/journey-to-10-million-users.json"));
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.json");
        QString error;
        QVERIFY2(saveScenario(s, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value("version").toInt(), kScenarioVersion);
        QVERIFY(!root.value("workload").toObject().contains("peakOnlineShare"));
        QVERIFY(load(path) == s);
    }

    void invalidOldValuesAreRefusedAtTheirPlace()
    {
        LoadError error;
        QVERIFY(!parseScenario(R"({"format": "scalescope-scenario", "version": 1, "workload": {"peakOnlineShare": 3}})",
                               "bad.json", &error));
        QCOMPARE(error.path, QStringLiteral("workload.peakOnlineShare"));
        QVERIFY(error.message.contains("outside"));
        QCOMPARE(error.file, QStringLiteral("bad.json"));
    }

    void oneStepPerVersion()
    {
        QJsonObject root{{"format", "scalescope-scenario"}, {"version", 1}};
        QStringList notes;
        MigrationProblem problem;
        QVERIFY(migrateScenario(root, 1, &problem, &notes));
        QCOMPARE(notes.size(), kScenarioVersion - 1);
        QCOMPARE(root.value("version").toInt(), kScenarioVersion);
        // A current file passes unchanged.
        QJsonObject current = root;
        QVERIFY(migrateScenario(current, kScenarioVersion, &problem));
        QCOMPARE(current, root);
    }

    void newerFilesAreStillRefused()
    {
        LoadError error;
        const QByteArray newer = QByteArray(R"({"format": "scalescope-scenario", "version": )")
                                 + QByteArray::number(kScenarioVersion + 1) + "}";
        QVERIFY(!parseScenario(newer, "newer.json", &error));
        QCOMPARE(error.path, QStringLiteral("version"));
        QVERIFY(error.message.contains("newer"));
    }
};

QTEST_APPLESS_MAIN(TestFormatMigration)
#include "tst_formatmigration.moc"
