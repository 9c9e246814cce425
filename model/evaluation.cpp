#include "evaluation.h"

#include "costs.h"
#include "latency.h"
#include "workload.h"

#include <bit>
#include <cmath>
#include <limits>
#include <span>

namespace scalescope {

namespace {

constexpr std::array<int, kUserClasses> kClassOp{OpStatic, OpRead, OpWrite};

static_assert(OpCount <= 8, "a component's ops with steps are the bits of a byte");

// How many bits of each byte are set: std::popcount is a library call on
// the baseline x86-64 this builds for, and this is read for every target of
// every availability step.
constexpr std::array<std::uint8_t, 256> kBitsSet = [] {
    std::array<std::uint8_t, 256> bits{};
    for (unsigned b = 0; b < 256; ++b)
        bits[b] = std::uint8_t(std::popcount(b));
    return bits;
}();

// A component's availability for `op`, once the components below it are known.
double opAvailabilityOf(const Evaluation &e, size_t component, int op)
{
    const unsigned withSteps = e.opsWithSteps[component];
    if (!((withSteps >> op) & 1u))
        return e.ownAvailability[component]; // what (self x 1) gave when every op had a figure
    return e.opAvailability[e.opAvailabilityAt[component] + kBitsSet[withSteps & ((1u << op) - 1u)]];
}

// Share of units of `step` that succeed, given what is known below it.
double stepSuccess(const AvailabilityStep &step, const Evaluation &e, double self, bool selfCanServe)
{
    const std::vector<double> &own = e.ownAvailability;
    auto at = [&](int target) { return opAvailabilityOf(e, size_t(target), step.op); };
    const std::span<const int> targets = step.targets(); // read from the step's block once
    const std::span<const double> weights = step.weights();
    double ok = 1;
    switch (step.kind) {
    case AvailabilityStep::AnyOf: {
        // Alternatives fail independently given the components they share.
        double shared = 1;
        for (int x : step.common())
            shared *= own[size_t(x)];
        if (shared <= 0) {
            ok = 0;
            break;
        }
        double allDown = 1;
        for (int t : targets)
            allDown *= 1 - std::min(1.0, at(t) / shared);
        if (step.selfAlternative && selfCanServe)
            allDown *= 1 - self;
        ok = shared * (1 - allDown);
        break;
    }
    case AvailabilityStep::OneOf:
        ok = 0;
        for (size_t i = 0; i < targets.size(); ++i)
            ok += weights[i] * at(targets[i]);
        break;
    case AvailabilityStep::CacheAside: {
        double database = targets.size() > size_t(step.caches) ? 0 : 1;
        for (size_t i = size_t(step.caches); i < targets.size(); ++i)
            database += weights[i] * at(targets[i]);
        ok = 0;
        for (size_t i = 0; i < size_t(step.caches); ++i) {
            const double cache = at(targets[i]);
            ok += weights[i] * (cache * (step.hitRatio + (1 - step.hitRatio) * database) + (1 - cache) * database);
        }
        break;
    }
    }
    // Given what an earlier step already needs is up (a database both read and written).
    double counted = 1;
    for (int x : step.alreadyCounted())
        counted *= own[size_t(x)];
    if (counted > 0)
        ok = std::min(1.0, ok / counted);
    return (1 - step.probability) + step.probability * ok;
}

// Can a primary take the reads its replicas serve, should they all be down?
bool primaryCanTakeReads(const ComponentResult &primary, int queue, const AvailabilityStep &step, const Evaluation &out)
{
    if (queue < 0)
        return false;
    const ResourceResult &mine = primary.resources[size_t(queue)];
    double reads = 0;
    for (int t : step.targets())
        reads += out.queueReads[size_t(t)]; // 0 for a replica without a queue: the sum is unchanged
    return std::isfinite(mine.capacity) && mine.demand + reads < mine.capacity;
}

} // namespace

void evaluate(const Network &net, double users, Evaluation &out)
{
    const Workload &w = net.workload;
    const double timeout = w.timeoutMs / 1000;
    out.users = users;
    out.onlineUsers = users * peakOnlineShare(w);
    out.peakRequestRate = 0;
    std::array<TimeMoments, kUserClasses> path{};
    const std::array<DelayAtoms, kUserClasses> delays = net.latencyCompiled ? net.pathDelays : pathDelays(net);
    std::array<double, kUserClasses> logSuccess{};
    std::array<bool, kUserClasses> saturated{};
    std::array<double, kUserClasses> invRate{}; // per-user rate's inverse: visits per request
    for (int cls = 0; cls < kUserClasses; ++cls) {
        invRate[size_t(cls)] = net.classRatePerUser[size_t(cls)] > 0 ? 1 / net.classRatePerUser[size_t(cls)] : 0;
        out.classes[size_t(cls)].rate = net.classRatePerUser[size_t(cls)] * users;
        out.peakRequestRate += out.classes[size_t(cls)].rate;
    }
    const size_t count = net.components.size();
    out.components.resize(count);
    size_t resourceCount = 0, lineCount = 0;
    for (const ComponentModel &m : net.components) {
        resourceCount += m.resources.size();
        lineCount += m.costLines.size();
    }
    out.resourceResults.resize(resourceCount);
    out.costLineResults.resize(lineCount);
    ResourceResult *nextResources = out.resourceResults.data();
    double *nextLines = out.costLineResults.data();
    out.bottleneckComponent = out.bottleneckResource = -1;
    out.bottleneckUtilization = -1;
    out.ownAvailability.resize(count);
    out.queueReads.resize(count);
    out.opsWithSteps.resize(count);
    out.opAvailabilityAt.resize(count);

    for (size_t i = 0; i < count; ++i) {
        const ComponentModel &m = net.components[i];
        ComponentResult &r = out.components[i];
        r.arrivalRate = m.arrivalPerUser() * users;
        r.instances = instancesAt(m, users);
        r.utilization = 0;
        r.busiest = -1;
        r.resources = {nextResources, m.resources.size()};
        nextResources += m.resources.size();
        r.costLines = {nextLines, m.costLines.size()};
        nextLines += m.costLines.size();
        StationState station;
        bool stationSaturated = false;
        for (size_t k = 0; k < m.resources.size(); ++k) {
            const ResourceModel &rm = m.resources[k];
            ResourceResult &rr = r.resources[k];
            // Pool senders come earlier in topological order: their counts are known.
            const ResourceLoad load = loadAt(rm, users, r.instances,
                                             [&](int source) { return out.components[size_t(source)].instances; });
            rr.demand = load.demand;
            rr.capacity = load.capacity;
            rr.utilization = load.utilization;
            rr.copies = rr.responseTime = 0;
            if (rm.type == ResourceType::Queueing) {
                const QueueTerms<OpCount>::Figures q = rm.queue.figures();
                rr.copies = rm.copiesAreInstances ? r.instances : q.fixedCopies;
                // Requests spread evenly over the copies; each copy is one station.
                station = stationState(rm.discipline, int(std::lround(q.servers)), load.demand / rr.copies, q.serviceTime,
                                       q.serviceSquaredMean);
                stationSaturated = !station.stable;
                rr.responseTime = station.stable ? visitTime(rm.discipline, station, q.serviceTime).mean
                                                 : timeout + q.serviceTime;
            }
            if (rr.utilization > r.utilization || r.busiest < 0) {
                r.utilization = rr.utilization;
                r.busiest = int(k);
            }
        }
        r.errorShare = m.down ? 1.0 : r.utilization > 1 ? 1.0 - 1.0 / r.utilization : 0;
        if (r.busiest >= 0 && !m.down && r.utilization > out.bottleneckUtilization) {
            out.bottleneckUtilization = r.utilization;
            out.bottleneckComponent = int(i);
            out.bottleneckResource = r.busiest;
        }
        // Availability of this component alone: a fleet is up while any
        // instance is, within what its zones allow.
        if (m.down)
            r.availability = 0;
        else if (m.fleetAvailability)
            r.availability = std::min(1.0 - std::pow(1.0 - m.availability, r.instances), m.zoneCap);
        else
            r.availability = m.availability;
        out.ownAvailability[i] = r.availability;
        // What a primary would take over from this replica, gathered here
        // where its resources are at hand (the availability pass below reads
        // one array instead of each replica's model and results).
        out.queueReads[i] = m.queueResource >= 0 ? r.resources[size_t(m.queueResource)].demand
                                                       * (1 - m.resources[size_t(m.queueResource)].writeShare)
                                                 : 0;

        // Latency: each op's visits at this component, in series along the path.
        const ResourceModel *queue = m.queueResource >= 0 ? &m.resources[size_t(m.queueResource)] : nullptr;
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double v = m.visits[size_t(cls)];
            if (v <= 0 || invRate[size_t(cls)] <= 0)
                continue;
            // A saturated resource at utilisation u completes 1/u of the requests
            // that reach it, however many visits each makes there; a share v < 1
            // of requests reaching it loses v of that.
            if (r.errorShare > 0)
                logSuccess[size_t(cls)] += std::log1p(-std::min(v, 1.0) * r.errorShare);
            // Fixed delays on a share of requests (a CDN's misses) make the
            // path a mixture: the same at every user count (Network::pathDelays).
            if (!queue)
                continue;
            if (stationSaturated) {
                saturated[size_t(cls)] = true;
                continue;
            }
            path[size_t(cls)] += queueTime(queue->discipline, station,
                                           net.latencyCompiled && m.queueVisitsAt[size_t(cls)] >= 0
                                               ? net.queueVisits[size_t(m.queueVisitsAt[size_t(cls)])]
                                               : queueVisits(m, cls, invRate[size_t(cls)]),
                                           r.resources[size_t(m.queueResource)].copies);
        }
        // Auto scaled fleets are billed at the average load, not the peak.
        const double billed = m.autoScaled ? instancesAt(m, users / w.peakToAverage) : r.instances;
        r.monthlyCost = priceLinearLines(m, r, users, billed, w.peakToAverage);
    }
    if (out.bottleneckUtilization < 0)
        out.bottleneckUtilization = 0;
    priceTieredLines(net, out);

