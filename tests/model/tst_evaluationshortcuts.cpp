// The model's shortcuts give the figures the long way gives: a queue's time
// from the visit sums compiled once equals the sum over its ops of
// repeated(visits, visitTime(...)); an evaluation of a compiled network
// equals one of the same network that sums its visits at evaluation; the
// closed-form ceilings of fixed fleets equal a bisection on the utilisation.
#include "ceilings.h"
#include "evaluation.h"
#include "latency.h"
#include "shippedscenario.h"
#include "stagenetwork.h"
#include "stages.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace scalescope;

namespace {

bool close(double a, double b, double relative = 1e-12)
{
    if (a == b)
        return true; // also equal infinities
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

// The long way: one repeated visit per op, as the model defines it.
TimeMoments opByOp(const ComponentModel &c, int cls, double visitsPerArrival, const StationState &state)
{
    const ResourceModel &queue = c.resources[size_t(c.queueResource)];
    TimeMoments t;
    for (int op = 0; op < OpCount; ++op) {
        const double arrival = c.arrival.at(cls, op);
        const double service = queue.opServiceTime(op);
        if (arrival > 0 && service > 0)
            t += repeated(arrival * visitsPerArrival, visitTime(queue.discipline, state, service));
    }
    return t;
}

// Users at which a resource reaches 100%: bisection in log space from 10^-3
// to 10^13 users, to the last bit.
double bisectedCeiling(const Network &n, const ComponentModel &c, const ResourceModel &r)
{
    auto over = [&](double u) { return resourceLoad(n, c, r, u).utilization >= 1.0; };
    double lo = -3, hi = 13;
    if (!over(std::pow(10.0, hi)))
        return std::numeric_limits<double>::infinity();
    if (over(std::pow(10.0, lo)))
        return 0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi)
            break;
        (over(std::pow(10.0, mid)) ? hi : lo) = mid;
    }
    return std::pow(10.0, hi);
}

// The bisection as compileNetwork runs it when no closed form applies: 60
// halvings of the exponent at most, the user count at the upper end.
double sixtyStepBisection(const Network &n, const ComponentModel &c, const ResourceModel &r)
{
    auto over = [&](double u) { return resourceLoad(n, c, r, u).utilization >= 1.0; };
    double lo = -3, hi = 13, above = std::pow(10.0, hi);
    if (!over(above) || over(std::pow(10.0, lo)))
        return std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi)
            break;
        const double users = std::pow(10.0, mid);
        if (over(users)) {
            hi = mid;
            above = users;
        } else {
            lo = mid;
        }
    }
    return above;
}

// A fixed fleet whose demand grows faster past its buffer pool, over its
// capacity only past that point: no closed form finishes its bisection,
// so compileNetwork's shortcut must give that bisection's very bits.
bool thresholdPastBufferPool(const Network &n, const ComponentModel &c, const ResourceModel &r, double ceiling)
{
    if (c.autoScaled || !std::isfinite(r.aboveUsers()) || std::isfinite(r.stepUsers()) || !std::isfinite(ceiling)
        || !(ceiling > r.aboveUsers()) || !(r.perUser > 0))
        return false;
    for (const auto &pool : r.pools())
        if (n.components[size_t(pool.first)].autoScaled)
            return false;
    return true;
}

// A resource with no per-user term on a component of fixed size, whose
// demand comes from auto scaled senders' pools (a database's connections):
// its demand only steps up, and compileNetwork finds where it crosses 100%
// without the bisection's own steps, to the bisection's very bits.
bool stepsFromAutoScaledSenders(const Network &n, const ComponentModel &c, const ResourceModel &r)
{
    if (c.autoScaled || r.perUser != 0 || std::isfinite(r.stepUsers()))
        return false;
    for (const auto &pool : r.pools())
        if (n.components[size_t(pool.first)].autoScaled)
            return true;
    return false;
}

QList<Scenario> shippedScenarios()
{
    return {loadShipped(QStringLiteral("journey-to-10-million-users.json")),
            loadShipped(QStringLiteral("cloud-native-five-stages.json")), loadShipped(QStringLiteral("three-tier.json")),
            loadShipped(QStringLiteral("one-million-concurrent.json"))};
}

} // namespace

class TestEvaluationShortcuts : public QObject {
    Q_OBJECT
private slots:
    void queueTimeFromSumsEqualsOpByOp_data()
    {
        QTest::addColumn<int>("discipline");
        QTest::newRow("processor sharing") << int(Discipline::ProcessorSharing);
        QTest::newRow("first come first served") << int(Discipline::Fcfs);
    }

