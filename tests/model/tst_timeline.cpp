// A day of traffic (model/timeline.h): the closed form of a step against a
// warming fleet, a quiet day that never scales, the saving of auto scaling
// over a fleet fixed for the peak, DynamoDB on-demand's doubling rule, the
// journey's auto scaling stage, and the profiles' presets and checks.
#include "scenariofile.h"
#include "shippedscenario.h"
#include "stagenetwork.h"
#include "timeline.h"
#include "tst_network_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace scalescope;
using namespace fixture;

namespace {

// Web servers (m5.large, 2 vCPUs) in an auto scaling group at 50% CPU. CPU
// work per user (fixture): 0.05 x 1 ms + 0.05 x 10 ms = 0.00055 vCPU-s/s.
constexpr double kCpuPerUser = 0.00055;
Architecture fleet(double minSize, double maxSize, double timeoutMs = 30000)
{
    Architecture a = architecture(
        {component("users", "users"), component("web", "ec2", webParams(), "asg")}, {edge("users", "web")},
        {group("region", "region"), group("az", "availability-zone", "region"),
         group("asg", "auto-scaling-group", "az", {{"minSize", minSize}, {"maxSize", maxSize}, {"targetCpu", 0.5}})});
    a.workload.timeoutMs = timeoutMs;
    return a;
}

TrafficProfile stepProfile(double before, double after, double atMinute)
{
    return TrafficProfile{QStringLiteral("step"), {{0, before}, {atMinute, before}, {atMinute + 0.001, after}, {kMinutesPerDay, after}}};
}

double totalRatePerUser(const Network &n)
{
    double r = 0;
    for (double c : n.classRatePerUser)
        r += c;
    return r;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT
private slots:
    void stepToThreeTimesFailsTheExcessOverTheWarmup()
    {
        // Ten instances exactly at the 50% target carry r; at 3r they are at
        // 150% and serve 2r, so r a second is in excess until new instances
        // serve: one metric period to notice, the launch, the warm-up. The
        // backlog holds capacity x timeout of it, served later.
        constexpr double n = 10, warmup = 300, metric = 10, launch = 0, timeout = 5;
        const double users = 3 * n / kCpuPerUser; // n x 2 vCPUs x 50% at a third of the peak
        const Network net = compileValid(fleet(1, 1000, timeout * 1000));
        TimelineOptions o;
        o.users = users;
        o.profile = stepProfile(1.0 / 3, 1.0, 600);
        o.stepSeconds = 10;
        o.metricSeconds = metric;
        o.launchSeconds = launch;
        o.warmupSeconds = warmup;
        const Timeline t = computeTimeline(net, o);
        QCOMPARE(t.fleets.size(), size_t(1));
        QCOMPARE(t.fleets[0].inService.front(), n);

        const double r3 = totalRatePerUser(net) * users; // requests/s after the step
        const double served = r3 / 1.5;
        const double excess = r3 - served;              // = r, the rate before the step
        const double expected = excess * (metric + launch + warmup) - served * timeout;
        QCOMPARE_REL(t.summary.failedRequests, expected, 0.02);
        QCOMPARE_REL(t.summary.failedRequests, excess * warmup, 0.10);
        QCOMPARE_REL(t.summary.timedOut, t.summary.failedRequests, 1e-9);

        // Failures stop about a warm-up after the step.
        double lastFailing = -1;
        for (const TimelineStep &s : t.steps)
            if (s.timedOut > 0)
                lastFailing = s.minute;
        QVERIFY(lastFailing > 600);
        QCOMPARE_REL((lastFailing + o.stepSeconds / 60 - 600) * 60, warmup, 0.10);
        // Then the fleet grows to what 3r needs at the target: 3n.
        QCOMPARE(t.fleets[0].inService.back(), 3 * n);
    }

    void aQuietDayNeverScales()
    {
        // 1,000 users need 0.55 instances at the peak: the minimum of 4 all day.
        const Network net = compileValid(fleet(4, 20));
        TimelineOptions o;
        o.users = 1000;
        const Timeline t = computeTimeline(net, o);
        QCOMPARE(t.steps.size(), size_t(1440));
        for (size_t k = 0; k < t.steps.size(); ++k) {
            QCOMPARE(t.fleets[0].inService[k], 4.0);
            QCOMPARE(t.fleets[0].launching[k], 0.0);
        }
        QCOMPARE(t.summary.failedRequests, 0.0);
        QCOMPARE(t.summary.autoScaledMonthlyCost, t.summary.fixedPeakMonthlyCost);
    }

    void autoScalingTheDiurnalDayCostsLessThanThePeakFleet()
    {
        // 100k users need ceil(55) instances at the peak and about half of that on average.
        const Network net = compileValid(fleet(2, 1000));
        TimelineOptions o;
        o.users = 100000;
        const Timeline t = computeTimeline(net, o);
        QCOMPARE(t.fleets[0].fixedPeakInstances, std::ceil(kCpuPerUser * o.users / (2 * 0.5)));
        QVERIFY(t.summary.autoScaledMonthlyCost < t.summary.fixedPeakMonthlyCost);
        // The instance part of the saving: the peak fleet against the day's mean.
        const ComponentModel &web = model(net, "web");
        double meanInstances = 0;
        for (size_t k = 0; k < t.steps.size(); ++k)
            meanInstances += t.fleets[0].inService[k] + t.fleets[0].launching[k];
        meanInstances /= double(t.steps.size());
        double perInstance = 0; // instance hours and volumes (no burstable credits on this type)
        for (const CostLine &line : web.costLines) {
            QVERIFY(line.creditBaseline < 0);
            perInstance += line.perInstance;
        }
        QCOMPARE_REL(t.summary.fixedPeakMonthlyCost - t.summary.autoScaledMonthlyCost,
                     perInstance * (t.fleets[0].fixedPeakInstances - meanInstances), 1e-6);
        QVERIFY(t.summary.peakInstances >= t.fleets[0].fixedPeakInstances);
    }

    void dynamoOnDemandThrottlesAboveTwiceThePreviousPeak_data()
    {
        QTest::addColumn<double>("jump");
        QTest::addColumn<bool>("throttles");
        // The day starts from yesterday's busiest hour (1.0) as the previous peak.
        QTest::newRow("1.9x: within twice the peak") << 1.9 << false;
        QTest::newRow("2.5x: above twice the peak") << 2.5 << true;
    }
    void dynamoOnDemandThrottlesAboveTwiceThePreviousPeak()
    {
        QFETCH(double, jump);
        QFETCH(bool, throttles);
        // A fixed fleet of 100 servers that never saturates (at 2.5 x 20k users
        // 27.5 of its 200 vCPUs), reading and writing one table.
        Architecture a = architecture({component("users", "users"), component("web", "ec2", webParams(100)),
                                       component("table", "dynamodb")},
                                      {edge("users", "web"), edge("web", "table")});
        const Network net = compileValid(a);
        TimelineOptions o;
        o.users = 20000;
        o.profile = stepProfile(0.5, jump, 600);
        const Timeline t = computeTimeline(net, o);
        QCOMPARE(t.summary.throttled > 0, throttles);
        QCOMPARE(t.summary.timedOut, 0.0);
        if (!throttles)
            return;
        // The first minute after the jump: a share (jump - 2) / jump of the
        // table's requests is refused; within 30 minutes the table has grown.
        const TimelineStep &first = t.steps[600];
        QVERIFY(first.throttled > 0);
        QVERIFY(first.errorRate <= (jump - 2) / jump + 1e-9);
        for (size_t k = 600 + 31; k < t.steps.size(); ++k)
            QCOMPARE(t.steps[k].throttled, 0.0);
    }

    void theJourneysAutoScalingStageSavesOverThePeakFleet()
    {
        // Stage 4 brings the web tier into an auto scaling group.
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        const Network net = compileStage(s, 4, {}, Catalog::builtin());
        TimelineOptions o;
        o.users = 0.9 * net.ceilingUsers;
        const Timeline t = computeTimeline(net, o);
        QVERIFY(!t.fleets.empty());
        QVERIFY(t.fleets[0].fixedPeakInstances > t.fleets[0].policy.minInstances);
        QVERIFY2(t.summary.autoScaledMonthlyCost < t.summary.fixedPeakMonthlyCost,
                 qPrintable(QStringLiteral("%1 vs %2").arg(t.summary.autoScaledMonthlyCost).arg(t.summary.fixedPeakMonthlyCost)));
    }

    void boundedForAnyInput()
    {
        const Network net = compileValid(fleet(2, 10));
        TimelineOptions o;
        for (double step : {0.0, 0.5, 3601.0, std::nan("")}) {
            o.stepSeconds = step;
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeTimeline(net, o));
        }
        o.stepSeconds = 60;
        o.profile = TrafficProfile{QStringLiteral("bad"), {{10, 1}, {5, 1}}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeTimeline(net, o));
        // A huge crowd against a small group: every figure stays finite.
        o.profile = flashCrowd(1000, 60);
        o.users = 1e9;
        const Timeline t = computeTimeline(net, o);
        for (const TimelineStep &s : t.steps) {
            QVERIFY(std::isfinite(s.errorRate) && s.errorRate <= 1);
            QVERIFY(std::isfinite(s.p99Ms[ClassRead]));
            QVERIFY(std::isfinite(s.monthlyCost));
        }
        QVERIFY(t.summary.failedRequests <= t.summary.requests * (1 + 1e-9));
    }