    // Availability: the serving path as a block diagram, from the data up.
    // Appended as they are worked out: a reused evaluation has the room.
    out.opAvailability.clear();
    for (size_t i = count; i-- > 0;) {
        const ComponentModel &m = net.components[i];
        const double self = out.ownAvailability[i];
        std::array<double, OpCount> ok;
        ok.fill(1.0);
        std::array<bool, OpCount> selfNeeded;
        selfNeeded.fill(true);
        unsigned withSteps = 0; // the ops its steps decide
        for (const AvailabilityStep &step : m.needs) {
            bool selfCanServe = false;
            if (step.selfAlternative) {
                selfNeeded[size_t(step.fromOp)] = false;
                selfCanServe = primaryCanTakeReads(out.components[i], m.queueResource, step, out);
            }
            ok[size_t(step.fromOp)] *= stepSuccess(step, out, self, selfCanServe);
            withSteps |= 1u << step.fromOp;
        }
        // Read only by the components above this one, which come later here.
        out.opsWithSteps[i] = std::uint8_t(withSteps);
        out.opAvailabilityAt[i] = std::uint32_t(out.opAvailability.size());
        for (int op = 0; op < OpCount; ++op)
            if ((withSteps >> op) & 1u)
                out.opAvailability.push_back((selfNeeded[size_t(op)] ? self : 1.0) * ok[size_t(op)]);
    }
    std::array<double, kUserClasses> availability{};
    int clients = 0;
    for (size_t i = 0; i < count; ++i)
        if (net.components[i].role == Role::Client) {
            ++clients;
            for (int cls = 0; cls < kUserClasses; ++cls)
                availability[size_t(cls)] += opAvailabilityOf(out, i, kClassOp[size_t(cls)]);
        }

