// Scheduled and predictive scaling (model/autoscaling.h) over a day: a
// scheduled minimum raised before a step takes away the failures the step
// causes target tracking alone; predictive scaling launches each hour's
// forecast a buffer ahead and spends fewer minutes over the SLO on the
// consumer day than target tracking alone.
#include "timeline.h"
#include "tst_network_fixture.h"

using namespace scalescope;
using namespace fixture;

namespace {

// Web servers (m5.large, 2 vCPUs) in an auto scaling group at 50% CPU. CPU
// work per user (fixture): 0.05 x 1 ms + 0.05 x 10 ms = 0.00055 vCPU-s/s.
constexpr double kCpuPerUser = 0.00055;
Architecture fleet(double minSize, double maxSize, const ParamMap &options = {}, double timeoutMs = 30000)
{
    ParamMap params{{"minSize", minSize}, {"maxSize", maxSize}, {"targetCpu", 0.5}};
    for (auto it = options.begin(); it != options.end(); ++it)
        params.insert(it.key(), it.value());
    Architecture a = architecture(
        {component("users", "users"), component("web", "ec2", webParams(), "asg")}, {edge("users", "web")},
        {group("region", "region"), group("az", "availability-zone", "region"), group("asg", "auto-scaling-group", "az", params)});
    a.workload.timeoutMs = timeoutMs;
    // The workload's default objectives (model/workload.cpp): 300 ms for reads, 500 ms for writes.
    a.workload.readP99TargetMs = 300;
    a.workload.writeP99TargetMs = 500;
    return a;
}

TrafficProfile stepProfile(double before, double after, double atMinute)
{
    return TrafficProfile{QStringLiteral("step"), {{0, before}, {atMinute, before}, {atMinute + 0.001, after}, {kMinutesPerDay, after}}};
}

} // namespace

class TestScalingOptions : public QObject {
    Q_OBJECT
private slots:
    void aScheduledMinimumBeforeAStepRemovesItsFailures()
    {
        // Ten instances at the target carry r; at 10:00 the load triples. Target
        // tracking alone fails the excess while new instances warm (tst_timeline
        // has the closed form); a minimum of 3 x 10 from 09:00 has the 30
        // instances that hold 3r at 50% serving by 09:06, before the step.
        constexpr double n = 10;
        const double users = 3 * n / kCpuPerUser;
        TimelineOptions o;
        o.users = users;
        o.profile = stepProfile(1.0 / 3, 1.0, 600);
        o.stepSeconds = 10;

        const Timeline alone = computeTimeline(compileValid(fleet(1, 1000)), o);
        QCOMPARE(alone.fleets[0].inService.front(), n);
        QVERIFY(alone.summary.failedRequests > 0);

        // The group's own option (the catalog's parameters) ...
        const Network scheduled = compileValid(fleet(1, 1000, {{"scheduledMinSize", 3 * n}, {"scheduledFromHour", 9.0}, {"scheduledToHour", 23.0}}));
        const Timeline t = computeTimeline(scheduled, o);
        QCOMPARE(t.summary.failedRequests, 0.0);
        QCOMPARE(t.summary.minutesOverSlo, 0.0);
        const double ready = 9 * 60 + (60 + 300) / 60.0; // launch + warm-up after 09:00
        for (size_t k = 0; k < t.steps.size(); ++k) {
            if (t.steps[k].minute >= ready && t.steps[k].minute < 23 * 60)
                QVERIFY2(t.fleets[0].inService[k] >= 3 * n, qPrintable(QString::number(t.steps[k].minute)));
            if (t.steps[k].minute < 9 * 60)
                QCOMPARE(t.fleets[0].inService[k], n);
        }

        // ... and the same action given as an option of the timeline.
        // (Daily: the minimum goes back to 1 at 23:00, so the night starts at ten.)
        o.scheduled = std::vector<ScheduledAction>{{540, 3 * n, -1, -1}, {1380, 1, -1, -1}};
        QCOMPARE(computeTimeline(compileValid(fleet(1, 1000)), o).summary.failedRequests, 0.0);
        // Too late: raised at the step itself, it fails as much as target tracking alone at most.
        o.scheduled = std::vector<ScheduledAction>{{600, 3 * n, -1, -1}, {1380, 1, -1, -1}};
        const Timeline late = computeTimeline(compileValid(fleet(1, 1000)), o);
        QVERIFY(late.summary.failedRequests > 0);
        QVERIFY(late.summary.failedRequests <= alone.summary.failedRequests * (1 + 1e-9));
    }

