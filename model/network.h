#pragma once
// The compiled capacity model of one architecture: components in
// topological order with per-user traffic already routed.
//
// Routing is linear in the user count (splits, hit ratios, queries per
// request), so it runs once here; evaluating a user count only scales
// the per-user figures and computes resources, queues, latency and cost.

#include "arrivalrates.h"
#include "catalog.h"
#include "compactvector.h"
#include "componentextras.h"
#include "delayatoms.h"
#include "document.h"
#include "queueterms.h"
#include "resourceextras.h"
#include "sharedtext.h"
#include "steplists.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace scalescope {

// What a unit of traffic is at a component.
enum Op { OpStatic, OpRead, OpWrite, OpDbRead, OpDbWrite, OpSession, OpJob, OpReplication, OpCount };
// The user request a unit of traffic belongs to; Async is work done after
// the user got the answer (queued writes, replication).
enum RequestClass { ClassStatic, ClassRead, ClassWrite, ClassAsync, ClassCount };
inline constexpr int kUserClasses = 3; // Static, Read, Write
// Per user, req/s of each (class, op) pair that reaches a component.
using ArrivalRates = PairRates<ClassCount, OpCount>;

const char *className(int requestClass);
const char *opName(int op);

enum class ResourceType : unsigned char {
    Queueing, // servers and per-operation service times: a queue (see Discipline)
    Capacity, // memory, connections, storage, IOPS
    Limit,    // a documented service limit (requests/s, units/s, concurrency)
};

// How a queueing resource shares its servers among waiting requests
// (docs/model.md, "Latency"): CPUs and database engines time-slice their
// cores among the requests in progress; a single-threaded cache serves
// commands in arrival order.
enum class Discipline : unsigned char {
    ProcessorSharing, // c servers shared: each of n requests runs at min(1, c/n)
    Fcfs,             // c servers, first come first served
};

struct ResourceModel {
    SharedText name;       // "CPU", "memory", "write IOPS", ...
    SharedText unit;       // unit of demand and capacity
    ResourceType type = ResourceType::Capacity;
    // Queueing only (below): how the servers are shared, and whether the
    // copies are the instances (else `fixedCopies`). Here, next to `type`,
    // so that the three small fields share one word.
    Discipline discipline = Discipline::ProcessorSharing;
    bool copiesAreInstances = true;
    // demand(u) = perUser*u + perInstance*n(u) + sum over pools of poolSize*n_src(u)
    double perUser = 0;
    double perInstance = 0;
    // capacity(u) = fixedCapacity + capacityPerInstance * n(u)
    double fixedCapacity = 0;
    double capacityPerInstance = 0;
    // The rarer terms, held by the resources that have them (resourceextras.h):
    // - pools: (component index, connections per instance) of the senders;
    // - a capacity that grows once, from a user count on (storage IOPS that
    //   follow the volume's size): + stepCapacity from stepUsers;
    // - demand that starts at a user count (a database's reads that miss its
    //   buffer pool once the working set outgrows it):
    //   + perUserAbove * (u - aboveUsers) from aboveUsers on.
    ResourceExtras extras;
    std::span<const ResourceExtras::Pool> pools() const { return extras.pools(); }
    double stepUsers() const { return extras.stepUsers(); }
    double stepCapacity() const { return extras.stepCapacity(); }
    double aboveUsers() const { return extras.aboveUsers(); }
    double perUserAbove() const { return extras.perUserAbove(); }
    // Queueing only: per-user arrival rate is perUser; each of `copies`
    // (instances, shards or nodes) is an M/M/c queue with `servers`, and
    // each op it serves keeps its own service time (0: not served). One
    // block only queues hold (queueterms.h).
    QueueTerms<OpCount> queue;
    double servers() const { return queue.servers(); }
    double serviceTime() const { return queue.serviceTime(); } // mean over the ops it serves, seconds
    double serviceSquaredMean() const { return queue.serviceSquaredMean(); } // E[S^2], exponential per op
    double fixedCopies() const { return queue.fixedCopies(); }
    double opServiceTime(int op) const { return queue.opTime(std::size_t(op)); }
    // Share of the demand that writes cause (writes, replication, queued
    // jobs): tells "database writes" from "database reads".
    double writeShare = 0;
    // Users at which it is full (utilisation 1; infinite when never, or
    // when its component is down): set by compileNetwork.
    double ceiling = std::numeric_limits<double>::infinity();
};