    void queueTimeFromSumsEqualsOpByOp()
    {
        QFETCH(int, discipline);
        std::mt19937_64 random(20261206);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int trial = 0; trial < 500; ++trial) {
            ComponentModel c;
            ResourceModel queue;
            queue.type = ResourceType::Queueing;
            queue.discipline = Discipline(discipline);
            QueueTerms<OpCount>::Figures figures;
            figures.servers = 1 + int(8 * unit(random));
            double weighted = 0, squared = 0, rate = 0;
            bool wholeVisits = true;
            for (int op = 0; op < OpCount; ++op) {
                // About half the ops served, with times from 0.1 ms to 1 s and
                // visit counts with and without a fractional part.
                if (unit(random) < 0.5)
                    continue;
                const double service = std::pow(10.0, -4 + 4 * unit(random));
                queue.queue.setOpTime(op, service);
                const double arrival = unit(random) < 0.3 ? std::floor(1 + 3 * unit(random)) : 3 * unit(random);
                c.arrival.ref(ClassRead, op) = arrival;
                wholeVisits = wholeVisits && arrival == std::floor(arrival);
                rate += arrival;
                weighted += arrival * service;
                squared += arrival * 2 * service * service;
            }
            if (rate <= 0)
                continue;
            figures.serviceTime = weighted / rate;
            figures.serviceSquaredMean = squared / rate;
            queue.queue.setFigures(figures);
            c.resources.push_back(queue);
            c.queueResource = 0;
            // An arrival rate at 1% to 99% of what the servers complete.
            const double lambda = (0.01 + 0.98 * unit(random)) * queue.servers() / queue.serviceTime();
            const StationState state = stationState(queue.discipline, int(queue.servers()), lambda, queue.serviceTime(),
                                                    queue.serviceSquaredMean());
            QVERIFY(state.stable);
            const double visitsPerArrival = 1.0; // arrivals already per request
            const TimeMoments expected = opByOp(c, ClassRead, visitsPerArrival, state);
            // The op-by-op loop takes visits as independent: visits spread over
            // endless copies, where no two share a slowdown.
            const TimeMoments got = queueTime(queue.discipline, state, queueVisits(c, ClassRead, visitsPerArrival),
                                              std::numeric_limits<double>::infinity());
            QVERIFY2(close(got.mean, expected.mean), qPrintable(QStringLiteral("trial %1 mean").arg(trial)));
            QVERIFY2(close(got.variance, expected.variance, 1e-9), qPrintable(QStringLiteral("trial %1 variance").arg(trial)));
            // First come first served leaves out the visit count's spread
            // acting on the waits in the third cumulant: equal with whole visits.
            if (queue.discipline == Discipline::ProcessorSharing || wholeVisits)
                QVERIFY2(close(got.thirdCumulant, expected.thirdCumulant, 1e-9),
                         qPrintable(QStringLiteral("trial %1 third cumulant").arg(trial)));
        }
    }

    // Every shipped stage at user counts from idle to saturated: the compiled
    // visit sums give the figures that summing at evaluation gives.
    void compiledVisitsGiveTheSameEvaluation()
    {
        for (const Scenario &s : shippedScenarios()) {
            const QString file = s.title;
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Network compiled = compileStage(s, stage, {}, Catalog::builtin());
                QVERIFY(compiled.latencyCompiled);
                Network summedAtEvaluation = compiled;
                summedAtEvaluation.latencyCompiled = false;
                for (double users : {1.0, 1e3, 1e5, 1e6, 1e7, 1e8}) {
                    const Evaluation a = evaluate(compiled, users);
                    const Evaluation b = evaluate(summedAtEvaluation, users);
                    for (int cls = 0; cls < kUserClasses; ++cls) {
                        const ClassResult &x = a.classes[size_t(cls)], &y = b.classes[size_t(cls)];
                        const QString where = QStringLiteral("%1 stage %2 at %3 users, class %4")
                                                  .arg(file).arg(stage).arg(users).arg(cls);
                        QVERIFY2(close(x.latency, y.latency), qPrintable(where + " mean"));
                        QVERIFY2(close(x.p50, y.p50, 1e-9), qPrintable(where + " p50"));
                        QVERIFY2(close(x.p95, y.p95, 1e-9), qPrintable(where + " p95"));
                        QVERIFY2(close(x.p99, y.p99, 1e-9), qPrintable(where + " p99"));
                        QCOMPARE(x.saturated, y.saturated);
                    }
                }
            }
        }
    }

    // Every resource of every shipped stage, fixed fleets and auto scaled.
    void ceilingsEqualABisection()
    {
        int checked = 0;
        for (const Scenario &s : shippedScenarios())
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Network n = compileStage(s, stage, {}, Catalog::builtin());
                for (const ComponentModel &c : n.components)
                    for (size_t r = 0; r < c.resources.size(); ++r) {
                        const double expected = bisectedCeiling(n, c, c.resources[r]);
                        const QString where = QStringLiteral("%1 stage %2 %3 %4: %5 against %6")
                                                  .arg(s.title).arg(stage).arg(c.id, c.resources[r].name)
                                                  .arg(c.resources[r].ceiling, 0, 'g', 17).arg(expected, 0, 'g', 17);
                        QVERIFY2(close(c.resources[r].ceiling, expected, 1e-12), qPrintable(where));
                        ++checked;
                    }
            }
        QVERIFY(checked > 100);
    }

    // Where being over is a threshold, the shortcut's ceiling is the
    // bisection's to the bit; the buffer pool's point moved through the
    // range so the threshold falls on either side of it.
    void thresholdCeilingsEqualTheBisectionBitForBit()
    {
        int checked = 0;
        for (const Scenario &s : shippedScenarios())
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                Network n = compileStage(s, stage, {}, Catalog::builtin());
                for (ComponentModel &c : n.components)
                    for (size_t r = 0; r < c.resources.size(); ++r) {
                        if (!std::isfinite(c.resources[r].aboveUsers()) || std::isfinite(c.resources[r].stepUsers()))
                            continue;
                        for (const double scale : {1e-3, 0.1, 0.5, 1.0, 2.0, 10.0}) {
                            // One resource alone, as compileNetwork would see it with this buffer pool.
                            Network one = n;
                            ComponentModel &m = one.components[size_t(&c - n.components.data())];
                            m.resources = {c.resources[r]};
                            m.resources[0].extras.setAbove(c.resources[r].aboveUsers() * scale, c.resources[r].perUserAbove());
                            const double expected = sixtyStepBisection(one, m, m.resources[0]);
                            if (!thresholdPastBufferPool(one, m, m.resources[0], expected))
                                continue;
                            const double got = usersAtUtilization(one, m, m.resources[0], 1.0);
                            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0,
                                     qPrintable(QStringLiteral("%1 stage %2 %3 %4 x%5: %6 against %7").arg(s.title).arg(stage)
                                                    .arg(c.id, c.resources[r].name).arg(scale)
                                                    .arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
                            ++checked;
                        }
                    }
            }
        QVERIFY(checked > 20);
    }

    // Connections from auto scaled fleets on every shipped stage: the
    // shortcut's ceiling is the sixty-step bisection's to the bit.
    void steppedCeilingsEqualTheBisectionBitForBit()
    {
        int checked = 0;
        for (const Scenario &s : shippedScenarios())
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Network n = compileStage(s, stage, {}, Catalog::builtin());
                for (const ComponentModel &c : n.components)
                    for (size_t r = 0; r < c.resources.size(); ++r) {
                        if (c.down || !stepsFromAutoScaledSenders(n, c, c.resources[r]))
                            continue;
                        const double expected = sixtyStepBisection(n, c, c.resources[r]);
                        const double got = usersAtUtilization(n, c, c.resources[r], 1.0);
                        QVERIFY2(std::isnan(expected) || std::memcmp(&got, &expected, sizeof got) == 0,
                                 qPrintable(QStringLiteral("%1 stage %2 %3 %4: %5 against %6").arg(s.title).arg(stage)
                                                .arg(c.id, c.resources[r].name)
                                                .arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
                        QCOMPARE(c.resources[r].ceiling, got);
                        ++checked;
                    }
            }
        QVERIFY2(checked > 5, qPrintable(QString::number(checked)));
    }

    // The same on made-up pools of one to four senders, auto scaled or
    // fixed, with the capacity at a random sum of their pools (so the
    // crossing falls on one of their steps, anywhere in the range) or at a
    // random level between steps.
    void steppedCeilingsOfMadeUpPoolsEqualTheBisectionBitForBit()
    {
        std::mt19937_64 random(20261208);
        std::uniform_real_distribution<double> unit(0, 1);
        int checked = 0, crossings = 0;
        for (int trial = 0; trial < 4000; ++trial) {
            const int senders = 1 + int(unit(random) * 4);
            Network n;
            n.components.resize(size_t(senders) + 1);
            ResourceModel r;
            r.type = ResourceType::Capacity;
            double full = 0;
            std::vector<ResourceExtras::Pool> pools;
            for (int i = 0; i < senders; ++i) {
                ComponentModel &s = n.components[size_t(i)];
                s.autoScaled = i == 0 || unit(random) < 0.7;
                s.count = 1 + std::floor(unit(random) * 6);
                ScalingGroup group;
                group.minInstances = 1 + std::floor(unit(random) * 4);
                group.maxInstances = group.minInstances + std::floor(std::pow(10.0, 4 * unit(random)));
                group.targetUtilization = 0.3 + 0.6 * unit(random);
                s.extras.update([&group](auto &t) { t.scaling = std::make_shared<const ScalingGroup>(group); });
                s.serversPerInstance = 1 + std::floor(unit(random) * 8);
                s.cpuWorkPerUser = std::pow(10.0, -7 + 6 * unit(random));
                const double pool = 1 + std::floor(unit(random) * 40);
                pools.emplace_back(i, pool);
                full += pool * (s.autoScaled ? std::floor(group.minInstances + unit(random) * (group.maxInstances - group.minInstances + 1)) : s.count);
            }
            r.extras.setPools(pools);
            ComponentModel &c = n.components.back();
            r.perInstance = unit(random) < 0.5 ? 0 : std::floor(unit(random) * 5);
            r.fixedCapacity = r.perInstance + full - (trial % 2 == 0 ? 0 : unit(random));
            c.resources = {r};
            const double expected = sixtyStepBisection(n, c, c.resources[0]);
            if (std::isnan(expected))
                continue;
            const double got = usersAtUtilization(n, c, c.resources[0], 1.0);
            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0,
                     qPrintable(QStringLiteral("trial %1: %2 against %3").arg(trial)
                                    .arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            ++checked;
            crossings += std::isfinite(expected) && expected < 1e13 ? 1 : 0;
        }
        QVERIFY2(checked > 2000 && crossings > 2000, qPrintable(QStringLiteral("%1 %2").arg(checked).arg(crossings)));
    }

    // The same on made-up fixed fleets: thresholds spread over the whole
    // range, and thresholds at 10^x for x a midpoint of the bisection at
    // every depth, where a step's side is a close call that std::pow decides.
    void thresholdsAtTheBisectionsMidpointsEqualItBitForBit()
    {
        std::mt19937_64 random(20261207);
        std::uniform_real_distribution<double> unit(0, 1);
        Network n;
        n.components.resize(1);
        ComponentModel &c = n.components[0];
        ResourceModel r;
        r.type = ResourceType::Capacity;
        int checked = 0;
        for (int trial = 0; trial < 20000; ++trial) {
            // Where the threshold should fall: at random, or a few units in
            // the last place from 10^x for x a midpoint of depth 1 to 55,
            // where std::log10 puts it on one side of x and std::pow on the other.
            double exponent = -2.5 + 15 * unit(random);
            double threshold = std::pow(10.0, exponent);
            if (trial % 2 == 1) {
                const int depth = 1 + trial / 2 % 55;
                const double width = std::ldexp(16.0, -depth);
                exponent = -3 + width * (2 * std::floor(unit(random) * std::ldexp(1.0, depth - 1)) + 1) / 2;
                threshold = std::pow(10.0, exponent);
                for (int nudge = int(unit(random) * 7) - 3; nudge != 0; nudge += nudge > 0 ? -1 : 1)
                    threshold = std::nextafter(threshold, nudge > 0 ? 1e300 : 0.0);
            }
            // The buffer pool's point at a random share of the threshold,
            // and the capacity the very demand there.
            const double aboveUsers = threshold * (0.05 + 0.9 * unit(random));
            r.perUser = 0.1 + unit(random);
            r.extras.setAbove(aboveUsers, 0.1 + unit(random));
            c.resources = {r};
            c.resources[0].fixedCapacity = resourceLoad(n, c, c.resources[0], threshold).demand;
            const double expected = sixtyStepBisection(n, c, c.resources[0]);
            if (!thresholdPastBufferPool(n, c, c.resources[0], expected))
                continue;
            const double got = usersAtUtilization(n, c, c.resources[0], 1.0);
            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0,
                     qPrintable(QStringLiteral("trial %1 at 10^%2: %3 against %4").arg(trial).arg(exponent, 0, 'g', 17)
                                    .arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            ++checked;
        }
        QVERIFY2(checked > 19500, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationShortcuts)
#include "tst_evaluationshortcuts.moc"