    double weightedAvailability = 0, total = 0;
    for (int cls = 0; cls < kUserClasses; ++cls) {
        ClassResult &c = out.classes[size_t(cls)];
        c.saturated = saturated[size_t(cls)];
        if (c.saturated) {
            // Served requests waited about the timeout at the saturated resource.
            c.latency = c.p50 = c.p95 = c.p99 = timeout;
        } else {
            const TimeMoments &t = path[size_t(cls)];
            const DelayAtoms &d = delays[size_t(cls)];
            c.latency = std::min(timeout, d.mean() + t.mean);
            const std::array<double, 3> percentiles = pathPercentiles(t, d);
            c.p50 = std::min(timeout, percentiles[0]);
            c.p95 = std::min(timeout, percentiles[1]);
            c.p99 = std::min(timeout, percentiles[2]);
        }
        c.errorRate = -std::expm1(logSuccess[size_t(cls)]);
        c.availability = clients > 0 ? availability[size_t(cls)] / clients : 1.0;
        weightedAvailability += c.rate * c.availability;
        total += c.rate;
    }
    out.availability = total > 0 ? weightedAvailability / total : 1.0;
    out.downtimeMinutesPerYear = (1.0 - out.availability) * kMinutesPerYear;
    out.costPerUser = users > 0 ? out.monthlyCost / users : 0;
}

Evaluation::Evaluation(const Evaluation &other)
    : EvaluationFigures(other)
{
    viewOwnLists(other);
}

Evaluation &Evaluation::operator=(const Evaluation &other)
{
    if (this != &other) {
        EvaluationFigures::operator=(other);
        viewOwnLists(other);
    }
    return *this;
}

void Evaluation::viewOwnLists(const Evaluation &copiedFrom)
{
    // The copied views still point into `copiedFrom`'s lists: the same places in ours.
    auto rebased = [](auto view, const auto &from, auto &to) -> decltype(view) {
        if (view.empty())
            return {};
        return {to.data() + (view.data() - from.data()), view.size()};
    };
    for (ComponentResult &c : components) {
        c.resources = rebased(c.resources, copiedFrom.resourceResults, resourceResults);
        c.costLines = rebased(c.costLines, copiedFrom.costLineResults, costLineResults);
    }
}

Evaluation evaluate(const Network &network, double users)
{
    Evaluation e;
    evaluate(network, users, e);
    return e;
}

} // namespace scalescope
