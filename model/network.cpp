#include "network.h"

#include "ceilings.h"

#include "failures.h"
#include "graph.h"
#include "latency.h"
#include "routing.h"
#include "workload.h"

#include <QHash>

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
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

// An auto scaling group's settings as a fleet in it takes them.
struct ScalingSettings {
    bool autoScaled = false;
    double minInstances = 1, maxInstances = 1, targetUtilization = 1;
    double launchSeconds = 0, warmupSeconds = 0, scaleInCooldownSeconds = 0;
    double scheduledMinSize = 0, scheduledFromHour = 0, scheduledToHour = 0;
    bool predictive = false;
    double predictiveBufferSeconds = 0;

    void copyTo(ComponentModel &m) const
    {
        m.autoScaled = autoScaled;
        m.minInstances = minInstances;
        m.maxInstances = maxInstances;
        m.targetUtilization = targetUtilization;
        m.launchSeconds = launchSeconds;
        m.warmupSeconds = warmupSeconds;
        m.scaleInCooldownSeconds = scaleInCooldownSeconds;
        m.scheduledMinSize = scheduledMinSize;
        m.scheduledFromHour = scheduledFromHour;
        m.scheduledToHour = scheduledToHour;
        m.predictive = predictive;
        m.predictiveBufferSeconds = predictiveBufferSeconds;
    }
};

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
    const double perInstance = c.serversPerInstance * c.targetUtilization;
    const double needed = perInstance > 0 ? std::ceil(c.cpuWorkPerUser * users / perInstance - 1e-9) : c.maxInstances;
    return std::clamp(needed, c.minInstances, c.maxInstances);
}

ResourceLoad resourceLoad(const Network &n, const ComponentModel &c, const ResourceModel &r, double users)
{
    return loadAt(r, users, instancesAt(c, users),
                  [&](int source) { return instancesAt(n.components[size_t(source)], users); });
}

namespace {

// A component's instances as instancesAt counts them, from a copy of the
// few fields it reads.
struct Fleet {
    bool autoScaled = false;
    double count = 1, minInstances = 1, maxInstances = 1, cpuWorkPerUser = 0, perInstance = 0;

    explicit Fleet(const ComponentModel &c)
        : autoScaled(c.autoScaled), count(c.count), minInstances(c.minInstances), maxInstances(c.maxInstances),
          cpuWorkPerUser(c.cpuWorkPerUser), perInstance(c.serversPerInstance * c.targetUtilization)
    {
    }
    double at(double users) const // instancesAt's very steps
    {
        if (!autoScaled)
            return count;
        const double needed = perInstance > 0 ? std::ceil(cpuWorkPerUser * users / perInstance - 1e-9) : maxInstances;
        return std::clamp(needed, minInstances, maxInstances);
    }
};

// One resource's load as the ceiling search asks for it, hundreds of times:
// resourceLoad's figures, with the pools' senders copied side by side
// rather than read from components most of a kilobyte apart each time.
struct Loads {
    const ResourceModel *r;
    Fleet self;
    boost::container::small_vector<Fleet, 8> senders; // in the order of r->pools
    bool sendersFixed = true;                        // none of them auto scaled

