#pragma once
// A discrete-event simulation of the compiled network: a second solver
// beside the analytic one (evaluation.h), and its test oracle.
//
// What is simulated, from the same Network the analytic model evaluates:
// - Each user class (static, read, write) is a Poisson stream of requests
//   at classRatePerUser[cls] x users. Background work (ClassAsync:
//   replication, queued jobs) is a Poisson stream per component and op at
//   arrival[Async][op] x users, one visit each, that loads the queues but
//   is not a request.
// - A request visits the components in topological order. At each one it
//   makes, per op, a random number of visits whose mean is
//   arrival[cls][op] / classRatePerUser[cls]: the integer part, plus one
//   more with the probability of the fractional part. Visits are in
//   series: each waits for the previous one.
// - A visit first spends the component's fixedLatency, and on a component
//   with no queue but with serviceSeconds (a function) its duration,
//   serviceSeconds[cls] / visits[cls]; both are fixed delays. Then, if the
//   component's queueing resource serves the op (opServiceTime[op] > 0), it
//   joins one of the resource's copies chosen uniformly at random (copies:
//   instancesAt(users) when copiesAreInstances, else fixedCopies) and is
//   served with a time drawn from the op's distribution around
//   opServiceTime[op]: exponential (default), deterministic, or lognormal
//   with a given coefficient of variation. A copy has `servers` servers
//   (ProcessorSharing: the n jobs present each progress at min(1, c/n);
//   Fcfs: c servers, rounded to a whole number, first come first served).
// - A visit to a down component fails the request (an error, not a sample).
// - Workload::timeoutMs: a request not done that long after it arrived
//   times out: it is counted as an error and leaves the system at once,
//   giving up its place in a queue or its server (callers that give up stop
//   waiting, and an overloaded system stays bounded in memory). A timeout of
//   0 means none.
// - Measurement: after a warm-up (discarded), requests that arrive in the
//   measured window are followed to their end; when the window closes no
//   new work arrives and those still in flight are finished. The window is
//   cut into batches by arrival time: point estimates use every sample,
//   95% confidence intervals come from the batch means (Student t over the
//   batches). Percentiles come from a log-bucketed histogram (buckets 0.5%
//   wide, interpolated), so memory does not grow with the run.
// - Utilisation of each queueing resource over the window: busy server time
//   / (servers x copies x window); a processor-sharing copy with n jobs has
//   min(n, c) servers busy.
// - Bounded: a run whose expected event count exceeds kMaxSimulationEvents
//   is refused before it starts, and one with more than
//   kMaxRequestsInFlight requests in flight at once stops with an error.
// - Deterministic for a given seed (std::mt19937_64, hand-written
//   distributions, so the same on every standard library).

#include "network.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace scalescope {

enum class ServiceDistribution { Exponential, Deterministic, Lognormal };

struct SimulationOptions {
    double users = 1;
    double seconds = 60;        // the measured window, simulated seconds
    double warmupSeconds = -1;  // discarded before the window; < 0: a tenth of `seconds`
    std::uint64_t seed = 1;
    ServiceDistribution distribution = ServiceDistribution::Exponential;
    double coefficientOfVariation = 1; // lognormal only: standard deviation / mean
    int batches = 20;           // for the confidence intervals, 2 to 1000
};

// Events (arrivals, service completions, delays, timeouts) a run may be
// expected to take; about 10 s of computing on one core.
inline constexpr double kMaxSimulationEvents = 2e8;
// Requests (and background jobs) in the system at once.
inline constexpr std::size_t kMaxRequestsInFlight = 2'000'000;

// A refused or stopped run; the message says why and what to change.
struct SimulationTooLarge : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A point estimate and the half width of its 95% confidence interval
// (NaN when there are too few samples or batches to say).
struct Estimate {
    double value = 0;
    double halfWidth = 0;
};

struct SimulatedClass {
    double rate = 0;            // offered requests/s
    std::int64_t arrived = 0;   // in the measured window
    std::int64_t served = 0;    // done within the timeout
    std::int64_t timedOut = 0;
    std::int64_t failed = 0;    // reached a down component
    Estimate mean;              // seconds, end to end, served requests
    Estimate p50, p95, p99;
    Estimate timedOutShare;     // of the arrived
    Estimate failedShare;
};

struct SimulatedResource {
    int component = -1;             // index into Network::components
    int resource = -1;              // index into its resources
    double servers = 0;             // per copy
    int copies = 0;
    Discipline discipline = Discipline::ProcessorSharing;
    double offeredUtilization = 0;  // the compiled network's demand / capacity
    double utilization = 0;         // measured
    std::int64_t completions = 0;   // in the window, all classes
};

struct SimulationResult {
    SimulationOptions options;      // with the warm-up resolved
    double timeoutSeconds = 0;      // 0: none
    std::array<SimulatedClass, kUserClasses> classes;
    std::vector<SimulatedResource> resources; // every queueing resource of a component that is up
    double expectedEvents = 0;
    std::int64_t events = 0;        // processed
    double simulatedSeconds = 0;    // warm-up, window and the finish of the last requests
    // What the reader should know: resources offered more than their
    // capacity, whose queues grow until requests time out (no steady state
    // within the timeout).
    QStringList warnings;
};

// What the limit is checked against: 2 x (requests + visits) x (warm-up + window).
double expectedSimulationEvents(const Network &network, const SimulationOptions &options);

// Runs the simulation. Throws std::invalid_argument for options out of
// range (users, seconds, warm-up or batches not positive, a negative
// coefficient of variation), SimulationTooLarge as described above.
SimulationResult simulate(const Network &network, const SimulationOptions &options);

} // namespace scalescope