    void aScheduledMaximumAndDesiredTakeEffectAtOnce()
    {
        // 1,000 users need 0.55 instances' worth: the minimum rules all day.
        // 08:00 min 8 launches six that serve 60 s + 300 s later; 12:00 min 2,
        // max 5 terminates three at once, then target tracking scales in to 2
        // after its 300 s cooldown; 18:00 max 20, desired 12 launches ten.
        const Network net = compileValid(fleet(1, 20));
        TimelineOptions o;
        o.users = 1000;
        o.scheduled = std::vector<ScheduledAction>{{480, 8, -1, -1}, {720, 2, 5, -1}, {1080, -1, 20, 12}};
        const Timeline t = computeTimeline(net, o);
        const auto at = [&](int minute) { return t.fleets[0].inService[size_t(minute)]; };
        // Midnight continues yesterday: the 12:00 minimum of 2 is in force.
        QCOMPARE(at(0), 2.0);
        QCOMPARE(at(485), 2.0);
        QCOMPARE(t.fleets[0].launching[485], 6.0);
        QCOMPARE(at(486), 8.0);
        QCOMPARE(at(720), 5.0);
        QCOMPARE(at(724), 5.0);
        QCOMPARE(at(725), 2.0);
        QCOMPARE(at(1085), 2.0);
        QCOMPARE(t.fleets[0].launching[1085], 10.0);
        QCOMPARE(at(1086), 12.0);
    }

    void predictiveScalingLaunchesEachHourAheadAndMissesLess()
    {
        // The consumer day at 100k users on a group that holds 80% CPU and whose
        // instances take 10 minutes to boot (configured at boot): target
        // tracking alone falls behind the evening's rise; the forecast does not.
        constexpr double target = 0.8, launch = 600, buffer = 300, warmup = 300;
        const Network net = compileValid(fleet(2, 1000, {{"targetCpu", target}, {"launchSeconds", launch}}));
        const ComponentModel &web = model(net, "web");
        TimelineOptions o;
        o.users = 100000;
        o.predictive = 0;
        const Timeline alone = computeTimeline(net, o);
        o.predictive = 1;
        const Timeline predictive = computeTimeline(net, o);
        QVERIFY(predictive.fleets[0].policy.forecastPerHour.size() == 24);

        // Each hour's forecast: instances at the target for the hour's busiest
        // minute, serving from the hour's start - buffer + launch + warm-up.
        for (int h = 0; h < 24; ++h) {
            double peak = 0;
            for (int minute = 60 * h; minute <= 60 * h + 60; ++minute)
                peak = std::max(peak, multipleAt(o.profile, minute));
            const double forecast = std::max(2.0, std::ceil(kCpuPerUser * o.users * peak / (2 * target) - 1e-9));
            QCOMPARE(predictive.fleets[0].policy.forecastPerHour[size_t(h)], forecast);
            QCOMPARE(instancesAt(web, o.users * peak), forecast);
            const double servingFrom = std::max(0.0, (h * 3600 - buffer + launch + warmup) / 60);
            const size_t k = size_t(std::ceil(servingFrom));
            if (k < predictive.steps.size())
                QVERIFY2(predictive.fleets[0].inService[k] >= forecast, qPrintable(QStringLiteral("hour %1").arg(h)));
        }

        // Target tracking alone lags every rise of the evening; with the forecast
        // the capacity is there (within a minute of each hour).
        QVERIFY2(alone.summary.minutesOverSlo > 0, "the test needs a day that target tracking alone misses");
        QVERIFY2(predictive.summary.minutesOverSlo < alone.summary.minutesOverSlo,
                 qPrintable(QStringLiteral("%1 against %2").arg(predictive.summary.minutesOverSlo).arg(alone.summary.minutesOverSlo)));
        QVERIFY(predictive.summary.failedRequests <= alone.summary.failedRequests);
    }
};

QTEST_MAIN(TestScalingOptions)
#include "tst_scalingoptions.moc"
