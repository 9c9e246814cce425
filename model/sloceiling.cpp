#include "sloceiling.h"

#include "latency.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <future>
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

// A component's instance count at a user count, as instancesAt works it
// out, from a copy of the few fields it reads: the search below reads them
// for every queue up to 104 times, and a ComponentModel is four cache lines
// with its group's figures behind two pointers.
struct InstanceRule {
    // A fixed fleet is bounds of one value and no CPU rule: `at` gives its
    // count to the bit (a clamp to [count, count]), with no flag to store.
    double perInstance = 0; // serversPerInstance x targetUtilization; 0 for a fixed fleet
    double cpuWorkPerUser = 0;
    double minInstances = 1, maxInstances = 1;

    explicit InstanceRule(const ComponentModel &c)
        : perInstance(c.autoScaled ? c.serversPerInstance * c.targetUtilization() : 0), cpuWorkPerUser(c.cpuWorkPerUser),
          minInstances(c.autoScaled ? c.minInstances() : c.count), maxInstances(c.autoScaled ? c.maxInstances() : c.count) {}

    double at(double users) const
    {
        const double needed = perInstance > 0 ? std::ceil(cpuWorkPerUser * users / perInstance - 1e-9) : maxInstances;
        return std::clamp(needed, minInstances, maxInstances);
    }
};

