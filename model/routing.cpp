// Routing by kind, once per architecture, per user.
#include "routing.h"

#include "sentflows.h"
#include "workload.h"

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <span>

namespace scalescope {

namespace {

// Most components have a handful of targets: these stay off the heap.
using Targets = boost::container::small_vector<Target, 8>;
using Weights = boost::container::small_vector<double, 8>;
using Indices = boost::container::small_vector<int, 8>;

// boost's small vectors are contiguous but do not say so to std::span.
template <typename T, std::size_t N>
std::span<const T> asSpan(const boost::container::small_vector<T, N> &v)
{
    return {v.data(), v.size()};
}

bool isHttp(int op) { return op == OpStatic || op == OpRead || op == OpWrite; }

bool flag(const CompileParams &params, size_t k, ParamName name)
{
    return params.has(k, name) && params.flag(k, name);
}

// Lower is preferred; targets of the best rank that can serve an op share it.
int rank(Role role, int op)
{
    switch (op) {
    case OpStatic: return role == Role::Cdn ? 0 : role == Role::ObjectStore ? 1 : 2;
    case OpRead:
    case OpWrite: return role == Role::Cdn ? 0 : 1;
    case OpDbRead: return role == Role::Cache ? 0 : role == Role::SqlReplica ? 1 : 2;
    case OpDbWrite: return role == Role::Queue ? 0 : 1;
    default: return 0;
    }
}

class Router {
public:
    Router(Network &network, RoutingGraph &graph, const CompileParams &parameters)
        : net(network), g(graph), params(parameters) {}

    void computeCanServe()
    {
        const size_t n = net.components.size();
        g.canServe.assign(n, {});
        for (size_t k = n; k-- > 0;) {
            const ComponentModel &m = net.components[k];
            auto &can = g.canServe[k];
            auto child = [&](int op) {
                for (const Target &t : g.targets[k])
                    if (g.canServe[size_t(t.index)][size_t(op)])
                        return true;
                return false;
            };
            const bool sessions = flag(params, k, "sessionStore");
            switch (m.role) {
            case Role::Dns:
            case Role::Passthrough:
            case Role::LoadBalancer:
                for (int op : {OpStatic, OpRead, OpWrite})
                    can[size_t(op)] = child(op);
                break;
            case Role::Cdn:
                can[OpStatic] = true;
                can[OpRead] = child(OpRead);
                can[OpWrite] = child(OpWrite);
                break;
            case Role::ObjectStore: can[OpStatic] = true; break;
            case Role::Compute: can[OpStatic] = can[OpRead] = can[OpWrite] = can[OpJob] = true; break;
            case Role::Function: can[OpRead] = can[OpWrite] = can[OpJob] = true; break;
            case Role::Cache: can[OpDbRead] = true; can[OpSession] = sessions; break;
            case Role::SqlPrimary: can[OpDbRead] = can[OpDbWrite] = true; break;
            case Role::SqlReplica: can[OpDbRead] = can[OpReplication] = true; break;
            case Role::NoSql: can[OpDbRead] = can[OpDbWrite] = true; can[OpSession] = sessions; break;
            case Role::Queue: can[OpDbWrite] = child(OpJob); break;
            case Role::Client:
            case Role::Monitoring: break;
            }
        }
    }

    // Targets of component k that serve op, best rank first; `skipRank`
    // excludes ranks up to it (for cache misses falling back).
    Targets choose(size_t k, int op, int minRank = 0) const
    {
        // Traffic moves to the survivors where there are any (health checks,
        // failover); with none left it still goes to the failed ones, and fails.
        Targets out; // the one object returned: no copy
        for (const bool survivorsOnly : {true, false}) {
            // One pass: the targets of the best rank so far, in their order.
            int best = 1 << 20;
            for (const Target &t : g.targets[k]) {
                const ComponentModel &target = net.components[size_t(t.index)];
                if (!g.canServe[size_t(t.index)][size_t(op)] || (survivorsOnly && target.down))
                    continue;
                const int r = rank(target.role, op);
                if (r < minRank || r > best)
                    continue;
                if (r < best) {
                    best = r;
                    out.clear();
                }
                out.push_back(t);
            }
            if (!out.empty())
                break;
        }
        return out;
    }

