// The users at which a resource of a compiled network reaches a
// utilisation (its ceiling at 1.0): a bracketed search on the user count,
// with shortcuts that give the same bits as the plain bisection where the
// load is linear in users or stepped by fixed or auto scaled senders.
#include "ceilings.h"

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace scalescope {

namespace {

// A component's instances as instancesAt counts them, from a copy of the
// few fields it reads.
struct Fleet {
    bool autoScaled = false;
    double count = 1, minInstances = 1, maxInstances = 1, cpuWorkPerUser = 0, perInstance = 0;

    explicit Fleet(const ComponentModel &c)
        : autoScaled(c.autoScaled), count(c.count), minInstances(c.minInstances()), maxInstances(c.maxInstances()),
          cpuWorkPerUser(c.cpuWorkPerUser), perInstance(c.serversPerInstance * c.targetUtilization())
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
        senders.reserve(resource.pools().size());
        for (const auto &pool : resource.pools()) {
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
    if (loads.self.autoScaled || !(r.perUser > 0) || std::isfinite(r.aboveUsers()) || !loads.sendersFixed)
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
    if (!(r.perUser > 0) || to > r.aboveUsers())
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
    if (loads.self.autoScaled || !loads.sendersFixed || std::isfinite(r.stepUsers()) || !std::isfinite(r.aboveUsers()) || !(r.aboveUsers() >= 0)
        || !(r.perUser >= 0) || !(r.perUserAbove() >= 0) || !std::isfinite(r.perUser) || !std::isfinite(r.perUserAbove()))
        return false;
    const ResourceLoad none = loads.at(0); // the fixed part of demand; capacity
    const double slope = r.perUser + r.perUserAbove();
    if (!(none.capacity > 0) || !std::isfinite(none.capacity) || !(slope > 0))
        return false;
    auto over = [&](double u) { return loads.at(u).utilization >= level; };
    double t = (level * none.capacity - none.demand + r.perUserAbove() * r.aboveUsers()) / slope;
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
    if (loads.self.autoScaled || r.perUser != 0 || std::isfinite(r.stepUsers()) || !(r.perUserAbove() >= 0 || !(r.aboveUsers() < std::numeric_limits<double>::infinity())))
        return false;
    for (const auto &pool : r.pools())
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
    if (std::isfinite(r.stepUsers())) {
        // Utilisation drops where the capacity steps up: the first crossing
        // is below the step with the smaller capacity, or above it with both.
        // Copies kept from call to call (their extra terms keep their block);
        // the calls below have no step, so they do not come back here.
        static thread_local ResourceModel before, after;
        before = r;
        after = r;
        before.extras.setStep(std::numeric_limits<double>::infinity(), 0);
        after.extras.setStep(std::numeric_limits<double>::infinity(), 0);
        after.fixedCapacity += r.stepCapacity();
        Loads part = loads;
        part.r = &before;
        const double below = ceilingOf(part, level);
        if (below < r.stepUsers())
            return below;
        part.r = &after;
        return std::max(r.stepUsers(), ceilingOf(part, level));
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
    if (double threshold = 0; overFrom(loads, level, fewest, most, threshold) && threshold > r.aboveUsers())
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

} // namespace scalescope
