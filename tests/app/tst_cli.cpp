// The command line end to end: the scalescope binary run as a user would,
// on tests/data/cli-small.json (users -> 1 x m5.large web server -> RDS, every
// figure set in the file) whose numbers are worked out by hand below.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirunner.h"
#include "sizelimits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>

namespace {

const QString kSmall = QStringLiteral(SCALESCOPE_TEST_DATA "/cli-small.json");
const QString kBad = QStringLiteral(SCALESCOPE_TEST_DATA "/bad/");

// The web server answers its 1,000 users directly: internet data out. Per
// user at the peak 0.05 files/s of 32 KiB and 0.05 API calls/s of 16 KiB,
// half that on average over 730 h; 100 GB free, then $0.09/GB.
const double kDataOutUsd = (1000 * (0.05 * 32 + 0.05 * 16) / 2 * 730 * 3600 / (1024.0 * 1024.0) - 100) * 0.09;

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject byKey(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(QLatin1String(key)).toString() == value)
            return v.toObject();
    return {};
}

// M/M/2 mean wait in closed form: C = 2 rho^2 / (1 + rho), Wq = C / (2/S - lambda).
double mm2Wait(double lambda, double s)
{
    const double rho = lambda * s / 2;
    return 2 * rho * rho / (1 + rho) / (2 / s - lambda);
}

bool near(double actual, double expected, double rel = 1e-9)
{
    return std::abs(actual - expected) <= rel * std::abs(expected) + 1e-12;
}

#define QCOMPARE_NEAR(actual, expected)                                                                   \
    QVERIFY2(near((actual), (expected)),                                                                  \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual)).arg((actual), 0, 'g', 15) \
                            .arg((expected), 0, 'g', 15)))