// One step of what a unit of work of kind `fromOp` at a component needs
// further down its serving path: the availability structure (a reliability
// block diagram) that routing decided, read at evaluation (docs/model.md,
// "Availability").
struct AvailabilityStep {
    enum Kind : unsigned char {
        AnyOf,      // health-checked alternatives (load balancer, DNS failover, replicas): one suffices
        OneOf,      // a partition (service, domain, shard): the request needs its own, with `weights`
        CacheAside, // targets[0..caches) caches with `hitRatio`; a miss, or a cache that is down, reads from the rest (one of)
    };
    Kind kind = AnyOf;
    // AnyOf: the component itself is one more alternative when it has the
    // capacity (a primary serving the reads of its failed replicas).
    bool selfAlternative = false;
    std::int8_t fromOp = 0;
    std::int8_t op = 0;      // the op at the targets
    int caches = 0;          // CacheAside: how many of `targets` are caches
    double probability = 1;  // share of units that need this step
    double hitRatio = 0;     // CacheAside
    // The lists below, in one block (StepLists):
    // - targets;
    // - weights: OneOf and CacheAside, per target, summing to 1 within each part;
    // - common: AnyOf, components every alternative needs in series (a
    //   database behind both regions), factored out, not counted once per
    //   alternative;
    // - alreadyCounted: components an earlier step of the same unit already
    //   needs for certain, counted once, so this step's success is taken
    //   given they are up.
    StepLists lists;

    std::span<const int> targets() const { return lists.targets(); }
    std::span<const double> weights() const { return lists.weights(); }
    std::span<const int> common() const { return lists.common(); }
    std::span<const int> alreadyCounted() const { return lists.alreadyCounted(); }
};

// One line of a component's monthly bill. Linear lines cost
// monthlyFixed + perInstance x billed instances + perUser x users; requests
// are priced at the day's average rate, not the peak.
enum class CostKind : unsigned char { Compute, CpuCredits, Requests, Transfer, Storage, Other };
inline constexpr int kCostKinds = 6;
const char *costKindName(CostKind kind);

struct CostLine {
    CostKind kind = CostKind::Other;
    int tierSchedule = -1;    // index into Network::priceTiers: shared volume pricing
    SharedText item;          // what the bill calls it ("instances", "data out to the internet")
    double monthlyFixed = 0;  // USD
    double perInstance = 0;   // USD per billed instance
    double perUser = 0;       // USD per user; with a tier schedule, units (GB) per user
    // CpuCredits: surplus credits of a burstable type in unlimited mode,
    // perInstance x max(0, average CPU utilisation - creditBaseline).
    double creditBaseline = -1;
};

// What one component sends along one of its connections, all classes.
struct Flow {
    int to = -1;           // component index
    double perUser = 0;    // req/s per user
    double kibPerUser = 0; // KiB/s per user it carries (requests and answers)
};

// A queue's visits per request of one user class, summed over the ops it
// serves, each op with its own service time s and visits v = floor(v) + f:
// with the queue's state at a user count these give the class's time there
// in a few operations (queueTime in latency.h), whatever the op mix.
struct QueueVisits {
    double visits = 0, service = 0, serviceSquared = 0;             // sums of v, v s, v s^2
    double spread = 0, spreadService = 0, spreadServiceSquared = 0; // sums of f(1-f), f(1-f) s, f(1-f) s^2
    double serviceCubed = 0;                                          // sum of v s^3
    std::array<double, 3> fractionServiceCubed{};                     // sums of f s^3, f^2 s^3, f^3 s^3
};

struct ComponentModel {
    QString id;
    QString label;
    const KindSpec *kind = nullptr;
    CompactVector<ResourceModel> resources;
    ArrivalRates arrival; // per user, req/s
    double arrivalPerUser() const { return arrival.total(); } // all classes and ops
    // Per outgoing connection that carries traffic (linear in users, like
    // arrival): the connection's request rate is perUser x users.
    CompactVector<Flow> sent;

    // Instances: fixed `count`, or (`autoScaled`) from CPU work, within its
    // group's bounds and at its target.
    double count = 1;
    // Its auto scaling group's settings (in `extras`); none: the defaults.
    const ScalingGroup &scalingGroup() const
    {
        const ScalingGroup *g = extras.terms().scaling.get();
        return g ? *g : kNoScalingGroup;
    }
    double minInstances() const { return scalingGroup().minInstances; }
    double maxInstances() const { return scalingGroup().maxInstances; }
    double targetUtilization() const { return scalingGroup().targetUtilization; }
    double cpuWorkPerUser = 0; // vCPU-seconds per second per user
    double serversPerInstance = 1;
    // The rarer terms, held by the components that have them
    // (componentextras.h): a managed service's fixed latency, a function's
    // cold start and service seconds, failure injection's surviving share,
    // the auto scaling group.
    ComponentExtras<kUserClasses> extras;
    double fixedLatency() const { return extras.terms().fixedLatency; } // seconds per visit (managed services)
    // A function's first request in a new execution environment waits this long (timeline.h).
    double coldStartSeconds() const { return extras.terms().coldStartSeconds; }
    // Failure injection: `down` (its zone or region failed with no standby),
    // or the share of a fixed fleet's instances that survive.
    double survivingShare() const { return extras.terms().survivingShare; }