    // Splits rate over targets: explicit shares first, the rest equally.
    static Weights weights(const Targets &ts)
    {
        double explicitSum = 0;
        int unset = 0;
        for (const Target &t : ts) {
            if (std::isnan(t.share))
                ++unset;
            else
                explicitSum += t.share;
        }
        const double rest = unset > 0 ? std::max(0.0, 1.0 - explicitSum) / unset : 0;
        Weights w;
        double sum = 0;
        for (const Target &t : ts) {
            w.push_back(std::isnan(t.share) ? rest : t.share);
            sum += w.back();
        }
        for (double &x : w)
            x = sum > 0 ? x / sum : 1.0 / double(ts.size());
        return w;
    }

    static Indices indicesOf(const Targets &ts)
    {
        Indices out;
        for (const Target &t : ts)
            out.push_back(t.index);
        return out;
    }

    // The availability structure: what the unit of work being processed
    // (component recK, op recOp) needs, recorded once per pair.
    void need(AvailabilityStep::Kind kind, const Targets &ts, int op, double probability)
    {
        if (!recording || ts.empty() || probability <= 0)
            return;
        AvailabilityStep step;
        step.kind = kind;
        step.fromOp = std::int8_t(recOp);
        step.op = std::int8_t(op);
        step.probability = std::min(1.0, probability);
        const Weights w = weights(ts);
        step.lists.assign(asSpan(indicesOf(ts)), asSpan(w), {}, {});
        net.components[size_t(recK)].needs.push_back(std::move(step));
    }
    // Databases the request needs: replicas behind one reader endpoint are
    // alternatives; primaries, shards and domains each hold their own data.
    void needData(const Targets &ts, int op, double probability)
    {
        const bool replicas = std::all_of(ts.begin(), ts.end(), [&](const Target &t) {
            return net.components[size_t(t.index)].role == Role::SqlReplica;
        });
        need(replicas ? AvailabilityStep::AnyOf : AvailabilityStep::OneOf, ts, op, probability);
    }

    // Traffic from component `from` along its connection to `to`: work
    // there, and the connection's rate (what the canvas draws).
    void deliver(size_t from, size_t to, int cls, int op, double rate)
    {
        net.components[to].arrival.ref(cls, op) += rate;
        Flow &flow = flows.to(net.components[from].sent, from, int(to));
        flow.perUser += rate;
        flow.kibPerUser += rate * kibPerUnit(op);
    }
    // What one unit of an op moves over the connection, answer included.
    double kibPerUnit(int op) const
    {
        const Workload &w = net.workload;
        switch (op) {
        case OpStatic: return w.staticObjectKiB;
        case OpRead:
        case OpWrite: return w.dynamicResponseKiB;
        case OpSession: return w.sessionKiB;
        default: return w.itemKiB; // queries, jobs, replication
        }
    }

    void send(size_t from, const Targets &ts, int cls, int op, double rate)
    {
        if (rate <= 0 || ts.empty())
            return;
        const Weights w = weights(ts);
        for (size_t i = 0; i < ts.size(); ++i)
            deliver(from, size_t(ts[i].index), cls, op, rate * w[i]);
    }

    double param(size_t k, ParamName name) const { return params.number(k, name); }

    // Data reads from an application tier: caches first, their misses to
    // the databases; no database and a local one: served on the instance.
    // `calls` per unit of the work being processed (for availability).
    void sendData(size_t k, int cls, int op, double rate, bool localDb, double calls)
    {
        if (rate <= 0)
            return;
        Targets ts = choose(k, op);
        if (op == OpDbRead && !ts.empty() && net.components[size_t(ts.front().index)].role == Role::Cache) {
            const Weights w = weights(ts);
            double misses = 0, hits = 0;
            for (size_t i = 0; i < ts.size(); ++i) {
                const size_t c = size_t(ts[i].index);
                addSender(c, k, true); // its misses reach the databases behind it on this tier's connections
                deliver(k, c, cls, OpDbRead, rate * w[i]);
                const double hitRatio = param(c, "hitRatio");
                hits += w[i] * hitRatio;
                if (choose(c, OpDbRead).empty()) // no database behind this cache: the app asks its own
                    misses += rate * w[i] * (1.0 - hitRatio);
            }
            const Targets caches = ts;
            rate = misses;
            ts = choose(k, op, 1);
            if (rate <= 0 || ts.empty()) {
                need(AvailabilityStep::OneOf, caches, OpDbRead, calls); // read through: the cache asks the database
                return;
            }
            // Cache aside: a miss, or a cache that is down, reads from the database.
            if (recording) {
                need(AvailabilityStep::OneOf, caches, OpDbRead, calls);
                AvailabilityStep &step = net.components[size_t(recK)].needs.back();
                step.kind = AvailabilityStep::CacheAside;
                step.caches = int(caches.size());
                step.hitRatio = hits;
                // The caches, then the databases behind them.
                Indices targets(step.targets().begin(), step.targets().end());
                Weights both(step.weights().begin(), step.weights().end());
                const Weights dbWeights = weights(ts);
                for (size_t i = 0; i < ts.size(); ++i) {
                    targets.push_back(ts[i].index);
                    both.push_back(dbWeights[i]);
                }
                step.lists.assign(asSpan(targets), asSpan(both), {}, {});
            }
            for (const Target &t : ts)
                addSender(size_t(t.index), k, true);
            send(k, ts, cls, op, rate);
            return;
        }
        if (!ts.empty()) {
            needData(ts, op, calls);
            for (const Target &t : ts)
                if (net.components[size_t(t.index)].role != Role::Queue)
                    addSender(size_t(t.index), k, op == OpDbRead);
            send(k, ts, cls, op, rate);
        } else if (localDb) {
            net.components[k].arrival.ref(cls, op) += rate;
        }
    }