    Loads(const Network &n, const ComponentModel &c, const ResourceModel &resource) : r(&resource), self(c)
    {
        senders.reserve(resource.pools.size());
        for (const auto &pool : resource.pools) {
            senders.emplace_back(n.components[size_t(pool.first)]);
            sendersFixed = sendersFixed && !senders.back().autoScaled;
        }
    }
    // Instance counts at a user count: the component's, then its pools' senders'.
    using Counts = std::vector<double>;
    void countsAt(double users, Counts &counts) const
    {
        counts.clear();
        counts.push_back(self.at(users));
        for (const Fleet &sender : senders)
            counts.push_back(sender.at(users));
    }
    // The load with those counts.
    ResourceLoad at(double users, const Counts &counts) const
    {
        size_t next = 1;
        return loadAt(*r, users, counts[0], [&](int) { return counts[next++]; });
    }
    // resourceLoad(n, c, *r, users), bit for bit.
    ResourceLoad at(double users) const { return at(users, users); }
    // The same with the instances of `countsAt` users.
    ResourceLoad at(double users, double countsAt) const
    {
        size_t next = 0; // loadAt asks for the pools' senders in order, once each
        return loadAt(*r, users, self.at(countsAt), [&](int) { return senders[next++].at(countsAt); });
    }
};

// Without auto scaling here or in a pool's senders, instance counts are
// fixed: demand is linear in users and capacity constant, so the users at
// `level` are a closed form (the least with utilisation at `level` or
// above, as the bisection below finds). 0 when that does not apply.
double linearCeiling(const Loads &loads, double level)
{
    const ResourceModel &r = *loads.r;
    if (loads.self.autoScaled || !(r.perUser > 0) || std::isfinite(r.aboveUsers) || !loads.sendersFixed)
        return 0;
    const ResourceLoad none = loads.at(0); // the fixed part of demand; capacity
    if (!(none.capacity > 0) || !std::isfinite(none.capacity))
        return 0;
    double users = (level * none.capacity - none.demand) / r.perUser;
    if (!(users > 0) || !std::isfinite(users))
        return 0;
    // Rounding may leave it a hair short of `level`: step up to where it is not.
    for (int i = 0; i < 8 && loads.at(users).utilization < level; ++i)
        users = std::nextafter(users, std::numeric_limits<double>::infinity());
    return loads.at(users).utilization >= level ? users : 0;
}

// Between two user counts at which the component and its pools' senders run
// the same instances, demand is linear in users and capacity constant: the
// crossing of `level` in there is a closed form too. 0 when the counts differ
// or the crossing is not between them.
double linearWithin(const Loads &loads, double level, double from, double to, const Loads::Counts &fromCounts,
                    const Loads::Counts &toCounts)
{
    const ResourceModel &r = *loads.r;
    if (!(r.perUser > 0) || to > r.aboveUsers)
        return 0; // (past aboveUsers demand gains a second slope: left to the bisection)
    for (size_t i = 0; i < fromCounts.size(); ++i)
        if (fromCounts[i] != toCounts[i])
            return 0;
    const ResourceLoad none = loads.at(0, fromCounts);
    if (!(none.capacity > 0) || !std::isfinite(none.capacity))
        return 0;
    double users = (level * none.capacity - none.demand) / r.perUser;
    if (!(users >= from && users <= to))
        return 0;
    // Rounding may leave it a hair short of `level`: step up to where it is not.
    for (int i = 0; i < 8 && users < to && loads.at(users).utilization < level; ++i)
        users = std::nextafter(users, std::numeric_limits<double>::infinity());
    return loads.at(users).utilization >= level ? users : 0;
}

// The bisection below always starts from 10^-3 to 10^13 users and halves
// the exponent, so its midpoints form one fixed binary tree: 10^mid of the
// first levels is worked out once for all resources and networks (a fifth
// of compiling went to std::pow). Node k's children are 2k (lower half) and
// 2k + 1; the table holds the same std::pow results, so the same bits.
constexpr double kLowestExponent = -3, kHighestExponent = 13; // 0.001 to 10^13 users
constexpr int kTabledLevels = 14;

const std::vector<double> &tabledMidpointPowers()
{
    static const std::vector<double> table = [] {
        std::vector<double> t(size_t(1) << kTabledLevels, 0.0);
        std::vector<std::pair<double, double>> bracket(t.size());
        bracket[1] = {kLowestExponent, kHighestExponent};
        for (size_t k = 1; k < t.size(); ++k) {
            const auto [lo, hi] = bracket[k];
            const double mid = 0.5 * (lo + hi);
            t[k] = std::pow(10.0, mid);
            if (2 * k + 1 < t.size()) {
                bracket[2 * k] = {lo, mid};
                bracket[2 * k + 1] = {mid, hi};
            }
        }
        return t;
    }();
    return table;
}

double tabledPower(size_t node, double exponent)
{
    const std::vector<double> &powers = tabledMidpointPowers();
    return node < powers.size() ? powers[node] : std::pow(10.0, exponent);
}

// With instance counts fixed (no auto scaling here or in the pools' senders)
// and demand that only grows with users, being over `level` is a threshold:
// over from the least user count `threshold` on, under below it. Found from
// the closed form, then to the exact double by stepping; false when that
// does not apply or the steps do not settle (the bisection is left as it is).
bool overFrom(const Loads &loads, double level, double fewest, double most, double &threshold)
{
    const ResourceModel &r = *loads.r;
    if (loads.self.autoScaled || !loads.sendersFixed || std::isfinite(r.stepUsers) || !std::isfinite(r.aboveUsers) || !(r.aboveUsers >= 0)
        || !(r.perUser >= 0) || !(r.perUserAbove >= 0) || !std::isfinite(r.perUser) || !std::isfinite(r.perUserAbove))
        return false;
    const ResourceLoad none = loads.at(0); // the fixed part of demand; capacity
    const double slope = r.perUser + r.perUserAbove;
    if (!(none.capacity > 0) || !std::isfinite(none.capacity) || !(slope > 0))
        return false;
    auto over = [&](double u) { return loads.at(u).utilization >= level; };
    double t = (level * none.capacity - none.demand + r.perUserAbove * r.aboveUsers) / slope;
    if (!std::isfinite(t))
        return false;
    t = std::clamp(t, fewest, most); // under at the fewest, over at the most
    constexpr int kMostSteps = 64;
    int steps = 0;
    if (over(t)) {
        for (double below = std::nextafter(t, 0.0); over(below) && steps < kMostSteps; below = std::nextafter(t, 0.0), ++steps)
            t = below;
    } else {
        for (; !over(t) && steps < kMostSteps; ++steps)
            t = std::nextafter(t, std::numeric_limits<double>::infinity());
    }
    if (!over(t) || over(std::nextafter(t, 0.0)))
        return false;
    threshold = t;
    return true;
}

// Where the bisection of bisectThreshold stands after kJumpedSteps steps,
// without taking them: while every midpoint is further than `margin` from
// `at`, each step only compares the midpoint with `at`, so the bracket after
// d steps is the d-th dyadic interval of [-3, 13] holding `at`, and the
// node's bits are the steps taken (1: up). That holds when `at` is more
// than `margin` inside that interval (every earlier midpoint lies outside
// it, and rounding keeps the differences in order). Returns the steps
// taken: kJumpedSteps, or 0 with everything left as it was.
constexpr int kJumpedSteps = 44; // a bracket of 2^-40, some 9e-13: far wider than the margin

int jumpAhead(double at, double margin, double &lo, double &hi, size_t &node, size_t &aboveNode)
{
    const double width = std::ldexp(kHighestExponent - kLowestExponent, -kJumpedSteps);
    const double k = std::floor((at - kLowestExponent) / width);
    if (!(k >= 0 && k < std::ldexp(1.0, kJumpedSteps)))
        return 0;
    // Exact: k < 2^44 times a power of two, on a grid of 2^-40 below 16.
    const double jumpLo = kLowestExponent + k * width, jumpHi = jumpLo + width;
    if (!(at - jumpLo > margin && jumpHi - at > margin))
        return 0; // near a midpoint: pow decides a step, the bisection takes them all
    lo = jumpLo;
    hi = jumpHi;
    node = (size_t(1) << kJumpedSteps) | size_t(k);
    // The last step down (over) was taken at the parent of the deepest
    // node on the path that is a left child (an even number).
    aboveNode = 0;
    for (size_t n = node; n > 1; n >>= 1)
        if ((n & 1) == 0) {
            aboveNode = n >> 1;
            break;
        }
    return kJumpedSteps;
}

// The bisection below when being over is a threshold past aboveUsers: no
// bracket has linearWithin's closed form (its upper end, over, is past
// aboveUsers), and each step's test is 10^mid >= threshold, which needs
// std::pow only near log10(threshold). The same steps, the same result.
double bisectThreshold(double threshold, double most)
{
    // Beyond the error of std::pow and std::log10 with room to spare: glibc
    // gives log10 within 2 units in the last place (3.6e-15 at 13, the top
    // of the range) and pow within 1 (1e-16 on the exponent), so a midpoint
    // more than 1e-14 above log10(threshold) has 10^mid above the threshold,
    // and below likewise. Only the last three or four steps need pow.
    constexpr double kMargin = 1e-14;
    const double at = std::log10(threshold);
    double lo = kLowestExponent, hi = kHighestExponent;
    size_t node = 1, aboveNode = 0;
    int i = jumpAhead(at, kMargin, lo, hi, node, aboveNode);
    // 10^hi when the step that set hi worked it out: the answer, without a
    // second std::pow of the same exponent.
    double aboveValue = 0;
    bool aboveValueKnown = false;
    for (; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi)
            break;
        bool over;
        double value = 0;
        const bool close = !(std::abs(mid - at) > kMargin);
        if (close) {
            value = tabledPower(node, mid);
            over = value >= threshold;
        } else {
            over = mid > at;
        }
        // Which half is as good as random: chosen without a branch.
        hi = over ? mid : hi;
        lo = over ? lo : mid;
        aboveNode = over ? node : aboveNode;
        aboveValue = over ? value : aboveValue;
        aboveValueKnown = over ? close : aboveValueKnown;
        node = 2 * node + (over ? 0 : 1);
    }
    return aboveNode == 0 ? most : aboveValueKnown ? aboveValue : tabledPower(aboveNode, hi);
}