    // Latency and errors: per user class, visits per request, and (with no
    // queue) the service time they spend here; queueing wait and fixed
    // latency are added per visit at evaluation.
    std::array<double, kUserClasses> visits{};
    double serviceSeconds(int cls) const { return extras.terms().serviceSeconds[std::size_t(cls)]; }
    // Per user class, where its visit sums at the queue are in
    // Network::queueVisits (-1: none; set by compileNetwork, latencyCompiled).
    std::array<int, kUserClasses> queueVisitsAt{-1, -1, -1};
    // The small fields, here to fill the word queueVisitsAt leaves.
    std::int16_t queueResource = -1; // index into resources of the queue latency reads, or -1
    Role role = Role::Monitoring;
    bool autoScaled : 1 = false;
    bool localDatabase : 1 = false; // a server that also runs the database
    bool down : 1 = false;              // see survivingShare()
    bool fleetAvailability : 1 = false; // see availability below

    // Availability: single copy `availability`; fleets
    // (`fleetAvailability`) combine instances. `needs` is the serving path
    // below it.
    CompactVector<AvailabilityStep> needs;
    double availability = 1;
    double zoneCap = 1;      // the best a fleet in its zones can do

    // The monthly bill, line by line (docs/model.md, "Cost").
    CompactVector<CostLine> costLines;
};

struct Network {
    std::vector<ComponentModel> components; // topological order
    Workload workload;
    std::array<double, kUserClasses> classRatePerUser{}; // req/s per user at the peak
    QStringList idle;      // components that receive no traffic
    QStringList failed;    // ids marked as failed
    QStringList warnings;  // other things worth saying
    // Volume-priced schedules the cost lines share (CloudFront, internet data
    // out): priced on the month's total over all components, then shared.
    std::vector<PriceTiers> priceTiers;
    QStringList priceTierKeys;
    double ceilingUsers = 0;
    int ceilingComponent = -1;
    int ceilingResource = -1;
    // The visit sums of each (component, user class) that visits a queue,
    // one array for all: most components have a queue some classes visit.
    std::vector<QueueVisits> queueVisits;
    // Per user class, the fixed delays along its path (latency.h).
    std::array<DelayAtoms, kUserClasses> pathDelays{};
    // queueVisits (and every component's queueVisitsAt) and pathDelays are filled in; a network
    // assembled by hand leaves this false and evaluate() works them out.
    bool latencyCompiled = false;

    int indexOf(const QString &id) const;
};

// Builds the network. The architecture must be valid (validateArchitecture);
// a cycle or unknown kind throws std::invalid_argument.
Network compileNetwork(const Architecture &a, const Catalog &catalog = Catalog::builtin());
// The same with parts marked as failed: availability zones, regions or
// components, by id (see failures.cpp for what survives); unknown ids throw.
Network compileNetwork(const Architecture &a, const QStringList &failed,
                       const Catalog &catalog = Catalog::builtin());
// The same from an architecture the caller is done with: its connections
// and components are let go of as soon as they are read, so that on a large
// document the network reuses their room (the command line's reports).
// Afterwards `a` holds its groups and workload only.
Network compileNetwork(Architecture &&a, const QStringList &failed, const Catalog &catalog = Catalog::builtin());

// Instances of a component at a user count.
double instancesAt(const ComponentModel &c, double users);
// Demand, capacity and utilisation of one resource at a user count.
struct ResourceLoad {
    double demand = 0;
    double capacity = 0;
    double utilization = 0;
};
ResourceLoad resourceLoad(const Network &n, const ComponentModel &c, const ResourceModel &r, double users);

// The same from instance counts already known (the evaluation's hot path):
// `instances` of the component, `sourceInstances(i)` of a pool's sender i.
template <typename SourceInstances>
inline ResourceLoad loadAt(const ResourceModel &r, double users, double instances, SourceInstances &&sourceInstances)
{
    ResourceLoad l;
    l.demand = r.perUser * users + r.perInstance * instances;
    if (users > r.aboveUsers())
        l.demand += r.perUserAbove() * (users - r.aboveUsers());
    for (const auto &[source, pool] : r.pools())
        l.demand += pool * sourceInstances(source);
    if (r.type == ResourceType::Queueing) {
        // Demand is requests/s; capacity is what the servers can complete.
        const QueueTerms<OpCount>::Figures q = r.queue.figures();
        const double copies = r.copiesAreInstances ? instances : q.fixedCopies;
        l.capacity = q.serviceTime > 0 ? copies * q.servers / q.serviceTime : std::numeric_limits<double>::infinity();
    } else {
        l.capacity = r.fixedCapacity + r.capacityPerInstance * instances + (users >= r.stepUsers() ? r.stepCapacity() : 0);
    }
    l.utilization = l.capacity > 0 ? l.demand / l.capacity : (l.demand > 0 ? std::numeric_limits<double>::infinity() : 0);
    return l;
}

} // namespace scalescope
