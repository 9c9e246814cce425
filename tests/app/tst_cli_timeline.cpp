// scalescope timeline, in process: the day as JSON and CSV, every bad
// argument named, and profile files checked with the file, the place and
// the problem.
#include "cli/commandline.h"
#include "timeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace scalescope;

namespace {

const QString kJourney = QStringLiteral(SCALESCOPE_SCENARIOS "/journey-to-10-million-users.json");

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runCommandLine(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliTimeline : public QObject {
    Q_OBJECT
private slots:
    void jsonHoldsTheDayAndItsSummary()
    {
        // Stage 4 (the web tier auto scaled) at 90k users, the default profile.
        const Result r = run({"timeline", kJourney, "--stage", "4", "--users", "90k"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("stage").toInt(), 4);
        QCOMPARE(o.value("users").toDouble(), 90000.0);
        QCOMPARE(o.value("profile").toObject().value("name").toString(), QStringLiteral("consumer-diurnal"));
        const QJsonArray steps = o.value("steps").toArray();
        QCOMPARE(steps.size(), 1440); // a day of minutes
        QCOMPARE(steps.first().toObject().value("minute").toDouble(), 0.0);
        QCOMPARE(steps.last().toObject().value("minute").toDouble(), 1439.0);
        // The summary adds up the steps.
        double failed = 0, peak = 0;
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            failed += s.value("timedOutRequests").toDouble() + s.value("throttledRequests").toDouble();
            peak = std::max(peak, s.value("inService").toDouble() + s.value("launching").toDouble());
        }
        const QJsonObject summary = o.value("summary").toObject();
        QVERIFY(std::abs(summary.value("failedRequests").toDouble() - failed) <= 1e-6 * std::max(1.0, failed));
        QCOMPARE(summary.value("peakInstances").toDouble(), peak);
        QVERIFY(summary.value("autoScaledMonthlyCostUsd").toDouble() < summary.value("fixedPeakMonthlyCostUsd").toDouble());
        QCOMPARE(o.value("fleets").toArray().size(), 1);
        QCOMPARE(o.value("fleets").toArray()[0].toObject().value("warmupSeconds").toDouble(), 300.0);
    }

    void csvHasARowPerStep()
    {
        const Result r = run({"timeline", kJourney, "--stage", "4", "--users", "50k", "--step", "30", "--format", "csv",
                              "--profile", "flash-crowd-x3-20m"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        const QStringList comments = lines.filter(QRegularExpression("^# "));
        QCOMPARE(comments.size(), 9);
        const int header = int(comments.size());
        QVERIFY(lines[header].startsWith("minute,multiple,request_rate,in_service"));
        QCOMPARE(lines.size() - header - 1, 2880); // a day in 30 s steps
        QCOMPARE(lines[header + 1].split(',').size(), lines[header].split(',').size());
    }

    void badArgumentsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("step 0") << QStringList{"--step", "0"} << "--step 0";
        QTest::newRow("step not a number") << QStringList{"--step", "fast"} << "--step fast";
        QTest::newRow("step above an hour") << QStringList{"--step", "7200"} << "--step 7200";
        QTest::newRow("format") << QStringList{"--format", "xml"} << "--format xml";
        QTest::newRow("stage") << QStringList{"--stage", "99"} << "--stage 99";
        QTest::newRow("users") << QStringList{"--users", "lots"} << "--users lots";
        QTest::newRow("profile") << QStringList{"--profile", "no-such-day"} << "--profile no-such-day";
        QTest::newRow("unknown option") << QStringList{"--speed", "2"} << "--speed";
        QTest::newRow("value missing") << QStringList{"--step"} << "--step needs a value";
    }
    void badArgumentsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Result r = run(QStringList{"timeline", kJourney} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void noFileIsUsage()
    {
        const Result r = run({"timeline"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("needs a scenario file"));
    }

    void badProfileFilesSayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unsorted") << QByteArray(R"({"points": [[0, 1], [600, 2], [300, 1]]})") << "points[2].minute";
        QTest::newRow("negative") << QByteArray(R"({"points": [[0, -0.5]]})") << "points[0].multiple";
        QTest::newRow("past the day") << QByteArray(R"([[0, 1], [2000, 1]])") << "points[1].minute";
        QTest::newRow("not pairs") << QByteArray(R"({"points": [[0, 1, 2]]})") << "points[0]";
        QTest::newRow("a string") << QByteArray(R"({"points": [["noon", 1]]})") << "points[0]";
        QTest::newRow("no points") << QByteArray(R"({"name": "x"})") << "points";
        QTest::newRow("syntax") << QByteArray("{\n  \"points\": [[0, 1],\n}") << ":3:";
    }
    void badProfileFilesSayWhereAndWhat()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = write(dir, "day.json", content);
        const Result r = run({"timeline", kJourney, "--profile", path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path) && r.err.contains(problem), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void aProfileFileTooLargeOrNotAFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString large = write(dir, "large.json", QByteArray(kMaxProfileFileBytes + 10, ' '));
        Result r = run({"timeline", kJourney, "--profile", large});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(large) && r.err.contains("larger than"), qPrintable(r.err));
        r = run({"timeline", kJourney, "--profile", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(dir.path()), qPrintable(r.err));
    }

    void aGoodProfileFileIsUsed()
    {
        // Flat at half the peak all day: the web tier never needs more than at half the peak.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = write(dir, "flat.json", R"({"name": "flat", "points": [[0, 0.5], [1440, 0.5]]})");
        const Result r = run({"timeline", kJourney, "--stage", "4", "--users", "90k", "--profile", path, "--step", "60"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("profile").toObject().value("name").toString(), QStringLiteral("flat"));
        for (const QJsonValue &v : o.value("steps").toArray())
            QCOMPARE(v.toObject().value("multiple").toDouble(), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
