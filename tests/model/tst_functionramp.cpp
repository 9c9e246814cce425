// Lambda over a day (model/timeline.cpp): a function adds at most 1,000
// execution environments every 10 s, so a jump in concurrency above that
// ramp throttles the excess until the ramp meets the demand; each new
// environment's first invocation is a cold start, which reaches the p99
// while at least 1% of the invocations meet one.
#include "timeline.h"
#include "tst_network_fixture.h"

using namespace scalescope;
using namespace fixture;

namespace {

constexpr double kRampPerSecond = 1000.0 / 10; // [AWS] Lambda scaling behavior
constexpr double kDurationSeconds = 1;
constexpr double kColdStartSeconds = 0.5;

Network functionOnly()
{
    return compileValid(architecture(
        {component("users", "users"),
         component("fn", "lambda", {{"durationMs", kDurationSeconds * 1000}, {"concurrencyLimit", 1e7}, {"dbReadsPerRequest", 0.0},
                                    {"dbWritesPerWrite", 0.0}, {"coldStartMs", kColdStartSeconds * 1000}})},
        {edge("users", "fn")}, {group("region", "region")}));
}

} // namespace

class TestFunctionRamp : public QObject {
    Q_OBJECT
private slots:
    void aJumpAboveTheRampThrottlesTheExcessUntilItCatchesUp()
    {
        const Network net = functionOnly();
        const size_t fn = size_t(net.indexOf("fn"));
        // Concurrency per user at the busiest hour: invocations x duration.
        Evaluation e;
        evaluate(net, 1, e);
        const double perUser = e.components[fn].arrivalRate * kDurationSeconds;
        QVERIFY(perUser > 0);

        // 1,000 environments busy, then 4,000 from 10:00.
        const double before = 1000, after = 4000, gap = after - before;
        TimelineOptions o;
        o.users = after / perUser;
        o.stepSeconds = 10;
        o.profile = TrafficProfile{QStringLiteral("jump"), {{0, before / after}, {600, before / after}, {600.001, 1}, {kMinutesPerDay, 1}}};
        const Timeline t = computeTimeline(net, o);

        // The ramp meets the demand gap / rate seconds after the jump; what it
        // misses is the triangle between them: gap^2 / (2 rate) environment-
        // seconds, each 1 / duration invocations.
        const double catchUp = gap / kRampPerSecond;
        const double throttled = gap * gap / (2 * kRampPerSecond) / kDurationSeconds;
        QCOMPARE_REL(t.summary.throttled, throttled, 1e-6);
        QCOMPARE_REL(t.summary.failedRequests, throttled, 1e-6);
        double firstThrottled = -1, lastThrottledEnd = -1;
        for (const TimelineStep &s : t.steps)
            if (s.throttled > 0) {
                if (firstThrottled < 0)
                    firstThrottled = s.minute * 60;
                lastThrottledEnd = s.minute * 60 + o.stepSeconds;
            }
        QCOMPARE(firstThrottled, 600 * 60.0);
        QCOMPARE(lastThrottledEnd - firstThrottled, catchUp);

        // Cold starts: one per new environment, 1,000 a step of 10 s against
        // 40,000 invocations (2.5%, above the p99's 1%) while the ramp climbs.
        double cold = 0;
        for (const TimelineStep &s : t.steps)
            cold += s.coldStarts;
        QCOMPARE_REL(cold, gap, 1e-9);
        const size_t jump = 3600;
        const double warmP99 = t.steps[jump + 3].p99Ms[ClassRead];
        for (size_t k = jump; k < jump + 3; ++k)
            QCOMPARE_REL(t.steps[k].p99Ms[ClassRead], warmP99 + 1000 * kColdStartSeconds, 1e-9);
        QCOMPARE_REL(t.steps[jump - 1].p99Ms[ClassRead], warmP99, 1e-9);
    }

    void aSmallRiseMissesOnlyTheRampsTriangle()
    {
        // 500 more environments: the ramp (100 a second, continuous) meets them
        // within 5 s of the step and misses 500^2 / (2 x 100) environment-seconds.
        const Network net = functionOnly();
        Evaluation e;
        evaluate(net, 1, e);
        const double perUser = e.components[size_t(net.indexOf("fn"))].arrivalRate * kDurationSeconds;
        TimelineOptions o;
        o.users = 1500 / perUser;
        o.stepSeconds = 10;
        o.profile = TrafficProfile{QStringLiteral("rise"), {{0, 1000.0 / 1500}, {600, 1000.0 / 1500}, {600.001, 1}, {kMinutesPerDay, 1}}};
        const Timeline t = computeTimeline(net, o);
        QCOMPARE_REL(t.summary.throttled, 500.0 * 500 / (2 * kRampPerSecond) / kDurationSeconds, 1e-6);
    }
};

QTEST_MAIN(TestFunctionRamp)
#include "tst_functionramp.moc"
