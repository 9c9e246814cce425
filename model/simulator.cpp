// The discrete-event simulator: semantics in simulator.h.
#include "simulator.h"

#include "latencyhistogram.h"
#include "report.h"
#include "simulationplans.h"

#include <boost/math/distributions/students_t.hpp>

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace scalescope {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Events past which a run stops even if its estimate said less (it cannot
// hang however wrong the estimate is).
constexpr double kHardEventLimit = 2 * kMaxSimulationEvents;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

struct Request {
    double start = 0;
    double pending = 0; // fixed delay not yet spent
    double service = 0; // FCFS: the drawn service time, while waiting
    std::uint32_t generation = 0;
    int plan = 0;
    int step = -1;
    int remaining = 0;  // visits left at this step
    int station = -1;   // where it queues or is served, or -1
    int batch = 0;
    bool measured = false;
    bool inService = false; // FCFS: holding a server
    // Requests that can time out, oldest first: the timeout is the same for
    // all, so the oldest is the next to time out and no timeout event is
    // needed (a heap of them would hold rate x timeout entries).
    bool awaitsTimeout = false;
    std::uint32_t older = kNone, newer = kNone;
};

enum class EventKind : std::uint8_t { Arrival, Resume, ProcessorSharingDone, FcfsDone };

struct Event {
    double time = 0;
    std::uint32_t target = 0;     // plan, request or station
    std::uint32_t generation = 0; // of the request or station; stale events are skipped
    EventKind kind = EventKind::Arrival;
    bool operator>(const Event &o) const { return time > o.time; }
};

struct BatchStats {
    std::int64_t arrived = 0, served = 0, timedOut = 0, failed = 0;
    double latencySum = 0;
    LatencyHistogram latencies;
};

// The point estimate with a confidence interval from the spread of the
// batch values (Student t, 95%).
Estimate estimate(double value, const std::vector<double> &batchValues)
{
    std::vector<double> v;
    for (double x : batchValues)
        if (std::isfinite(x))
            v.push_back(x);
    if (v.size() < 2 || !std::isfinite(value))
        return {value, kNaN};
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double squares = 0;
    for (double x : v)
        squares += (x - mean) * (x - mean);
    const double sd = std::sqrt(squares / double(v.size() - 1));
    const boost::math::students_t_distribution<double> t(double(v.size() - 1));
    return {value, boost::math::quantile(t, 0.975) * sd / std::sqrt(double(v.size()))};
}

class Simulator {
public:
    Simulator(const Network &network, const SimulationOptions &options)
        : net(network), opt(options), random(options.seed),
          serviceTimes(options.distribution, options.coefficientOfVariation),
          layout(layOutSimulation(network, options.users))
    {
        timeout = net.workload.timeoutMs > 0 ? net.workload.timeoutMs / 1000 : 0;
        warmupEnd = opt.warmupSeconds;
        windowEnd = opt.warmupSeconds + opt.seconds;
        batchLength = opt.seconds / opt.batches;
        for (auto &perClass : stats)
            perClass.resize(size_t(opt.batches));
    }

    SimulationResult run()
    {
        for (size_t p = 0; p < plans.size(); ++p)
            if (plans[p].rate > 0)
                schedule(random.exponential(1.0 / plans[p].rate), EventKind::Arrival, std::uint32_t(p), 0);
        std::int64_t processed = 0;
        constexpr double kNever = std::numeric_limits<double>::infinity();
        while (!events.empty() || oldest != kNone) {
            const double nextEvent = events.empty() ? kNever : events.top().time;
            const double nextTimeout = oldest != kNone ? requests[oldest].start + timeout : kNever;
            const double t = std::min(nextEvent, nextTimeout);
            if (phase == Phase::Warmup && t >= warmupEnd)
                checkpoint(warmupEnd, Phase::Window);
            if (phase == Phase::Window && t >= windowEnd)
                checkpoint(windowEnd, Phase::Finishing);
            if (phase == Phase::Finishing && measuredInFlight == 0)
                break;
            now = t;
            if (double(++processed) > kHardEventLimit)
                throw SimulationTooLarge(QStringLiteral("the simulation took more than %1 events; simulate fewer seconds (--seconds) or fewer users")
                                             .arg(kHardEventLimit, 0, 'g', 3).toStdString());
            if (nextTimeout <= nextEvent) {
                timeOut(oldest);
            } else {
                const Event e = events.top();
                events.pop();
                dispatch(e);
            }
        }
        if (phase == Phase::Warmup)
            checkpoint(warmupEnd, Phase::Window);
        if (phase == Phase::Window)
            checkpoint(windowEnd, Phase::Finishing);
        return summarize(processed);
    }

private:
    enum class Phase { Warmup, Window, Finishing };

    void schedule(double time, EventKind kind, std::uint32_t target, std::uint32_t generation)
    {
        events.push(Event{time, target, generation, kind});
    }

    // Flushes every station's busy time to t, and opens or closes the window.
    void checkpoint(double t, Phase next)
    {
        for (Station &s : stations) {
            s.advanceTo(t);
            if (next == Phase::Window) {
                s.areaAtWindowStart = s.busyArea;
                s.completionsAtWindowStart = s.completions;
            } else {
                s.windowArea = s.busyArea - s.areaAtWindowStart;
                s.windowCompletions = s.completions - s.completionsAtWindowStart;
            }
        }
        phase = next;
    }

    void dispatch(const Event &e)
    {
        switch (e.kind) {
        case EventKind::Arrival:
            arrive(int(e.target));
            break;
        case EventKind::Resume:
            if (requests[e.target].generation == e.generation)
                join(e.target);
            break;
        case EventKind::ProcessorSharingDone:
            if (stations[e.target].generation == e.generation)
                processorSharingDone(e.target);
            break;
        case EventKind::FcfsDone:
            if (requests[e.target].generation == e.generation)
                fcfsDone(e.target);
            break;
        }
    }

    bool isLive(JobRef job) const { return requests[job.request].generation == job.generation; }

    std::uint32_t allocate()
    {
        if (!freeSlots.empty()) {
            const std::uint32_t r = freeSlots.back();
            freeSlots.pop_back();
            return r;
        }
        if (requests.size() >= kMaxRequestsInFlight)
            throw SimulationTooLarge(QStringLiteral("more than %1 requests in flight at once at %2 simulated seconds: the "
                                                    "architecture is far past its ceiling at this user count; simulate fewer users")
                                         .arg(kMaxRequestsInFlight).arg(now, 0, 'f', 1).toStdString());
        requests.emplace_back();
        return std::uint32_t(requests.size() - 1);
    }

    void release(std::uint32_t r)
    {
        Request &q = requests[r];
        ++q.generation;
        q.station = -1;
        if (q.measured)
            --measuredInFlight;
        if (q.awaitsTimeout) {
            (q.older != kNone ? requests[q.older].newer : oldest) = q.newer;
            (q.newer != kNone ? requests[q.newer].older : newest) = q.older;
            q.awaitsTimeout = false;
        }
        freeSlots.push_back(r);
    }

    BatchStats &batchOf(const Request &q) { return stats[size_t(plans[size_t(q.plan)].requestClass)][size_t(q.batch)]; }

    void arrive(int plan)
    {
        if (phase == Phase::Finishing)
            return; // the window is closed: no new work
        const SimulationPlan &p = plans[size_t(plan)];
        schedule(now + random.exponential(1.0 / p.rate), EventKind::Arrival, std::uint32_t(plan), 0);
        const std::uint32_t r = allocate();
        Request &q = requests[r];
        q.start = now;
        q.pending = 0;
        q.plan = plan;
        q.step = -1;
        q.remaining = 0;
        q.inService = false;
        q.measured = phase == Phase::Window && p.requestClass < kUserClasses;
        if (q.measured) {
            q.batch = std::min(opt.batches - 1, int((now - warmupEnd) / batchLength));
            ++batchOf(q).arrived;
            ++measuredInFlight;
        }
        if (timeout > 0 && p.requestClass < kUserClasses) {
            q.awaitsTimeout = true;
            q.older = newest;
            q.newer = kNone;
            (newest != kNone ? requests[newest].newer : oldest) = r;
            newest = r;
        }
        proceed(r);
    }

    // Walks the route from where the request is to its next queue (or its end).
    void proceed(std::uint32_t r)
    {
        Request &q = requests[r];
        const std::vector<SimulationStep> &steps = plans[size_t(q.plan)].steps;
        for (;;) {
            if (q.remaining == 0) {
                q.step = plans[size_t(q.plan)].nextStep(q.step, random);
                if (q.step == int(steps.size())) {
                    finish(r, now + q.pending);
                    return;
                }
                const SimulationStep &s = steps[size_t(q.step)];
                q.remaining = s.whole == 0 ? 1 : s.whole + (s.extraChance > 0 && random.uniform() < s.extraChance ? 1 : 0);
                continue;
            }
            const SimulationStep &s = steps[size_t(q.step)];
            if (s.down) {
                if (q.measured)
                    ++batchOf(q).failed;
                release(r);
                return;
            }
            --q.remaining;
            q.pending += s.delay;
            if (s.resource < 0)
                continue;
            if (q.pending > 0) {
                schedule(now + q.pending, EventKind::Resume, r, q.generation);
                q.pending = 0;
                return;
            }
            join(r);
            return;
        }
    }

    // Joins a random copy of the current step's resource.
    void join(std::uint32_t r)
    {
        Request &q = requests[r];
        const SimulationStep &s = plans[size_t(q.plan)].steps[size_t(q.step)];
        const SimulationQueue &res = resources[size_t(s.resource)];
        const int index = res.firstStation + (res.copies > 1 ? random.below(res.copies) : 0);
        Station &st = stations[size_t(index)];
        const double service = serviceTimes.draw(random, s.serviceMean);
        q.station = index;
        st.advanceTo(now);
        if (st.processorSharing) {
            st.pushFinish(service, {r, q.generation});
            rescheduleProcessorSharing(index);
        } else if (st.busy < int(st.servers)) {
            ++st.busy;
            q.inService = true;
            schedule(now + service, EventKind::FcfsDone, r, q.generation);
        } else {
            q.service = service;
            q.inService = false;
            st.waiting.push({r, q.generation});
        }
    }

    // The next completion at a processor-sharing station changes whenever
    // its job count does: a new event, and the old one goes stale.
    void rescheduleProcessorSharing(int index)
    {
        Station &st = stations[size_t(index)];
        ++st.generation;
        st.dropStale([this](JobRef j) { return isLive(j); });
        if (st.present == 0)
            return;
        const double left = std::max(0.0, st.finishes.front().virtualFinish - st.virtualTime);
        schedule(now + left / st.shareRate(), EventKind::ProcessorSharingDone, std::uint32_t(index), st.generation);
    }

    void processorSharingDone(std::uint32_t index)
    {
        Station &st = stations[index];
        st.advanceTo(now);
        st.dropStale([this](JobRef j) { return isLive(j); });
        const Station::Finish f = st.popFinish();
        st.virtualTime = std::max(st.virtualTime, f.virtualFinish);
        --st.present;
        ++st.completions;
        rescheduleProcessorSharing(int(index));
        requests[f.job.request].station = -1;
        proceed(f.job.request);
    }

    void startWaiting(Station &st)
    {
        while (st.busy < int(st.servers) && !st.waiting.empty()) {
            const JobRef j = st.waiting.pop();
            if (!isLive(j))
                continue; // timed out while waiting
            ++st.busy;
            requests[j.request].inService = true;
            schedule(now + requests[j.request].service, EventKind::FcfsDone, j.request, j.generation);
        }
    }

    void fcfsDone(std::uint32_t r)
    {
        Request &q = requests[r];
        Station &st = stations[size_t(q.station)];
        st.advanceTo(now);
        --st.busy;
        ++st.completions;
        q.station = -1;
        q.inService = false;
        startWaiting(st);
        proceed(r);
    }

    // The caller gave up: the request leaves its queue or its server.
    void timeOut(std::uint32_t r)
    {
        Request &q = requests[r];
        const int index = q.station;
        const bool holdsServer = q.inService;
        if (q.measured)
            ++batchOf(q).timedOut;
        release(r);
        if (index < 0)
            return;
        Station &st = stations[size_t(index)];
        st.advanceTo(now);
        if (st.processorSharing) {
            --st.present;
            rescheduleProcessorSharing(index);
        } else if (holdsServer) {
            --st.busy;
            startWaiting(st);
        }
    }

    void finish(std::uint32_t r, double doneAt)
    {
        Request &q = requests[r];
        if (q.measured) {
            BatchStats &b = batchOf(q);
            const double latency = doneAt - q.start;
            if (timeout > 0 && latency > timeout) {
                ++b.timedOut;
            } else {
                ++b.served;
                b.latencySum += latency;
                b.latencies.add(latency);
            }
        }
        release(r);
    }

    SimulationResult summarize(std::int64_t processed) const
    {
        SimulationResult out;
        out.options = opt;
        out.timeoutSeconds = timeout;
        out.events = processed;
        out.expectedEvents = expectedSimulationEvents(net, opt);
        out.simulatedSeconds = std::max(now, windowEnd);
        for (int cls = 0; cls < kUserClasses; ++cls) {
            SimulatedClass &c = out.classes[size_t(cls)];
            c.rate = plans[size_t(cls)].rate;
            LatencyHistogram all;
            double latencySum = 0;
            std::vector<double> means, p50, p95, p99, timedOut, failed;
            for (const BatchStats &b : stats[size_t(cls)]) {
                c.arrived += b.arrived;
                c.served += b.served;
                c.timedOut += b.timedOut;
                c.failed += b.failed;
                latencySum += b.latencySum;
                all.merge(b.latencies);
                means.push_back(b.served > 0 ? b.latencySum / double(b.served) : kNaN);
                p50.push_back(b.latencies.quantile(0.50));
                p95.push_back(b.latencies.quantile(0.95));
                p99.push_back(b.latencies.quantile(0.99));
                timedOut.push_back(b.arrived > 0 ? double(b.timedOut) / double(b.arrived) : kNaN);
                failed.push_back(b.arrived > 0 ? double(b.failed) / double(b.arrived) : kNaN);
            }
            c.mean = estimate(c.served > 0 ? latencySum / double(c.served) : kNaN, means);
            c.p50 = estimate(all.quantile(0.50), p50);
            c.p95 = estimate(all.quantile(0.95), p95);
            c.p99 = estimate(all.quantile(0.99), p99);
            c.timedOutShare = estimate(c.arrived > 0 ? double(c.timedOut) / double(c.arrived) : kNaN, timedOut);
            c.failedShare = estimate(c.arrived > 0 ? double(c.failed) / double(c.arrived) : kNaN, failed);
        }
        for (const SimulationQueue &q : resources) {
            const ComponentModel &m = net.components[size_t(q.component)];
            const ResourceModel &r = m.resources[size_t(q.resource)];
            SimulatedResource s;
            s.component = q.component;
            s.resource = q.resource;
            s.copies = q.copies;
            s.discipline = r.discipline;
            s.servers = stations[size_t(q.firstStation)].servers;
            s.offeredUtilization = resourceLoad(net, m, r, opt.users).utilization;
            double area = 0;
            for (int i = 0; i < q.copies; ++i) {
                area += stations[size_t(q.firstStation + i)].windowArea;
                s.completions += stations[size_t(q.firstStation + i)].windowCompletions;
            }
            s.utilization = area / (s.servers * q.copies * opt.seconds);
            if (s.offeredUtilization >= 1)
                out.warnings << QStringLiteral("%1 %2 is offered %3% of its capacity: its queues grow until requests time out "
                                               "(%4), so latencies depend on how long the run is; with a timeout, a warm-up "
                                               "longer than it reaches the steady state")
                                    .arg(m.label, r.name, QString::number(s.offeredUtilization * 100, 'f', 0),
                                         timeout > 0 ? humanNumber(timeout) + QStringLiteral(" s") : QStringLiteral("never"));
            out.resources.push_back(s);
        }
        return out;
    }

    const Network &net;
    const SimulationOptions opt;
    SimulationRandom random;
    const ServiceTimes serviceTimes;
    double timeout = 0;
    double warmupEnd = 0, windowEnd = 0, batchLength = 1;

    SimulationLayout layout;
    const std::vector<SimulationQueue> &resources = layout.resources;
    std::vector<Station> &stations = layout.stations;
    const std::vector<SimulationPlan> &plans = layout.plans;

    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    std::vector<Request> requests;
    std::vector<std::uint32_t> freeSlots;
    std::array<std::vector<BatchStats>, kUserClasses> stats;

    std::uint32_t oldest = kNone, newest = kNone; // requests awaiting their timeout
    Phase phase = Phase::Warmup;
    double now = 0;
    std::int64_t measuredInFlight = 0;
};

SimulationOptions resolved(SimulationOptions o)
{
    if (!(o.users > 0) || !std::isfinite(o.users))
        throw std::invalid_argument("the user count must be positive");
    if (!(o.seconds > 0) || !std::isfinite(o.seconds))
        throw std::invalid_argument("the simulated seconds must be positive");
    if (o.warmupSeconds < 0)
        o.warmupSeconds = o.seconds / 10;
    if (!std::isfinite(o.warmupSeconds))
        throw std::invalid_argument("the warm-up must be finite");
    if (o.batches < 2 || o.batches > 1000)
        throw std::invalid_argument("the batches for the confidence intervals must be from 2 to 1000");
    if (!(o.coefficientOfVariation >= 0) || !std::isfinite(o.coefficientOfVariation))
        throw std::invalid_argument("the coefficient of variation must not be negative");
    return o;
}

} // namespace

double expectedSimulationEvents(const Network &network, const SimulationOptions &options)
{
    const SimulationOptions o = resolved(options);
    double perUser = 0; // arrivals and visits per second per user
    for (double rate : network.classRatePerUser)
        perUser += rate;
    for (const ComponentModel &m : network.components)
        for (int cls = 0; cls < ClassCount; ++cls)
            for (double a : m.arrival.row(cls))
                perUser += a;
    return 2 * perUser * o.users * (o.warmupSeconds + o.seconds);
}

SimulationResult simulate(const Network &network, const SimulationOptions &options)
{
    const SimulationOptions o = resolved(options);
    const double expected = expectedSimulationEvents(network, o);
    if (expected > kMaxSimulationEvents) {
        const double fits = o.seconds * kMaxSimulationEvents / expected;
        throw SimulationTooLarge(QStringLiteral("simulating %1 users for %2 s would take about %3 events, more than the limit "
                                                "of %4; simulate at most %5 seconds (--seconds) or fewer users")
                                     .arg(humanNumber(o.users), humanNumber(o.seconds), humanNumber(expected),
                                          humanNumber(kMaxSimulationEvents), humanNumber(fits))
                                     .toStdString());
    }
    return Simulator(network, o).run();
}

} // namespace scalescope