// Without a per-user term and with the component's own instances fixed, a
// resource's demand moves only where a pool's sender adds an instance, in
// steps up (a database's connections from auto scaled fleets): being over
// `level` is a threshold again, though not one the closed forms reach, so
// the bisection below would take all its steps (most of them past the
// tabled powers). The threshold is found by halving the doubles between
// `fewest` (under) and `most` (over) instead; false when that does not apply.
bool overFromSteps(const Loads &loads, double level, double fewest, double most, double &threshold)
{
    const ResourceModel &r = *loads.r;
    // Demand must not fall as users grow: no negative slope or pool, no
    // sender whose instances shrink; capacity must not change (own
    // instances fixed, no step). linearWithin never applies (no perUser).
    if (loads.self.autoScaled || r.perUser != 0 || std::isfinite(r.stepUsers) || !(r.perUserAbove >= 0 || !(r.aboveUsers < std::numeric_limits<double>::infinity())))
        return false;
    for (const auto &pool : r.pools)
        if (!(pool.second >= 0))
            return false;
    for (const Fleet &sender : loads.senders)
        if (sender.autoScaled && !(sender.cpuWorkPerUser >= 0))
            return false;
    auto over = [&](double u) { return loads.at(u).utilization >= level; };
    // Positive doubles are ordered as their bits: halve the bits.
    static_assert(sizeof(double) == sizeof(std::uint64_t));
    auto bits = [](double x) { return std::bit_cast<std::uint64_t>(x); };
    std::uint64_t under = bits(fewest), above = bits(most); // !over(fewest), over(most): checked by the caller
    if (!(fewest > 0) || !(most > fewest))
        return false;
    while (above - under > 1) {
        const std::uint64_t mid = under + (above - under) / 2;
        (over(std::bit_cast<double>(mid)) ? above : under) = mid;
    }
    threshold = std::bit_cast<double>(above);
    return true;
}

