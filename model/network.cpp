#include "network.h"

#include "ceilings.h"

#include "failures.h"
#include "graph.h"
#include "latency.h"
#include "routing.h"
#include "workload.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

namespace scalescope {

namespace {

constexpr double kMonth = 730.0 * 3600.0; // seconds in the 730-hour pricing month

const char *const kClassNames[ClassCount] = {"static", "read", "write", "async"};
const char *const kOpNames[OpCount] = {"static", "read", "write", "db-read", "db-write", "session", "job", "replication"};

// The auto scaling group enclosing each group (itself, or the nearest
// ancestor that is one), found once for all groups: deep nesting stays linear.
QHash<QString, const Group *> enclosingAutoScalingGroups(const Architecture &a)
{
    QHash<QString, const Group *> byId;
    for (const Group &g : a.groups)
        byId.insert(g.id, &g);
    QHash<QString, const Group *> found;
    for (const Group &g : a.groups) {
        std::vector<const Group *> walked;
        const Group *asg = nullptr;
        for (const Group *x = &g; x && walked.size() <= a.groups.size(); x = byId.value(x->parent)) {
            if (const auto it = found.constFind(x->id); it != found.constEnd()) {
                asg = *it;
                break;
            }
            walked.push_back(x);
            if (x->kind == QLatin1String("auto-scaling-group")) {
                asg = x;
                break;
            }
        }
        for (const Group *w : walked)
            found.insert(w->id, asg);
    }
    return found;
}

} // namespace

const char *className(int c) { return c >= 0 && c < ClassCount ? kClassNames[c] : "?"; }
const char *opName(int op) { return op >= 0 && op < OpCount ? kOpNames[op] : "?"; }

int Network::indexOf(const QString &id) const
{
    for (size_t i = 0; i < components.size(); ++i)
        if (components[i].id == id)
            return int(i);
    return -1;
}

double instancesAt(const ComponentModel &c, double users)
{
    if (!c.autoScaled)
        return c.count;
    const ScalingGroup &g = c.scalingGroup();
    const double perInstance = c.serversPerInstance * g.targetUtilization;
    const double needed = perInstance > 0 ? std::ceil(c.cpuWorkPerUser * users / perInstance - 1e-9) : g.maxInstances;
    return std::clamp(needed, g.minInstances, g.maxInstances);
}

ResourceLoad resourceLoad(const Network &n, const ComponentModel &c, const ResourceModel &r, double users)
{
    return loadAt(r, users, instancesAt(c, users),
                  [&](int source) { return instancesAt(n.components[size_t(source)], users); });
}

Network compileNetwork(const Architecture &a, const Catalog &catalog)
{
    return compileNetwork(a, QStringList(), catalog);
}

namespace {

// `spent`, when given, is `a` itself, no longer needed by the caller: its
// connections and components are let go of once read.
Network compiled(const Architecture &a, const QStringList &failed, const Catalog &catalog, Architecture *spent)
{
    std::vector<FailureEffect> effects = failureEffects(a, failed, catalog);
    Network net;
    net.failed = failed;
    net.workload = a.workload;
    const int count = int(a.components.size());
    QHash<QString, int> index;
    index.reserve(count);
    for (int i = 0; i < count; ++i)
        index.insert(a.components[size_t(i)].id, i);
    EdgeList edges;
    std::vector<double> shares;
    for (const Connection &c : a.connections) {
        const auto from = index.constFind(c.from), to = index.constFind(c.to);
        if (from == index.constEnd() || to == index.constEnd())
            throw std::invalid_argument("connection to an unknown component");
        edges.emplace_back(*from, *to);
        shares.push_back(c.share ? *c.share : std::numeric_limits<double>::quiet_NaN());
    }
    // What is only needed on the way is let go of as soon as it is done
    // with, so that the network's own blocks take its room: on 200,000
    // components the document and the network are most of the memory.
    index = QHash<QString, int>();
    if (spent)
        release(spent->connections);
    const std::vector<int> order = topologicalOrder(count, edges);
    if (int(order.size()) != count)
        throw std::invalid_argument("the connections form a cycle");

    // Renumber into topological order.
    std::vector<int> position(static_cast<size_t>(count), 0);
    for (int k = 0; k < count; ++k)
        position[size_t(order[size_t(k)])] = k;
    net.components.resize(size_t(count));
    QHash<QString, const Group *> autoScalingGroups = enclosingAutoScalingGroups(a);
    QHash<const Group *, std::shared_ptr<const ScalingGroup>> settingsOf;
    // The auto scaling groups' parameters, read as the components' are.
    std::vector<int> groupSlot(a.groups.size(), -1); // by place in a.groups
    std::vector<const KindSpec *> groupKinds;
    std::vector<const ParamMap *> groupOverrides;
    for (const Group *asg : autoScalingGroups)
        if (const KindSpec *kind = asg ? catalog.groupKind(asg->kind) : nullptr;
            kind && groupSlot[size_t(asg - a.groups.data())] < 0) {
            groupSlot[size_t(asg - a.groups.data())] = int(groupKinds.size());
            groupKinds.push_back(kind);
            groupOverrides.push_back(&asg->params);
        }
    const CompileParams groupParams(catalog, std::move(groupKinds), std::move(groupOverrides));
    for (int k = 0; k < count; ++k) {
        const Component &c = a.components[size_t(order[size_t(k)])];
        ComponentModel &m = net.components[size_t(k)];
        m.id = c.id;
        m.label = c.label.isEmpty() ? c.id : c.label;
        m.kind = catalog.kind(c.kind);
        if (!m.kind)
            throw std::invalid_argument(("unknown kind " + c.kind).toStdString());
        m.role = m.kind->role;
        m.down = effects[size_t(order[size_t(k)])].down;
        m.extras.update([&](auto &t) { t.survivingShare = effects[size_t(order[size_t(k)])].survivingShare; });
        if (const Group *asg = autoScalingGroups.value(c.group); asg && m.role == Role::Compute) {
            // Every fleet in the group scales by its settings: read them once.
            auto found = settingsOf.find(asg);
            if (found == settingsOf.end()) {
                const int slot = groupSlot[size_t(asg - a.groups.data())];
                if (slot < 0)
                    throw std::invalid_argument(("unknown group kind " + asg->kind).toStdString());
                const size_t g = size_t(slot);
                ScalingGroup settings;
                settings.minInstances = groupParams.number(g, "minSize");
                settings.maxInstances = std::max(settings.minInstances, groupParams.number(g, "maxSize"));
                settings.targetUtilization = groupParams.number(g, "targetCpu");
                settings.launchSeconds = groupParams.number(g, "launchSeconds");
                settings.warmupSeconds = groupParams.number(g, "instanceWarmupSeconds");
                settings.scaleInCooldownSeconds = groupParams.number(g, "scaleInCooldownSeconds");
                settings.scheduledMinSize = groupParams.number(g, "scheduledMinSize");
                settings.scheduledFromHour = groupParams.number(g, "scheduledFromHour");
                settings.scheduledToHour = groupParams.number(g, "scheduledToHour");
                settings.predictiveBufferSeconds = groupParams.number(g, "predictiveBufferSeconds");
                settings.predictive = groupParams.number(g, "predictiveScaling") > 0;
                found = settingsOf.insert(asg, std::make_shared<const ScalingGroup>(settings));
            }
            m.autoScaled = true;
            m.extras.update([&](auto &t) { t.scaling = *found; });
        }
    }
    release(effects);
    autoScalingGroups = {};
    settingsOf = {};
    RoutingGraph graph;
    graph.targets.resize(size_t(count));
    for (size_t e = 0; e < edges.size(); ++e)
        graph.targets[size_t(position[size_t(edges[e].first)])].push_back(
            {position[size_t(edges[e].second)], shares[e]});
    release(edges);
    release(shares);
    release(position);

    {
        std::vector<const Component *> source(static_cast<size_t>(count));
        std::vector<const KindSpec *> kinds(static_cast<size_t>(count));
        for (int k = 0; k < count; ++k) {
            source[size_t(k)] = &a.components[size_t(order[size_t(k)])];
            kinds[size_t(k)] = net.components[size_t(k)].kind;
        }
        const CompileParams params(catalog, kinds, source);
        routeTraffic(net, graph, params);
        dropRoutingLists(graph);
        buildResources(net, graph, params, catalog);
    }
    // The graph, the parameters and a spent document go before the visit
    // sums take their room.
    graph = RoutingGraph();
    if (spent)
        release(spent->components);

    // Ceilings, the first thing to break, and idle components.
    net.ceilingUsers = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < net.components.size(); ++i) {
        ComponentModel &m = net.components[i];
        for (size_t r = 0; r < m.resources.size(); ++r) {
            // A failed component has no capacity to run out of: the survivors set the ceiling.
            const double ceiling = m.down ? std::numeric_limits<double>::infinity() : usersAtUtilization(net, m, m.resources[r], 1.0);
            m.resources[r].ceiling = ceiling;
            // Reads that miss a full buffer pool grow faster than the writes:
            // whether reads or writes break it is told by the mix at the ceiling.
            if (ResourceModel &res = m.resources[r]; std::isfinite(ceiling) && ceiling > res.aboveUsers()) {
                const double below = res.perUser * ceiling;
                res.writeShare *= below / (below + res.perUserAbove() * (ceiling - res.aboveUsers()));
            }
            if (ceiling < net.ceilingUsers) {
                net.ceilingUsers = ceiling;
                net.ceilingComponent = int(i);
                net.ceilingResource = int(r);
            }
        }
        if (m.arrivalPerUser() <= 0 && m.role != Role::Client && m.role != Role::Monitoring)
            net.idle << m.id;
    }
    // Latency: each queue's visits per request, summed over its ops once here
    // for the classes that visit it (the only ones evaluation reads).
    const auto visitsQueue = [&net](const ComponentModel &m, int cls) {
        return m.queueResource >= 0 && m.visits[size_t(cls)] > 0 && net.classRatePerUser[size_t(cls)] > 0;
    };
    size_t visited = 0;
    for (const ComponentModel &m : net.components)
        for (int cls = 0; cls < kUserClasses; ++cls)
            visited += visitsQueue(m, cls) ? 1 : 0;
    net.queueVisits.reserve(visited);
    for (ComponentModel &m : net.components)
        for (int cls = 0; cls < kUserClasses; ++cls) {
            m.queueVisitsAt[size_t(cls)] = -1;
            if (!visitsQueue(m, cls))
                continue;
            m.queueVisitsAt[size_t(cls)] = int(net.queueVisits.size());
            net.queueVisits.push_back(queueVisits(m, cls, 1 / net.classRatePerUser[size_t(cls)]));
        }
    net.pathDelays = pathDelays(net);
    net.latencyCompiled = true;
    // Traffic that can only go to a failed component: the service holds no one.
    for (size_t i = 0; i < net.components.size(); ++i)
        if (net.components[i].down && net.components[i].arrivalPerUser() > 0) {
            net.ceilingUsers = 0;
            net.ceilingComponent = int(i);
            net.ceilingResource = -1;
            break;
        }
    return net;
}

} // namespace

Network compileNetwork(const Architecture &a, const QStringList &failed, const Catalog &catalog)
{
    return compiled(a, failed, catalog, nullptr);
}

Network compileNetwork(Architecture &&a, const QStringList &failed, const Catalog &catalog)
{
    return compiled(a, failed, catalog, &a);
}

} // namespace scalescope