    Targets replicasOf(size_t primary) const
    {
        Targets out;
        for (const Target &t : g.targets[primary])
            if (net.components[size_t(t.index)].role == Role::SqlReplica)
                out.push_back(t);
        return out;
    }

    // The application servers behind `from` also talk to `to` (cache misses,
    // reads the primary hands to its replicas): they hold connections there.
    void inheritSenders(size_t to, size_t from)
    {
        const boost::container::small_vector<int, 16> readers(g.readSenders[from].begin(), g.readSenders[from].end());
        for (int s : readers)
            addSender(to, size_t(s), true);
    }

    void addSender(size_t database, size_t sender, bool reads)
    {
        auto add = [&](auto &list) {
            if (std::find(list.begin(), list.end(), int(sender)) == list.end())
                list.push_back(int(sender));
        };
        add(g.dataSenders[database]);
        if (reads)
            add(g.readSenders[database]);
    }

    void run()
    {
        computeCanServe();
        const size_t n = net.components.size();
        recorded.assign(n, {});
        g.localSessions.assign(n, false);
        g.dataSenders.assign(n, {});
        g.readSenders.assign(n, {});
        g.replicaCopies.assign(n, 1.0);
        g.replicaSiblings.assign(n, 1.0);
        g.replicaSource.assign(n, -1);
        for (size_t k = 0; k < n; ++k) {
            if (net.components[k].role != Role::SqlPrimary)
                continue;
            const Targets replicas = replicasOf(k);
            for (const Target &t : replicas) {
                g.replicaCopies[size_t(t.index)] = std::max(g.replicaCopies[size_t(t.index)], param(k, "shards"));
                g.replicaSiblings[size_t(t.index)] = std::max(g.replicaSiblings[size_t(t.index)], double(replicas.size()));
                if (g.replicaSource[size_t(t.index)] < 0)
                    g.replicaSource[size_t(t.index)] = int(k);
            }
        }
        const PeakRates unit = peakRates(net.workload, 1.0);
        net.classRatePerUser = {unit.staticRate, unit.readRate, unit.writeRate};

        // A component's needs and flows are all added while its own work is
        // routed: they grow in vectors that keep their room from component to
        // component, then move to vectors of their exact size.
        CompactVector<AvailabilityStep> needsRoom;
        CompactVector<Flow> sentRoom;
        for (size_t k = 0; k < n; ++k) {
            ComponentModel &m = net.components[k];
            if (m.role == Role::Client) {
                m.arrival.ref(ClassStatic, OpStatic) += unit.staticRate;
                m.arrival.ref(ClassRead, OpRead) += unit.readRate;
                m.arrival.ref(ClassWrite, OpWrite) += unit.writeRate;
            }
            needsRoom.clear();
            sentRoom.clear();
            m.needs.swap(needsRoom); // (both empty before)
            m.sent.swap(sentRoom);
            const auto arrival = m.arrival; // local (db) work added below is not re-routed
            arrival.forEachWritten([&](int cls, int op, double rate) {
                if (rate > 0)
                    process(k, cls, op, rate);
            });
            m.needs.swap(needsRoom);
            m.sent.swap(sentRoom);
            m.needs.assign(std::make_move_iterator(needsRoom.begin()), std::make_move_iterator(needsRoom.end()));
            m.sent.assign(sentRoom.begin(), sentRoom.end());
            if (m.role == Role::Client) // what users send is not work done here
                m.arrival.clear();
        }
        findCommonNeeds();
    }