// Users at which a resource reaches the given utilisation: bisection in
// log space (auto scaling makes some resources piecewise, not linear),
// finished by linearWithin once the bracket holds no change of instance
// count: about a dozen steps instead of sixty.
double ceilingOf(const Loads &loads, double level)
{
    const ResourceModel &r = *loads.r;
    if (std::isfinite(r.stepUsers)) {
        // Utilisation drops where the capacity steps up: the first crossing
        // is below the step with the smaller capacity, or above it with both.
        // Copies kept from call to call (their pools keep their room); the
        // calls below have no step, so they do not come back here.
        static thread_local ResourceModel before, after;
        before = r;
        after = r;
        before.stepUsers = after.stepUsers = std::numeric_limits<double>::infinity();
        after.fixedCapacity += r.stepCapacity;
        Loads part = loads;
        part.r = &before;
        const double below = ceilingOf(part, level);
        if (below < r.stepUsers)
            return below;
        part.r = &after;
        return std::max(r.stepUsers, ceilingOf(part, level));
    }
    auto over = [&](double u) { return loads.at(u).utilization >= level; };
    static const double fewest = std::pow(10.0, kLowestExponent), most = std::pow(10.0, kHighestExponent);
    double lo = kLowestExponent, hi = kHighestExponent;
    if (!over(most))
        return std::numeric_limits<double>::infinity();
    if (over(fewest))
        return 0;
    if (const double linear = linearCeiling(loads, level); linear > 0)
        return linear;
    if (double threshold = 0; overFrom(loads, level, fewest, most, threshold) && threshold > r.aboveUsers)
        return bisectThreshold(threshold, most);
    if (double threshold = 0; overFromSteps(loads, level, fewest, most, threshold))
        return bisectThreshold(threshold, most);
    double below = fewest, above = most;
    // The instance counts at both ends and at the midpoint, each worked out
    // once: for the midpoint's test, then as the end it becomes.
    Loads::Counts belowCounts, aboveCounts, midCounts;
    loads.countsAt(below, belowCounts);
    loads.countsAt(above, aboveCounts);
    size_t node = 1; // in the midpoints' tree, while it is tabled
    for (int i = 0; i < 60; ++i) {
        if (const double linear = linearWithin(loads, level, below, above, belowCounts, aboveCounts); linear > 0)
            return linear;
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi)
            break; // neighbouring doubles: more steps change nothing
        const double users = tabledPower(node, mid);
        loads.countsAt(users, midCounts);
        if (loads.at(users, midCounts).utilization >= level) {
            hi = mid;
            above = users;
            aboveCounts.swap(midCounts);
            node = 2 * node;
        } else {
            lo = mid;
            below = users;
            belowCounts.swap(midCounts);
            node = 2 * node + 1;
        }
    }
    return above;
}

} // namespace