// Per user at the peak: 0.1 req/s, 0.05 static, 0.04 read, 0.01 write. The
// web CPU serves 0.1 req/s per user at 5.5 ms mean on 2 vCPUs; the database
// 0.11 queries/s per user at 0.00014/0.11 s on 2 vCPUs.
constexpr double kWebS = 0.0055;
constexpr double kDbS = 0.00014 / 0.11;

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void validate()
    {
        const Run r = runScalescope({"validate", kSmall});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid (3 components, 2 stages)"), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    void validateBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where"); // JSON path or line:column
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown kind") << "unknown-kind.json" << ": at base.components[1].kind: " << "unknown kind 'ec2-turbo'";
        QTest::newRow("dangling connection") << "dangling-connection.json" << ": at base.connections[1].to: " << "no component 'db'";
        QTest::newRow("malformed") << "missing-comma.json" << ":8:36: " << "malformed JSON";
    }
    void validateBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, problem);
        const Run r = runScalescope({"validate", kBad + file});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(kBad + file + where), qPrintable(err));
        QVERIFY2(err.contains(problem), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void missingFile()
    {
        const Run r = runScalescope({"evaluate", kBad + "no-such-file.json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-file.json") && r.err.contains("cannot open"), r.err.constData());
    }

    void evaluateJsonHasEveryField()
    {
        const Run r = runScalescope({"evaluate", kSmall, "--stage", "0", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        for (const char *key : {"users", "stage", "bottleneck", "ceilingUsers", "sloCeilingUsers", "availability",
                                "downtimeMinutesPerYear", "servedShare", "monthlyCostUsd", "classes", "components"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("users").toDouble(), 1000.0); // the workload's users
        QCOMPARE(o.value("stage").toInt(), 0);
        // The web CPU: 100 req/s of 2 / 5.5 ms = 363.6 -> 27.5%.
        const QJsonObject bottleneck = o.value("bottleneck").toObject();
        QCOMPARE(bottleneck.value("component").toString(), QStringLiteral("web"));
        QCOMPARE(bottleneck.value("resource").toString(), QStringLiteral("CPU"));
        QCOMPARE_NEAR(bottleneck.value("utilization").toDouble(), 0.275);
        // Ceiling: the CPU at 100% = 1 / 0.000275 users.
        QCOMPARE_NEAR(o.value("ceilingUsers").toDouble(), 1 / 0.000275);
        // Static requests need the web server (0.995), dynamic ones the database too
        // (0.995 x 0.995); half the requests are static: 0.9925125, and
        // (1 - 0.9925125) x 525,600 min of downtime a year.
        QCOMPARE_NEAR(o.value("availability").toDouble(), 0.5 * 0.995 + 0.5 * 0.990025);
        QCOMPARE_NEAR(o.value("downtimeMinutesPerYear").toDouble(), (1 - 0.9925125) * 525600);
        QCOMPARE(o.value("servedShare").toDouble(), 1.0);
        // 71.68 (web: 0.096 x 730 + 20 x 0.08) + 124.83 (db: 0.171 x 730) + 1.123046875 (9.77 GiB x 0.115).
        QCOMPARE_NEAR(o.value("monthlyCostUsd").toDouble(), 197.633046875 + kDataOutUsd);

        const QJsonArray classes = o.value("classes").toArray();
        const double webWait = mm2Wait(100, kWebS), dbWait = mm2Wait(110, kDbS);
        // Processor sharing stretches each request's own service time by E[R]/E[S].
        const double webs = 1 + webWait / kWebS, dbs = 1 + dbWait / kDbS;
        const struct { const char *name; double rate, latency; } expected[] = {
            {"static", 50, webs * 0.001},
            {"read", 40, webs * 0.010 + 2 * dbs * 0.001},
            {"write", 10, webs * 0.010 + dbs * 0.006},
        };
        for (const auto &x : expected) {
            const QJsonObject c = byKey(classes, "name", QLatin1String(x.name));
            QVERIFY2(!c.isEmpty(), x.name);
            QCOMPARE_NEAR(c.value("rate").toDouble(), x.rate);
            QCOMPARE_NEAR(c.value("latencyMs").toDouble(), x.latency * 1000);
            QCOMPARE_NEAR(c.value("meanMs").toDouble(), x.latency * 1000);
            // Percentiles of a right-skewed time: the median under the mean, the tail above.
            QVERIFY(c.value("p50Ms").toDouble() < c.value("meanMs").toDouble());
            QVERIFY(c.value("p95Ms").toDouble() > c.value("meanMs").toDouble());
            QVERIFY(c.value("p99Ms").toDouble() > c.value("p95Ms").toDouble());
            QVERIFY(c.value("errorRate").isDouble());
            QCOMPARE(c.value("errorRate").toDouble(), 0.0);
        }

        const QJsonArray components = o.value("components").toArray();
        QCOMPARE(components.size(), 3);
        const QJsonObject web = byKey(components, "id", "web");
        QCOMPARE(web.value("kind").toString(), QStringLiteral("ec2"));
        QCOMPARE_NEAR(web.value("arrivalRate").toDouble(), 100.0);
        const QJsonArray webResources = web.value("resources").toArray();
        const QJsonObject cpu = byKey(webResources, "name", "CPU");
        QCOMPARE_NEAR(cpu.value("demand").toDouble(), 100.0);
        QCOMPARE_NEAR(cpu.value("capacity").toDouble(), 2 / kWebS);
        QCOMPARE_NEAR(cpu.value("utilization").toDouble(), 0.275);
        QCOMPARE(cpu.value("servers").toDouble(), 2.0);
        QCOMPARE_NEAR(cpu.value("serviceTimeMs").toDouble(), 5.5);
        QCOMPARE_NEAR(cpu.value("responseTimeMs").toDouble(), (kWebS + webWait) * 1000); // 5.95 ms
        // Memory is a capacity: 1024 MiB + 100 online x 64 KiB, of 8 GiB; no queue fields.
        const QJsonObject memory = byKey(webResources, "name", "memory");
        QCOMPARE_NEAR(memory.value("demand").toDouble(), 1030.25);
        QCOMPARE_NEAR(memory.value("capacity").toDouble(), 8192.0);
        QCOMPARE_NEAR(memory.value("utilization").toDouble(), 1030.25 / 8192);
        QVERIFY(!memory.contains("servers") && !memory.contains("responseTimeMs"));

        const QJsonObject db = byKey(components, "id", "db");
        QCOMPARE(db.value("kind").toString(), QStringLiteral("rds"));
        QCOMPARE_NEAR(db.value("arrivalRate").toDouble(), 110.0);
        const QJsonArray dbResources = db.value("resources").toArray();
        const QJsonObject queries = byKey(dbResources, "name", "queries");
        QCOMPARE_NEAR(queries.value("utilization").toDouble(), 0.07);
        QCOMPARE_NEAR(queries.value("serviceTimeMs").toDouble(), kDbS * 1000);
        QCOMPARE_NEAR(queries.value("responseTimeMs").toDouble(), (kDbS + dbWait) * 1000);
        QCOMPARE_NEAR(byKey(dbResources, "name", "IOPS").value("demand").toDouble(), 70.0); // 10 x 2 + 100 x 0.5
        QCOMPARE(byKey(dbResources, "name", "connections").value("capacity").toDouble(), 682.0); // floor(8 GiB / 12582880)
        QCOMPARE_NEAR(byKey(dbResources, "name", "storage").value("demand").toDouble(), 9.765625);

        const QJsonObject users = byKey(components, "id", "users");
        QCOMPARE(users.value("arrivalRate").toDouble(), 0.0);
        QVERIFY(users.value("resources").toArray().isEmpty());
    }

    void evaluateAtAUserCount()
    {
        // 10k users: the web CPU at 2.75 refuses 1 - 1/2.75 of every class;
        // the database (70%) and its storage (97.7%) hold.
        const Run r = runScalescope({"evaluate", kSmall, "--stage", "0", "--users", "10k"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("users").toDouble(), 10000.0);
        QCOMPARE_NEAR(o.value("bottleneck").toObject().value("utilization").toDouble(), 2.75);
        const QJsonObject read = byKey(o.value("classes").toArray(), "name", "read");
        QCOMPARE_NEAR(read.value("rate").toDouble(), 400.0);
        QCOMPARE_NEAR(read.value("errorRate").toDouble(), 1 - 1 / 2.75);
    }

    void stages_data()
    {
        QTest::addColumn<QStringList>("stageArgs");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("webInstances");
        QTest::addColumn<double>("availability");
        QTest::addColumn<double>("ceiling");
        QTest::addColumn<double>("cost");
        // Two web servers double the CPU: ceiling 2 / 0.000275 = 7272.7 users.
        // Multi-AZ: 0.995 x 0.9995; the database bill doubles:
        // 2 x 71.68 + 2 x 124.83 + 2 x 1.123046875.
        // Availability is request-weighted: half static (the web tier), half dynamic
        // (web and database); two servers in one zone are capped at that zone's 99.5%.
        const double base = 0.5 * 0.995 + 0.5 * 0.995 * 0.995;
        const double multiAz = 0.5 * 0.995 + 0.5 * 0.995 * 0.9995;
        QTest::newRow("0") << QStringList{"--stage", "0"} << 0 << "Base" << 1.0 << base << 1 / 0.000275 << 197.633046875;
        QTest::newRow("1") << QStringList{"--stage", "1"} << 1 << "Two web servers" << 2.0 << base << 2 / 0.000275
                           << 143.36 + 125.953046875;
        QTest::newRow("last") << QStringList{"--stage", "last"} << 2 << "Multi-AZ database" << 2.0 << multiAz
                              << 2 / 0.000275 << 143.36 + 251.90609375;
        QTest::newRow("default is last") << QStringList{} << 2 << "Multi-AZ database" << 2.0 << multiAz
                                         << 2 / 0.000275 << 143.36 + 251.90609375;
    }
    void stages()
    {
        QFETCH(QStringList, stageArgs);
        QFETCH(int, stage);
        QFETCH(QString, title);
        QFETCH(double, webInstances);
        QFETCH(double, availability);
        QFETCH(double, ceiling);
        QFETCH(double, cost);
        const Run r = runScalescope(QStringList{"evaluate", kSmall} + stageArgs);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("stage").toInt(), stage);
        QCOMPARE(o.value("stageTitle").toString(), title);
        QCOMPARE(byKey(o.value("components").toArray(), "id", "web").value("instances").toDouble(), webInstances);
        QCOMPARE_NEAR(o.value("availability").toDouble(), availability);
        QCOMPARE_NEAR(o.value("ceilingUsers").toDouble(), ceiling);
        QCOMPARE_NEAR(o.value("monthlyCostUsd").toDouble(), cost + kDataOutUsd);
    }

    void evaluateCsv()
    {
        const Run r = runScalescope({"evaluate", kSmall, "--stage", "0", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8); // header, 2 web resources, 5 database resources
        QCOMPARE(lines[0], QByteArray("component,kind,resource,unit,demand,capacity,utilization,ceilingUsers,responseTimeMs"));
        bool found = false;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(',');
            QCOMPARE(f.size(), 9);
            if (f[0] == "web" && f[2] == "CPU") {
                found = true;
                QCOMPARE(f[1], QByteArray("ec2"));
                QCOMPARE(f[3], QByteArray("req/s"));
                QVERIFY(near(f[4].toDouble(), 100, 1e-9));
                QVERIFY(near(f[5].toDouble(), 2 / kWebS, 1e-9));
                QVERIFY(near(f[6].toDouble(), 0.275, 1e-9));
                QVERIFY(near(f[7].toDouble(), 1 / 0.000275, 1e-9));
                QVERIFY(near(f[8].toDouble(), (kWebS + mm2Wait(100, kWebS)) * 1000, 1e-9));
            }
        }
        QVERIFY(found);
    }

    void evaluateMarkdown()
    {
        const Run r = runScalescope({"evaluate", kSmall, "--stage", "0", "--format", "md"});
        QCOMPARE(r.exitCode, 0);
        const QString md = QString::fromUtf8(r.out);
        QVERIFY2(md.startsWith(QStringLiteral("### Base at 1,000 users")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("- Ceiling: 3,636 users (Web server CPU)")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| Component | Kind | Instances | Req/s | Busiest resource | Utilisation | Monthly $ |")),
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| Web server | EC2 instance | 1 | 100 | CPU |")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| Database | RDS database | 1 | 110 | storage |")), qPrintable(md));
    }

    void sweepCsv()
    {
        const Run r = runScalescope({"sweep", kSmall, "--from", "1", "--to", "1M", "--points", "7"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8); // header + 7 points
        QVERIFY(lines[0].startsWith("users,"));
        QCOMPARE(lines[1].split(',').front(), QByteArray("1"));
        QCOMPARE(lines[7].split(',').front(), QByteArray("1000000"));
        for (int i = 1; i <= 7; ++i)
            QVERIFY(near(lines[i].split(',').front().toDouble(), std::pow(10.0, i - 1), 1e-9));
    }

    void sweepJson()
    {
        const Run r = runScalescope({"sweep", kSmall, "--stage", "0", "--from", "10", "--to", "10k", "--points", "4",
                                  "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("stage").toInt(), 0);
        const QJsonArray points = o.value("points").toArray();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.first().toObject().value("users").toDouble(), 10.0);
        QCOMPARE(points.last().toObject().value("users").toDouble(), 10000.0);
        // 1000 users is the third point: the web CPU at 27.5%.
        const QJsonObject third = points[2].toObject();
        QVERIFY(near(third.value("users").toDouble(), 1000, 1e-12));
        QVERIFY(near(third.value("utilization").toObject().value("web").toDouble(), 0.275, 1e-9));
    }

    void simulateJson()
    {
        // 1,000 users: 100 req/s on the web CPU at 5.5 ms on 2 vCPUs, 27.5% busy.
        const QStringList args{"simulate", kSmall, "--stage", "0", "--users", "1000", "--seconds", "400", "--seed", "7", "--format", "json"};
        const Run r = runScalescope(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("users").toDouble(), 1000.0);
        QCOMPARE(o.value("seconds").toDouble(), 400.0);
        QCOMPARE(o.value("seed").toString(), QStringLiteral("7"));
        QCOMPARE(o.value("serviceTimes").toString(), QStringLiteral("exponential"));
        const QJsonArray classes = o.value("classes").toArray();
        QCOMPARE(classes.size(), 3);
        const QJsonObject read = byKey(classes, "name", "read");
        QCOMPARE_NEAR(read.value("rate").toDouble(), 40.0);
        QVERIFY(read.value("served").toDouble() > 10000);
        for (const char *key : {"meanMs", "p50Ms", "p95Ms", "p99Ms"}) {
            const QJsonObject e = read.value(QLatin1String(key)).toObject();
            QVERIFY2(e.value("value").toDouble() > 0 && e.value("ci95").toDouble() > 0, key);
        }
        QVERIFY(read.value("p50Ms").toObject().value("value").toDouble() < read.value("p99Ms").toObject().value("value").toDouble());
        QVERIFY(read.value("analyticLatencyMs").toDouble() > 0);
        const QJsonObject web = byKey(o.value("resources").toArray(), "component", "web");
        QCOMPARE(web.value("resource").toString(), QStringLiteral("CPU"));
        QCOMPARE(web.value("discipline").toString(), QStringLiteral("processor-sharing"));
        QVERIFY(near(web.value("analyticUtilization").toDouble(), 100 * kWebS / 2, 1e-9));
        // A time average over some 40,000 services: within 4%.
        QVERIFY(near(web.value("utilization").toDouble(), 100 * kWebS / 2, 0.04));
        // The same seed, the same run.
        QCOMPARE(runScalescope(args).out, r.out);
    }

    void simulateMarkdown()
    {
        const Run r = runScalescope({"simulate", kSmall, "--stage", "0", "--users", "100", "--seconds", "20", "--service", "lognormal", "--cv", "2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("lognormal (CV 2) service times"), r.out.constData());
        QVERIFY(r.out.contains("| read | 4 |"));
        QVERIFY(r.out.contains("| Web server | CPU | PS | 2 x 1 |"));
    }

    void simulateRefusesTooLargeARun()
    {
        const Run r = runScalescope({"simulate", kSmall, "--stage", "0", "--users", "100M"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("more than the limit") && r.err.contains("--seconds"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"evaluate", kSmall, "--colour", "red"} << "unknown option --colour";
        QTest::newRow("stage out of range") << QStringList{"evaluate", kSmall, "--stage", "3"} << "--stage 3";
        QTest::newRow("negative stage") << QStringList{"evaluate", kSmall, "--stage", "-1"} << "--stage -1";
        QTest::newRow("stage not a number") << QStringList{"evaluate", kSmall, "--stage", "first"} << "--stage first";
        QTest::newRow("no points") << QStringList{"sweep", kSmall, "--from", "1", "--to", "1M", "--points", "0"} << "--points";
        QTest::newRow("points missing") << QStringList{"sweep", kSmall, "--from", "1", "--to", "1M"} << "--points";
        QTest::newRow("range reversed") << QStringList{"sweep", kSmall, "--from", "1M", "--to", "1", "--points", "3"} << "--to";
        QTest::newRow("negative users") << QStringList{"evaluate", kSmall, "--users", "-5"} << "--users -5";
        QTest::newRow("junk users") << QStringList{"evaluate", kSmall, "--users", "lots"} << "--users lots";
        QTest::newRow("unknown format") << QStringList{"evaluate", kSmall, "--format", "xml"} << "--format xml";
        QTest::newRow("option without a value") << QStringList{"evaluate", kSmall, "--users"} << "--users needs a value";
        QTest::newRow("unknown service") << QStringList{"simulate", kSmall, "--service", "gamma"} << "--service gamma";
        QTest::newRow("cv without lognormal") << QStringList{"simulate", kSmall, "--cv", "2"} << "--cv applies";
        QTest::newRow("no seconds") << QStringList{"simulate", kSmall, "--seconds", "0"} << "--seconds 0";
        QTest::newRow("junk seed") << QStringList{"simulate", kSmall, "--seed", "x"} << "--seed x";
        QTest::newRow("no file") << QStringList{"validate"} << "needs a scenario file";
        QTest::newRow("two files") << QStringList{"validate", kSmall, kSmall} << "unexpected argument";
        // One rule for every user count: 1 to 100M, as the slider and export.
        QTest::newRow("tiny users") << QStringList{"evaluate", kSmall, "--users", "1e-300"} << "from 1 to 100M";
        QTest::newRow("huge users") << QStringList{"evaluate", kSmall, "--users", "1e12"} << "from 1 to 100M";
        QTest::newRow("advise users") << QStringList{"advise", kSmall, "--users", "0.5"} << "from 1 to 100M";
        QTest::newRow("sweep to") << QStringList{"sweep", kSmall, "--from", "1", "--to", "1e12", "--points", "3"} << "from 1 to 100M";
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runScalescope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY2(r.err.contains("Usage:"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // A named pipe as the scenario blocked every command for ever.
    void namedPipe()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("f.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const char *command : {"validate", "evaluate", "journey"}) {
            const Run r = runScalescope({QString::fromLatin1(command), fifo});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("f.json") && r.err.contains("named pipe (FIFO)"), r.err.constData());
        }
    }

    // A sweep keeps components x points figures: too many are refused up
    // front with the number of points that would do, never by running out
    // of memory.
    void sweepTooLarge()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("many.json"));
        constexpr int kComponents = 1000;
        QByteArray components;
        for (int i = 0; i < kComponents; ++i)
            components += (i ? "," : "") + QByteArray("{\"id\": \"c") + QByteArray::number(i) + "\", \"kind\": \"s3\"}";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"scalescope-scenario\", \"version\": 1, \"base\": {\"components\": [" + components + "]}}");
        f.close();
        const qint64 allowed = scalescope::kMaxSweepValues / kComponents;
        Run r = runScalescope({"sweep", file, "--from", "1", "--to", "1M", "--points", QString::number(scalescope::kMaxSweepPoints)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("at most %1 points").arg(allowed).toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // One point more than the message offers is already too many.
        r = runScalescope({"sweep", file, "--from", "1", "--to", "1M", "--points", QString::number(allowed + 1)});
        QCOMPARE(r.exitCode, 2);
        r = runScalescope({"sweep", file, "--from", "1", "--to", "1M", "--points", "3"});
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
