#include "sloceiling.h"

#include "latency.h"

#include <cmath>
#include <limits>
#include <vector>

namespace scalescope {

double p99Target(const Workload &w, int requestClass)
{
    switch (requestClass) {
    case ClassRead: return w.readP99TargetMs / 1000;
    case ClassWrite: return w.writeP99TargetMs / 1000;
    default: return 0;
    }
}

bool meetsObjectives(const Workload &w, const Evaluation &e)
{
    for (int cls = 0; cls < kUserClasses; ++cls) {
        const double target = p99Target(w, cls);
        const ClassResult &c = e.classes[size_t(cls)];
        if (target > 0 && c.rate > 0 && (c.saturated || c.p99 > target))
            return false;
    }
    return true;
}

namespace {

// What meetsObjectives reads of an evaluation (each class's rate, whether a
// queue on its path is saturated, its p99), worked out the way evaluate()
// does and nothing else: no costs, no availability, one percentile. The
// search below asks for it up to 104 times, on every component.
class ObjectiveCheck {
public:
    explicit ObjectiveCheck(const Network &net) : m_net(net)
    {
        m_delays = net.latencyCompiled ? net.pathDelays : pathDelays(net);
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double rate = net.classRatePerUser[size_t(cls)];
            m_invRate[size_t(cls)] = rate > 0 ? 1 / rate : 0;
        }
        // Components with a queue that some user class visits; a copy of the
        // visit sums when the network has none compiled.
        for (size_t i = 0; i < net.components.size(); ++i) {
            const ComponentModel &m = net.components[i];
            if (m.queueResource < 0)
                continue;
            Queue q;
            q.component = i;
            for (size_t k = 0; k < m.resources.size(); ++k)
                if (m.resources[k].type == ResourceType::Queueing)
                    q.station = k; // evaluate() keeps the last queueing resource's state
            bool visited = false;
            for (int cls = 0; cls < kUserClasses; ++cls) {
                if (m.visits[size_t(cls)] <= 0 || m_invRate[size_t(cls)] <= 0)
                    continue;
                visited = true;
                q.visits[size_t(cls)] = net.latencyCompiled ? m.queueVisits[size_t(cls)]
                                                            : queueVisits(m, cls, m_invRate[size_t(cls)]);
                q.visited[size_t(cls)] = true;
            }
            if (visited)
                m_queues.push_back(q);
        }
    }

    bool holds(double users) const
    {
        const Workload &w = m_net.workload;
        const double timeout = w.timeoutMs / 1000;
        std::array<TimeMoments, kUserClasses> path{};
        std::array<bool, kUserClasses> saturated{};
        auto instances = [&](size_t i) { return instancesAt(m_net.components[i], users); };
        for (const Queue &q : m_queues) {
            const ComponentModel &m = m_net.components[q.component];
            const double own = instances(q.component);
            const ResourceModel &rm = m.resources[q.station];
            const ResourceLoad load = loadAt(rm, users, own, [&](int source) { return instances(size_t(source)); });
            const double copies = rm.copiesAreInstances ? own : rm.fixedCopies;
            const StationState station = stationState(rm.discipline, int(std::lround(rm.servers)), load.demand / copies,
                                                      rm.serviceTime, rm.serviceSquaredMean);
            const ResourceModel &queue = m.resources[size_t(m.queueResource)];
            const double queueCopies = queue.copiesAreInstances ? own : queue.fixedCopies;
            for (int cls = 0; cls < kUserClasses; ++cls) {
                if (!q.visited[size_t(cls)])
                    continue;
                if (!station.stable)
                    saturated[size_t(cls)] = true;
                else
                    path[size_t(cls)] += queueTime(queue.discipline, station, q.visits[size_t(cls)], queueCopies);
            }
        }
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double target = p99Target(w, cls);
            const double rate = m_net.classRatePerUser[size_t(cls)] * users;
            if (!(target > 0 && rate > 0))
                continue;
            if (saturated[size_t(cls)])
                return false;
            if (std::min(timeout, pathQuantile(path[size_t(cls)], m_delays[size_t(cls)], 0.99)) > target)
                return false;
        }
        return true;
    }

private:
    struct Queue {
        size_t component = 0;
        size_t station = 0; // the resource whose state the visits see
        std::array<QueueVisits, kUserClasses> visits{};
        std::array<bool, kUserClasses> visited{};
    };
    const Network &m_net;
    std::array<DelayAtoms, kUserClasses> m_delays{};
    std::array<double, kUserClasses> m_invRate{};
    std::vector<Queue> m_queues;
};

} // namespace

double sloCeilingUsers(const Network &net, double maxUsers)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (p99Target(net.workload, ClassRead) <= 0 && p99Target(net.workload, ClassWrite) <= 0)
        return inf;
    // Past saturation the objectives cannot hold; stop the search there.
    const double upper = std::min(maxUsers, std::isfinite(net.ceilingUsers) ? net.ceilingUsers : maxUsers);
    const ObjectiveCheck check(net);
    auto holds = [&](double users) { return check.holds(users); };
    if (!(upper >= 1) || !holds(1))
        return 0;
    constexpr int kGrid = 64;
    const double step = std::log10(upper) / kGrid;
    double lo = 0; // log10 of a user count that holds
    for (int i = 1; i <= kGrid; ++i) {
        const double x = i * step;
        if (holds(std::pow(10.0, x))) {
            lo = x;
            continue;
        }
        double hi = x;
        for (int k = 0; k < 40; ++k) {
            const double mid = 0.5 * (lo + hi);
            (holds(std::pow(10.0, mid)) ? lo : hi) = mid;
        }
        return std::pow(10.0, lo);
    }
    return upper < maxUsers ? upper : inf;
}

} // namespace scalescope