double usersAtUtilization(const Network &n, const ComponentModel &c, const ResourceModel &r, double level)
{
    return ceilingOf(Loads(n, c, r), level);
}

Network compileNetwork(const Architecture &a, const Catalog &catalog)
{
    return compileNetwork(a, QStringList(), catalog);
}

Network compileNetwork(const Architecture &a, const QStringList &failed, const Catalog &catalog)
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
    const std::vector<int> order = topologicalOrder(count, edges);
    if (int(order.size()) != count)
        throw std::invalid_argument("the connections form a cycle");

    // Renumber into topological order.
    std::vector<int> position(static_cast<size_t>(count), 0);
    for (int k = 0; k < count; ++k)
        position[size_t(order[size_t(k)])] = k;
    net.components.resize(size_t(count));
    QHash<QString, const Group *> autoScalingGroups = enclosingAutoScalingGroups(a);
    QHash<const Group *, ScalingSettings> settingsOf;
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
        m.survivingShare = effects[size_t(order[size_t(k)])].survivingShare;
        if (const Group *asg = autoScalingGroups.value(c.group); asg && m.role == Role::Compute) {
            // Every fleet in the group scales by its settings: read them once.
            auto found = settingsOf.find(asg);
            if (found == settingsOf.end()) {
                const int slot = groupSlot[size_t(asg - a.groups.data())];
                if (slot < 0)
                    throw std::invalid_argument(("unknown group kind " + asg->kind).toStdString());
                const size_t g = size_t(slot);
                ScalingSettings settings;
                settings.autoScaled = true;
                settings.minInstances = groupParams.number(g, "minSize");
                settings.maxInstances = std::max(settings.minInstances, groupParams.number(g, "maxSize"));
                settings.targetUtilization = groupParams.number(g, "targetCpu");
                settings.launchSeconds = groupParams.number(g, "launchSeconds");
                settings.warmupSeconds = groupParams.number(g, "instanceWarmupSeconds");
                settings.scaleInCooldownSeconds = groupParams.number(g, "scaleInCooldownSeconds");
                settings.scheduledMinSize = groupParams.number(g, "scheduledMinSize");
                settings.scheduledFromHour = groupParams.number(g, "scheduledFromHour");
                settings.scheduledToHour = groupParams.number(g, "scheduledToHour");
                settings.predictive = groupParams.number(g, "predictiveScaling") > 0;
                settings.predictiveBufferSeconds = groupParams.number(g, "predictiveBufferSeconds");
                found = settingsOf.insert(asg, settings);
            }
            found->copyTo(m);
        }
    }
    effects = {};
    autoScalingGroups = {};
    settingsOf = {};
    RoutingGraph graph;
    graph.targets.resize(size_t(count));
    for (size_t e = 0; e < edges.size(); ++e)
        graph.targets[size_t(position[size_t(edges[e].first)])].push_back(
            {position[size_t(edges[e].second)], shares[e]});
    edges = {};
    shares = {};
    position = {};

    std::vector<const Component *> source(static_cast<size_t>(count));
    std::vector<const KindSpec *> kinds(static_cast<size_t>(count));
    for (int k = 0; k < count; ++k) {
        source[size_t(k)] = &a.components[size_t(order[size_t(k)])];
        kinds[size_t(k)] = net.components[size_t(k)].kind;
    }
    const CompileParams params(catalog, kinds, source);
    routeTraffic(net, graph, params);
    buildResources(net, graph, params, catalog);

    // Ceilings, the first thing to break, and idle components.
    net.ceilingUsers = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < net.components.size(); ++i) {
        ComponentModel &m = net.components[i];
        m.ceilings.clear();
        m.ceilings.reserve(m.resources.size());
        for (size_t r = 0; r < m.resources.size(); ++r) {
            // A failed component has no capacity to run out of: the survivors set the ceiling.
            const double ceiling = m.down ? std::numeric_limits<double>::infinity() : ceilingOf(Loads(net, m, m.resources[r]), 1.0);
            m.ceilings.push_back(ceiling);
            // Reads that miss a full buffer pool grow faster than the writes:
            // whether reads or writes break it is told by the mix at the ceiling.
            if (ResourceModel &res = m.resources[r]; std::isfinite(ceiling) && ceiling > res.aboveUsers) {
                const double below = res.perUser * ceiling;
                res.writeShare *= below / (below + res.perUserAbove * (ceiling - res.aboveUsers));
            }
            if (ceiling < net.ceilingUsers) {
                net.ceilingUsers = ceiling;
                net.ceilingComponent = int(i);
                net.ceilingResource = int(r);
            }
        }
        if (m.arrivalPerUser <= 0 && m.role != Role::Client && m.role != Role::Monitoring)
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
        if (net.components[i].down && net.components[i].arrivalPerUser > 0) {
            net.ceilingUsers = 0;
            net.ceilingComponent = int(i);
            net.ceilingResource = -1;
            break;
        }
    return net;
}

} // namespace scalescope
