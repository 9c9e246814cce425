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
        // One comment line per scaling option and per summary figure of the JSON output.
        const Result json = run({"timeline", kJourney, "--stage", "4", "--users", "50k", "--step", "30", "--profile",
                                 "flash-crowd-x3-20m"});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(comments.size(), o.value("scaling").toObject().size() + o.value("summary").toObject().size());
        QVERIFY(comments.contains("# predictive,group"));
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
        QTest::newRow("predictive") << QStringList{"--predictive", "maybe"} << "--predictive maybe: expected on or off";
        QTest::newRow("metric") << QStringList{"--metric", "memory"} << "--metric memory: expected cpu or requests";
        QTest::newRow("metric period") << QStringList{"--metric-period", "0"} << "--metric-period 0: expected seconds";
        QTest::newRow("launch") << QStringList{"--launch", "soon"} << "--launch soon: expected seconds";
        QTest::newRow("warmup") << QStringList{"--warmup", "-1"} << "--warmup -1: expected seconds";
        QTest::newRow("cooldown") << QStringList{"--cooldown", "1e9"} << "--cooldown 1e9: expected seconds";
        QTest::newRow("buffer") << QStringList{"--predictive-buffer", "7200"} << "--predictive-buffer 7200: expected seconds";
        QTest::newRow("cold start") << QStringList{"--cold-start-ms", "-5"} << "--cold-start-ms -5: expected milliseconds";
        QTest::newRow("cold start nan") << QStringList{"--cold-start-ms", "nan"} << "--cold-start-ms nan";
        QTest::newRow("schedule time") << QStringList{"--schedule", "25:00,min=2"} << "'25:00' is not a time of day";
        QTest::newRow("schedule order") << QStringList{"--schedule", "min=2,08:00"} << "'min=2' comes before any time";
        QTest::newRow("schedule empty action") << QStringList{"--schedule", "08:00,20:00,min=2"} << "08:00 sets nothing";
        QTest::newRow("schedule key") << QStringList{"--schedule", "08:00,size=2"} << "'size=2' is neither a time";
        QTest::newRow("schedule count") << QStringList{"--schedule", "08:00,min=2.5"} << "'min=2.5': expected a whole number";
        QTest::newRow("schedule min above max") << QStringList{"--schedule", "08:00,min=9,max=4"} << "at 08:00 min=9 is above max=4";
        QTest::newRow("schedule twice") << QStringList{"--schedule", "08:00,min=2,8:00,min=3"} << "8:00 is given twice";
        QTest::newRow("schedule empty item") << QStringList{"--schedule", "08:00,,min=2"} << "--schedule 08:00,,min=2: an empty item";
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

    void helpListsEveryOption()
    {
        const Result r = run({"timeline", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        for (const QString &flag : QStringList{"stage", "users", "profile", "step", "format", "metric", "metric-period",
                                               "launch", "warmup", "cooldown", "predictive", "predictive-buffer",
                                               "schedule", "cold-start-ms"})
            QVERIFY2(r.out.contains("--" + flag + ' '), qPrintable(flag));
        // Every line fits a 110-column terminal.
        for (const QString &line : r.out.split('\n'))
            QVERIFY2(line.size() <= 110, qPrintable(line));
        // The general help points to it.
        QVERIFY(run({"help"}).out.contains("scalescope timeline --help"));
    }

    void scalingFlagsAreUsedAndNamed()
    {
        // A scheduled minimum of 6 from 08:00 to 20:00, launched at once: at
        // 1,000 users the web tier needs no more than its own minimum, so it
        // holds exactly the scheduled minimum by day and its own by night.
        const Result r = run({"timeline", kJourney, "--stage", "4", "--users", "1000", "--schedule", "20:00,min=2,08:00,min=6",
                              "--launch", "0", "--warmup", "0", "--cooldown", "0", "--predictive", "off",
                              "--cold-start-ms", "800", "--metric", "requests"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject scaling = o.value("scaling").toObject();
        QCOMPARE(scaling.value("schedule").toString(), QStringLiteral("08:00,min=6,20:00,min=2"));
        QCOMPARE(scaling.value("predictive").toString(), QStringLiteral("off"));
        QCOMPARE(scaling.value("coldStartMs").toDouble(), 800.0);
        QCOMPARE(scaling.value("metric").toString(), QStringLiteral("requests"));
        QCOMPARE(scaling.value("launchSeconds").toDouble(), 0.0);
        QCOMPARE(scaling.value("predictiveBufferSeconds").toString(), QStringLiteral("group"));
        const QJsonObject fleet = o.value("fleets").toArray().at(0).toObject();
        QCOMPARE(fleet.value("schedule").toString(), QStringLiteral("08:00,min=6,20:00,min=2"));
        QCOMPARE(fleet.value("predictive").toBool(), false);
        QCOMPARE(fleet.value("minInstances").toDouble(), 2.0);
        // A step shows what served during it: the instances 08:00 launches
        // serve from the next minute, and target tracking takes the group back
        // to 2 when 20:00's minute ends.
        for (const QJsonValue &v : o.value("steps").toArray()) {
            const QJsonObject s = v.toObject();
            const double minute = s.value("minute").toDouble();
            const double expected = minute > 8 * 60 && minute <= 20 * 60 ? 6 : 2;
            QVERIFY2(s.value("inService").toDouble() == expected, qPrintable(QString::number(minute)));
        }
    }

    void predictiveScalingCanBeSwitchedOn()
    {
        // On: each fleet carries a forecast per hour of the day, and the day's
        // peak is in service before it arrives (the forecast of its hour).
        const QStringList common{"timeline", kJourney, "--stage", "4", "--users", "90k"};
        const Result on = run(common + QStringList{"--predictive", "on", "--predictive-buffer", "600"});
        QVERIFY2(on.code == 0, qPrintable(on.err));
        const QJsonObject o = QJsonDocument::fromJson(on.out.toUtf8()).object();
        QCOMPARE(o.value("scaling").toObject().value("predictive").toString(), QStringLiteral("on"));
        const QJsonObject fleet = o.value("fleets").toArray().at(0).toObject();
        QCOMPARE(fleet.value("predictive").toBool(), true);
        QCOMPARE(fleet.value("predictiveBufferSeconds").toDouble(), 600.0);
        const QJsonArray forecast = fleet.value("forecastPerHour").toArray();
        QCOMPARE(forecast.size(), 24);
        // From the first step of each hour, what serves is at least that hour's forecast.
        for (const QJsonValue &v : o.value("steps").toArray()) {
            const QJsonObject s = v.toObject();
            const int hour = int(s.value("minute").toDouble()) / 60;
            QVERIFY(s.value("inService").toDouble() >= std::min(forecast[hour].toDouble(), fleet.value("maxInstances").toDouble()));
        }
        const Result off = run(common + QStringList{"--predictive", "off"});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        const QJsonObject f = QJsonDocument::fromJson(off.out.toUtf8()).object().value("fleets").toArray().at(0).toObject();
        QCOMPARE(f.value("predictive").toBool(), false);
        QVERIFY(f.value("forecastPerHour").toArray().isEmpty());
    }

    void coldStartsAreCountedAndTheirLengthGiven()
    {
        // The base's sign-up function in a flash crowd: the same environments
        // start whatever a cold start costs; a longer one only adds to a p99,
        // by the whole cold start where it reaches it (or up to the timeout).
        const QStringList common{"timeline", kJourney, "--stage", "0", "--users", "20k", "--profile", "flash-crowd-x10-30m"};
        const Result quick = run(common + QStringList{"--cold-start-ms", "0"});
        const Result slow = run(common + QStringList{"--cold-start-ms", "2000"});
        QVERIFY2(quick.code == 0 && slow.code == 0, qPrintable(quick.err + slow.err));
        const QJsonObject q = QJsonDocument::fromJson(quick.out.toUtf8()).object();
        const QJsonObject s = QJsonDocument::fromJson(slow.out.toUtf8()).object();
        QCOMPARE(s.value("scaling").toObject().value("coldStartMs").toDouble(), 2000.0);
        QCOMPARE(q.value("summary").toObject().value("coldStarts").toDouble(), s.value("summary").toObject().value("coldStarts").toDouble());
        const QJsonArray qs = q.value("steps").toArray(), ss = s.value("steps").toArray();
        QCOMPARE(qs.size(), ss.size());
        double sum = 0;
        for (qsizetype k = 0; k < ss.size(); ++k) {
            const QJsonObject a = qs[k].toObject(), b = ss[k].toObject();
            sum += b.value("coldStarts").toDouble();
            for (const char *key : {"readP99Ms", "writeP99Ms"}) {
                const double added = b.value(key).toDouble() - a.value(key).toDouble();
                QVERIFY2(added >= -1e-9 && added <= 2000 + 1e-9, qPrintable(QStringLiteral("%1 at step %2: %3").arg(key).arg(k).arg(added)));
            }
        }
        QVERIFY(sum > 0);
        QVERIFY(std::abs(sum - s.value("summary").toObject().value("coldStarts").toDouble()) <= 1e-9 * sum);
    }

    void aStageRunsItsOwnProfile()
    {
        // The journey with stage 4 set to a flat day at half the peak: stage 4
        // and the stages after it run that day, stage 3 the file's own, and
        // --profile still names another.
        QFile in(kJourney);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray stages = root.value("stages").toArray();
        QVERIFY(stages.size() >= 5);
        QJsonObject four = stages[3].toObject();
        QJsonArray edits = four.value("edits").toArray();
        edits.append(QJsonObject{{"op", "set-profile"},
                                 {"profile", QJsonObject{{"name", "half"}, {"points", QJsonArray{QJsonArray{0, 0.5}, QJsonArray{1440, 0.5}}}}}});
        four.insert("edits", edits);
        stages[3] = four;
        root.insert("stages", stages);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = write(dir, "half.json", QJsonDocument(root).toJson());

        const auto profileOf = [&](const QStringList &extra) {
            const Result r = run(QStringList{"timeline", path, "--step", "3600"} + extra);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            return o.value("profile").toObject().value("name").toString();
        };
        QCOMPARE(profileOf({"--stage", "3"}), QStringLiteral("consumer-diurnal"));
        QCOMPARE(profileOf({"--stage", "4"}), QStringLiteral("half"));
        QCOMPARE(profileOf({"--stage", "5"}), QStringLiteral("half"));
        QCOMPARE(profileOf({"--stage", "4", "--profile", "tv-spot"}), QStringLiteral("tv-spot"));
        const Result r = run({"timeline", path, "--stage", "4", "--step", "3600"});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value("steps").toArray())
            QCOMPARE(v.toObject().value("multiple").toDouble(), 0.5);
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