    void presetsAreValidAndPeakAtTheBusiestHour()
    {
        for (const QString &name : profilePresetNames()) {
            const auto p = profilePreset(name);
            QVERIFY2(p, qPrintable(name));
            QVERIFY2(!profileProblem(*p), qPrintable(name));
            // A weekend day's peak is a little below the week's busiest hour.
            QVERIFY2(peakMultiple(*p) >= (name == QLatin1String("weekend-day") ? 0.9 : 1.0), qPrintable(name));
        }
        // The consumer day averages about 1 / peakToAverage (2 by default) of its peak.
        QVERIFY(std::abs(meanMultiple(consumerDiurnal()) - 0.5) < 0.1);
        const auto crowd = profilePreset(QStringLiteral("flash-crowd-x10-30m"));
        QVERIFY(crowd);
        QCOMPARE(peakMultiple(*crowd), 10.0);
        QCOMPARE(multipleAt(*crowd, 720 + 15), 10.0);
        QVERIFY(!profilePreset(QStringLiteral("no-such-day")));
    }

    void profileJsonIsChecked_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not a list") << QJsonValue(QJsonObject{{"points", 3}}) << "points";
        QTest::newRow("not a pair") << QJsonValue(QJsonArray{QJsonArray{1}}) << "points[0]";
        QTest::newRow("unsorted") << QJsonValue(QJsonArray{QJsonArray{10, 1}, QJsonArray{5, 1}}) << "points[1].minute";
        QTest::newRow("negative") << QJsonValue(QJsonArray{QJsonArray{10, -1}}) << "points[0].multiple";
        QTest::newRow("after the day") << QJsonValue(QJsonArray{QJsonArray{1441, 1}}) << "points[0].minute";
        QTest::newRow("empty") << QJsonValue(QJsonArray{}) << "points";
    }
    void profileJsonIsChecked()
    {
        QFETCH(QJsonValue, json);
        QFETCH(QString, path);
        ProfileProblem problem;
        QVERIFY(!profileFromJson(json, &problem));
        QCOMPARE(problem.path, path);
        QVERIFY(!problem.message.isEmpty());
    }

    void theScenarioFileKeepsItsDay()
    {
        // A version 2 file had no profile: it gets the consumer day.
        const QByteArray v2 = R"({"format": "scalescope-scenario", "version": 2, "base": {"components": [{"id": "users", "kind": "users"}]}})";
        LoadError error;
        std::optional<Scenario> s = parseScenario(v2, QStringLiteral("v2.json"), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->profile, consumerDiurnal());
        // Saved as version 3 with its profile, and read back the same.
        s->profile = flashCrowd(7, 20);
        const QByteArray saved = serializeScenario(*s);
        const QJsonObject root = QJsonDocument::fromJson(saved).object();
        QCOMPARE(root.value("version").toInt(), 3);
        QCOMPARE(root.value("profile").toObject().value("name").toString(), QStringLiteral("flash-crowd-x7-20m"));
        const std::optional<Scenario> back = parseScenario(saved, QStringLiteral("v3.json"), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(*back, *s);
        // A bad profile in a file is named with its place.
        QJsonObject bad = root;
        bad.insert("profile", QJsonObject{{"points", QJsonArray{QJsonArray{600, 1}, QJsonArray{60, 1}}}});
        QVERIFY(!parseScenario(QJsonDocument(bad).toJson(), QStringLiteral("bad.json"), &error));
        QCOMPARE(error.file, QStringLiteral("bad.json"));
        QCOMPARE(error.path, QStringLiteral("profile.points[1].minute"));
        QVERIFY(error.message.contains("increase"));
    }

    void profileJsonRoundTrips()
    {
        const TrafficProfile p = *profilePreset(QStringLiteral("tv-spot"));
        ProfileProblem problem;
        const auto back = profileFromJson(profileToJson(p), &problem);
        QVERIFY2(back, qPrintable(problem.message));
        QCOMPARE(*back, p);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