// What meetsObjectives reads of an evaluation (each class's rate, whether a
// queue on its path is saturated, its p99), worked out the way evaluate()
// does and nothing else: no costs, no availability, one percentile. The
// search below asks for it up to 104 times, on every component, so what it
// reads of each queue is copied once into one flat array (the same
// arithmetic in the same order as instancesAt and loadAt, so the same bits).
class ObjectiveCheck {
public:
    ObjectiveCheck(const ObjectiveCheck &) = delete; // its queues point into it
    ObjectiveCheck &operator=(const ObjectiveCheck &) = delete;
    explicit ObjectiveCheck(const Network &net) : m_net(net)
    {
        m_delays = net.latencyCompiled ? net.pathDelays : pathDelays(net);
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double rate = net.classRatePerUser[size_t(cls)];
            m_invRate[size_t(cls)] = rate > 0 ? 1 / rate : 0;
        }
        // Components with a queue that some user class visits. Their visit
        // sums are the network's (read in the same order as the queues), or
        // worked out here when it has none compiled.
        m_queues.reserve(size_t(std::count_if(net.components.cbegin(), net.components.cend(),
                                              [](const ComponentModel &m) { return m.queueResource >= 0; })));
        // Where visit sums worked out here go once m_ownVisits stops moving:
        // none for a compiled network (a list a queue long was a 9 MB peak
        // at 200,000 components, as it doubled).
        struct OwnVisits {
            size_t queue;
            int cls;
            size_t at; // into m_ownVisits
        };
        std::vector<OwnVisits> ownVisitsAt;
        for (size_t i = 0; i < net.components.size(); ++i) {
            const ComponentModel &m = net.components[i];
            if (m.queueResource < 0)
                continue;
            size_t station = 0;
            for (size_t k = 0; k < m.resources.size(); ++k)
                if (m.resources[k].type == ResourceType::Queueing)
                    station = k; // evaluate() keeps the last queueing resource's state
            Queue q(m, m.resources[station], m.resources[size_t(m.queueResource)]);
            bool visited = false;
            for (int cls = 0; cls < kUserClasses; ++cls) {
                if (m.visits[size_t(cls)] <= 0 || m_invRate[size_t(cls)] <= 0)
                    continue;
                visited = true;
                if (net.latencyCompiled && m.queueVisitsAt[size_t(cls)] >= 0) {
                    q.visits[size_t(cls)] = &net.queueVisits[size_t(m.queueVisitsAt[size_t(cls)])];
                } else {
                    ownVisitsAt.push_back(OwnVisits{m_queues.size(), cls, m_ownVisits.size()});
                    m_ownVisits.push_back(queueVisits(m, cls, m_invRate[size_t(cls)]));
                }
                q.visited[size_t(cls)] = true;
            }
            if (!visited)
                continue;
            q.poolsBegin = std::uint32_t(m_pools.size());
            for (const auto &[source, pool] : m.resources[station].pools())
                m_pools.push_back(Pool{InstanceRule(net.components[size_t(source)]), pool});
            q.poolsEnd = std::uint32_t(m_pools.size());
            m_queues.push_back(q);
        }
        // m_ownVisits is complete: no more moves. (A queue with own visit
        // sums is visited, so it was kept, at the index it was given.)
        for (const OwnVisits &o : ownVisitsAt)
            m_queues[o.queue].visits[size_t(o.cls)] = &m_ownVisits[o.at];
    }

    // (Safe to call from several threads at once: it writes only its own locals.)
    bool holds(double users) const
    {
        const Workload &w = m_net.workload;
        const double timeout = w.timeoutMs / 1000;
        std::array<TimeMoments, kUserClasses> path{};
        std::array<bool, kUserClasses> saturated{};
        for (const Queue &q : m_queues) {
            const double own = q.instances.at(users);
            // loadAt's demand
            double demand = q.perUser * users + q.perInstance * own;
            if (users > q.aboveUsers)
                demand += q.perUserAbove * (users - q.aboveUsers);
            for (size_t p = q.poolsBegin; p < q.poolsEnd; ++p)
                demand += m_pools[p].pool * m_pools[p].source.at(users);
            const double copies = q.copiesAreInstances ? own : q.fixedCopies;
            const StationState station = stationState(q.discipline, q.servers, demand / copies, q.serviceTime,
                                                      q.serviceSquaredMean);
            const double queueCopies = q.queueCopiesAreInstances ? own : q.queueFixedCopies;
            for (int cls = 0; cls < kUserClasses; ++cls) {
                if (!q.visited[size_t(cls)])
                    continue;
                if (!station.stable)
                    saturated[size_t(cls)] = true;
                else
                    path[size_t(cls)] += queueTime(q.queueDiscipline, station, *q.visits[size_t(cls)], queueCopies);
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

    std::size_t queues() const { return m_queues.size(); }

private:
    struct Pool {
        InstanceRule source;
        double pool = 0; // connections per source instance
    };
    // The station whose state the visits see, and the queue resource that
    // turns the state into time. (The small fields last, side by side: a
    // large network has over a hundred thousand of these.)
    struct Queue {
        Queue(const ComponentModel &m, const ResourceModel &station, const ResourceModel &queue)
            : instances(m), perUser(station.perUser), perInstance(station.perInstance),
              aboveUsers(station.aboveUsers()), perUserAbove(station.perUserAbove()), fixedCopies(station.fixedCopies()),
              serviceTime(station.serviceTime()), serviceSquaredMean(station.serviceSquaredMean()),
              queueFixedCopies(queue.fixedCopies()), servers(int(std::lround(station.servers()))),
              discipline(station.discipline), queueDiscipline(queue.discipline),
              copiesAreInstances(station.copiesAreInstances), queueCopiesAreInstances(queue.copiesAreInstances) {}
        InstanceRule instances;
        double perUser, perInstance, aboveUsers, perUserAbove;
        double fixedCopies;
        double serviceTime, serviceSquaredMean;
        double queueFixedCopies;
        // The visit sums of each class that visits it (not copied: most of
        // a queue's bytes, and the network's are read in order anyway).
        std::array<const QueueVisits *, kUserClasses> visits{};
        std::uint32_t poolsBegin = 0, poolsEnd = 0; // into m_pools
        int servers;
        Discipline discipline, queueDiscipline;
        bool copiesAreInstances, queueCopiesAreInstances;
        std::array<bool, kUserClasses> visited{};
    };
    const Network &m_net;
    std::array<DelayAtoms, kUserClasses> m_delays{};
    std::array<double, kUserClasses> m_invRate{};
    std::vector<Queue> m_queues;
    std::vector<Pool> m_pools;
    std::vector<QueueVisits> m_ownVisits; // for a network with no visit sums compiled
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
    // A check of a large network takes milliseconds, well over what a second
    // thread costs to start; a small one's takes microseconds.
    constexpr std::size_t kQueuesForTwoThreads = 2000;
    return firstFailingUsers(upper, maxUsers, [&](double users) { return check.holds(users); },
                             check.queues() >= kQueuesForTwoThreads);
}

namespace {

// 40 halvings of [lo, hi] (log10 of user counts; `holds` at lo, not at hi):
// the last lo. With `twoAtATime`, while this thread tries a middle, another
// tries the middle after it on the side the last step went (a guess, right
// about half the time): a step and a half a round, and the same steps.
double bisected(double lo, double hi, const std::function<bool(double)> &holds, bool twoAtATime)
{
    constexpr int kSteps = 40;
    bool lastHeld = false;
    for (int b = 0; b < kSteps;) {
        const double mid = 0.5 * (lo + hi);
        if (!twoAtATime || b + 1 == kSteps) {
            (holds(std::pow(10.0, mid)) ? lo : hi) = mid;
            ++b;
            continue;
        }
        // The next middle, written as it will be computed: 0.5 * (lo + hi)
        // with lo or hi moved to mid.
        const double guess = lastHeld ? 0.5 * (mid + hi) : 0.5 * (lo + mid);
        std::future<bool> next = std::async(std::launch::async, [&holds, guess] { return holds(std::pow(10.0, guess)); });
        const bool midHolds = holds(std::pow(10.0, mid));
        const bool guessHolds = next.get();
        (midHolds ? lo : hi) = mid;
        ++b;
        if (midHolds == lastHeld) { // guessed right: the guess is this step's middle
            (guessHolds ? lo : hi) = guess;
            ++b;
            lastHeld = guessHolds;
        } else {
            lastHeld = midHolds;
        }
    }
    return lo;
}

} // namespace

double firstFailingUsers(double upper, double maxUsers, const std::function<bool(double)> &holds, bool twoAtATime)
{
    if (!(upper >= 1) || !holds(1))
        return 0;
    constexpr int kGrid = 64;
    const double step = std::log10(upper) / kGrid;
    double lo = 0; // log10 of a user count that holds
    for (int i = 1; i <= kGrid;) {
        // Points i and i + 1 at once: the second is wasted only when i fails.
        const int tried = twoAtATime && i < kGrid ? 2 : 1;
        std::future<bool> next;
        if (tried == 2)
            next = std::async(std::launch::async, [&holds, x = (i + 1) * step] { return holds(std::pow(10.0, x)); });
        const bool firstHolds = holds(std::pow(10.0, i * step));
        const bool nextHolds = tried == 2 ? next.get() : true;
        for (int k = 0; k < tried; ++k, ++i) {
            const double x = i * step;
            if (k == 0 ? firstHolds : nextHolds) {
                lo = x;
                continue;
            }
            return std::pow(10.0, bisected(lo, x, holds, twoAtATime));
        }
    }
    return upper < maxUsers ? upper : std::numeric_limits<double>::infinity();
}

} // namespace scalescope