    // What each unit of work needs for certain, in series: itself and what
    // all alternatives of its certain steps need. Alternatives that share a
    // component depend on it together (common-mode), so AnyOf steps record
    // what their alternatives share.
    void findCommonNeeds()
    {
        constexpr size_t kMaxTracked = 64; // beyond it, treat the rest as independent
        const size_t n = net.components.size();
        // Most units need only their component: {k} is kept as `ids[k]`, not
        // allocated, and marked with `alone`. The others' lists lie end to
        // end in `lists`, each at (first, size) of its unit.
        std::vector<std::array<std::pair<int, int>, OpCount>> required(n);
        std::vector<int> lists;
        std::vector<std::array<bool, OpCount>> alone(n);
        std::vector<int> ids(n);
        std::iota(ids.begin(), ids.end(), 0);
        auto requiredOf = [&](int t, int op) -> std::span<const int> {
            const auto [first, size] = required[size_t(t)][size_t(op)];
            return alone[size_t(t)][size_t(op)] ? std::span<const int>(&ids[size_t(t)], 1)
                                                : std::span<const int>(lists.data() + first, size_t(size));
        };
        std::vector<int> need, shared, both, merged, counted; // scratch, kept from step to step
        for (size_t k = n; k-- > 0;) {
            ComponentModel &m = net.components[k];
            std::array<bool, OpCount> stepped{};
            for (const AvailabilityStep &step : m.needs)
                if (step.fromOp >= 0 && step.fromOp < OpCount)
                    stepped[size_t(step.fromOp)] = true;
            for (int op = 0; op < OpCount; ++op) {
                alone[k][size_t(op)] = !stepped[size_t(op)];
                if (!stepped[size_t(op)])
                    continue;
                need.assign(1, int(k));
                for (AvailabilityStep &step : m.needs) {
                    if (step.fromOp != op)
                        continue;
                    if (step.selfAlternative)
                        need.erase(std::remove(need.begin(), need.end(), int(k)), need.end());
                    const std::span<const int> targets = step.targets();
                    if (step.probability < 1 || step.kind == AvailabilityStep::CacheAside || targets.empty())
                        continue;
                    const std::span<const int> first = requiredOf(targets.front(), step.op);
                    shared.assign(first.begin(), first.end());
                    for (size_t i = 1; i < targets.size(); ++i) {
                        const std::span<const int> other = requiredOf(targets[i], step.op);
                        both.clear();
                        std::set_intersection(shared.begin(), shared.end(), other.begin(), other.end(), std::back_inserter(both));
                        shared.swap(both);
                    }
                    if (step.selfAlternative) // the component itself is the last alternative: nothing else is certain
                        continue;
                    counted.clear();
                    std::set_intersection(shared.begin(), shared.end(), need.begin(), need.end(),
                                          std::back_inserter(counted));
                    // A new block for the step's lists (a step is visited once,
                    // so these two lists are still empty).
                    const bool common = step.kind == AvailabilityStep::AnyOf && targets.size() > 1;
                    if (common || !counted.empty())
                        step.lists.assign(targets, step.weights(), common ? std::span<const int>(shared) : std::span<const int>(),
                                          counted);
                    merged.clear();
                    std::set_union(need.begin(), need.end(), shared.begin(), shared.end(), std::back_inserter(merged));
                    need.swap(merged);
                }
                if (need.size() > kMaxTracked)
                    need.resize(kMaxTracked);
                required[k][size_t(op)] = {int(lists.size()), int(need.size())}; // (spans into `lists` are all taken)
                lists.insert(lists.end(), need.begin(), need.end());
            }
        }
    }

    void process(size_t k, int cls, int op, double rate)
    {
        recording = !recorded[k][size_t(op)];
        recorded[k][size_t(op)] = true;
        recK = int(k);
        recOp = op;
        processUnit(k, cls, op, rate);
        recording = false;
    }

    void processUnit(size_t k, int cls, int op, double rate)
    {
        ComponentModel &m = net.components[k];
        switch (m.role) {
        case Role::Client:
        case Role::Dns:
        case Role::Passthrough:
        case Role::LoadBalancer:
            if (isHttp(op)) {
                // Health checks move traffic to the targets that are up: a load
                // balancer always checks, DNS only when configured to.
                const bool failover = m.role == Role::LoadBalancer
                                      || (m.role == Role::Dns && flag(params, k, "healthChecks"));
                const Targets ts = choose(k, op);
                need(failover ? AvailabilityStep::AnyOf : AvailabilityStep::OneOf, ts, op, 1);
                send(k, ts, cls, op, rate);
            }
            break;
        case Role::Cdn:
            if (op == OpStatic) {
                const Targets ts = choose(k, op);
                const double hitRatio = param(k, "hitRatio");
                need(AvailabilityStep::AnyOf, ts, op, 1.0 - hitRatio); // misses go to the origin
                send(k, ts, cls, op, rate * (1.0 - hitRatio));
            } else if (isHttp(op)) {
                const Targets ts = choose(k, op);
                need(AvailabilityStep::AnyOf, ts, op, 1);
                send(k, ts, cls, op, rate);
            }
            break;
        case Role::Compute:
        case Role::Function: {
            const bool localDb = m.role == Role::Compute && flag(params, k, "localDatabase");
            if (op == OpRead || op == OpWrite) {
                // A tier in front of other services calls them once per request;
                // each request needs the service it is for.
                const Targets services = choose(k, op);
                need(AvailabilityStep::OneOf, services, op, 1);
                send(k, services, cls, op, rate);
                const double reads = param(k, "dbReadsPerRequest");
                sendData(k, cls, OpDbRead, rate * reads, localDb, reads);
                if (op == OpWrite)
                    sendData(k, cls, OpDbWrite, rate * param(k, "dbWritesPerWrite"), localDb, param(k, "dbWritesPerWrite"));
                const Targets stores = choose(k, OpSession);
                if (!stores.empty()) {
                    need(AvailabilityStep::AnyOf, stores, OpSession, 1);
                    send(k, stores, cls, OpSession, rate);
                } else if (m.role == Role::Compute) {
                    g.localSessions[k] = true;
                }
            } else if (op == OpJob) {
                sendData(k, cls, OpDbWrite, rate, localDb, 1);
            }
            break;
        }
        case Role::Cache:
            if (op == OpDbRead) {
                const Targets ts = choose(k, OpDbRead);
                for (const Target &t : ts)
                    inheritSenders(size_t(t.index), k);
                const double hitRatio = param(k, "hitRatio");
                needData(ts, OpDbRead, 1.0 - hitRatio);
                send(k, ts, cls, OpDbRead, rate * (1.0 - hitRatio));
            }
            break;
        case Role::SqlPrimary: {
            const Targets replicas = replicasOf(k);
            // Reads go to the replicas (a share of 0 marks one that serves only its
            // own senders, e.g. in another region); the primary keeps the writes.
            Targets readers;
            for (const Target &t : replicas)
                if ((std::isnan(t.share) || t.share > 0) && !net.components[size_t(t.index)].down)
                    readers.push_back(t);
            if (op == OpDbRead && !readers.empty()) {
                for (const Target &t : readers)
                    inheritSenders(size_t(t.index), k);
                m.arrival.ref(cls, OpDbRead) -= rate;
                // The reader endpoint moves among the replicas; with none left the
                // primary serves the reads again.
                need(AvailabilityStep::AnyOf, readers, OpDbRead, 1);
                if (recording)
                    m.needs.back().selfAlternative = true;
                send(k, readers, cls, OpDbRead, rate);
            } else if (op == OpDbWrite) {
                // Every replica applies every write (of its shard, when there is one replica per shard).
                for (const Target &t : replicas)
                    if (!net.components[size_t(t.index)].down)
                        deliver(k, size_t(t.index), ClassAsync, OpReplication, rate);
            }
            break;
        }
        case Role::Queue:
            if (op == OpDbWrite) // drained at the average rate, after the user has the answer
                send(k, choose(k, OpJob), ClassAsync, OpJob, rate / net.workload.peakToAverage);
            break;
        case Role::ObjectStore:
        case Role::SqlReplica:
        case Role::NoSql:
        case Role::Monitoring:
            break;
        }
    }

private:
    Network &net;
    RoutingGraph &g;
    const CompileParams &params;
    std::vector<std::array<bool, OpCount>> recorded;
    SentFlows flows{net.components.size()};
    bool recording = false;
    int recK = -1;
    int recOp = 0;
};

} // namespace

void routeTraffic(Network &net, RoutingGraph &graph, const CompileParams &params)
{
    Router(net, graph, params).run();
}

void dropRoutingLists(RoutingGraph &graph)
{
    graph.targetCounts.resize(graph.targets.size());
    for (size_t k = 0; k < graph.targets.size(); ++k)
        graph.targetCounts[k] = int(graph.targets[k].size());
    release(graph.targets);
    release(graph.readSenders);
    release(graph.canServe);
}

} // namespace scalescope
