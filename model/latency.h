#pragma once
// Response time of one visit to a queueing station and of a request's whole
// path, as its first three cumulants; percentiles from a distribution fitted
// to them (docs/model.md, "Latency").

#include "network.h"
#include "queueing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace scalescope {

// The first three cumulants of a random time (seconds, s^2, s^3): they add
// up along a path of independent parts.
struct TimeMoments {
    double mean = 0;
    double variance = 0;
    double thirdCumulant = 0; // E[(T - mean)^3]
    TimeMoments &operator+=(const TimeMoments &o)
    {
        mean += o.mean;
        variance += o.variance;
        thirdCumulant += o.thirdCumulant;
        return *this;
    }
};

// Raw moments E[X], E[X^2], E[X^3] of a time that is `scale` times a random
// factor with these raw moments: the building block of the cumulants below.
struct RawMoments {
    double m1 = 0, m2 = 0, m3 = 0;
    double thirdCumulant() const { return m3 - 3 * m2 * m1 + 2 * m1 * m1 * m1; }
};

// A processor-sharing visit's slowdown K (time over service time): mean
// `stretch`, relative variance kappa with 1 + 2 kappa = stretchVariability
// (so an exponential service times K has the visit's two moments), and the
// third moment of a gamma with those two (docs/model.md, "Latency").
inline RawMoments slowdownMoments(double stretch, double stretchVariability)
{
    const double kappa = (stretchVariability - 1) / 2;
    return {stretch, stretch * stretch * (1 + kappa), stretch * stretch * stretch * (1 + kappa) * (1 + 2 * kappa)};
}

// The third cumulant of a sum of N copies of X, N = floor(v) + Bernoulli(f):
// `whole` = floor(v), `x` X's raw moments.
inline double repeatedThirdCumulant(double whole, double f, const RawMoments &x)
{
    return whole * x.thirdCumulant() + f * x.m3 - 3 * f * f * x.m2 * x.m1 + 2 * f * f * f * x.m1 * x.m1 * x.m1;
}

// The state of one copy of a queueing resource at an arrival rate.
struct StationState {
    double utilization = 0;   // rho = lambda * E[S] / c
    double waitProbability = 0; // Erlang C
    bool stable = true;
    // Processor sharing: a request's time is its service time times `stretch`.
    double stretch = 1;
    double stretchVariability = 1; // squared coefficient of variation of a visit's time, exponential service
    // FCFS: the wait before service (Allen-Cunneen corrected M/M/c wait).
    double meanWait = 0;
    double waitSquaredMean = 0;
    double waitThirdCumulant = 0;
};

// `lambda` requests/s to one copy with `servers`, mean service E[S] and E[S^2].
// (Inline: the SLO ceiling's search asks it for every queue up to 104 times.)
inline StationState stationState(Discipline discipline, int servers, double lambda, double meanService, double serviceSquaredMean)
{
    StationState s;
    if (servers <= 0 || meanService <= 0 || lambda <= 0)
        return s;
    const double offered = lambda * meanService;
    s.utilization = offered / servers;
    if (s.utilization >= 1) {
        s.stable = false;
        s.waitProbability = 1;
        s.stretch = s.meanWait = std::numeric_limits<double>::infinity();
        return s;
    }
    const double c = erlangC(servers, offered);
    s.waitProbability = c;
    if (discipline == Discipline::ProcessorSharing) {
        // The number in system of a c-server PS station is that of M/M/c and does
        // not depend on the service-time mix (a symmetric queue); by Little's law
        // each request's time is its service time stretched by E[R]/E[S].
        s.stretch = 1 + c / (servers * (1 - s.utilization));
        // Sharing makes a visit's time more variable than its exponential
        // service: it is the service times a slowdown K. Were the number N of
        // others present frozen for the visit, K = max(1, (N + 1)/c), with N
        // the M/M/c number in system (an arrival sees it, and it does not
        // depend on the service-time mix); its relative variance is
        // C (1 + rho - C) / (c (1 - rho) + C)^2. N changes during a visit,
        // which averages K: for one server the M/M/1-PS sojourn's squared
        // coefficient of variation, (2 + rho)/(2 - rho), says by 1/(2 - rho)
        // exactly; the same factor holds within 3% of simulated M/M/c-PS
        // stations (docs/model.md, "Latency").
        const double rho = s.utilization;
        const double shared = c * (1 + rho - c) / std::pow(servers * (1 - rho) + c, 2);
        s.stretchVariability = 1 + 2 * shared / (2 - rho);
    } else {
        // M/M/c wait, corrected for the service times' variability
        // (Allen-Cunneen): Wq = Wq(M/M/c) * (1 + Cs^2) / 2 with Poisson arrivals.
        const double scv = std::max(0.0, serviceSquaredMean / (meanService * meanService) - 1);
        const double correction = (1 + scv) / 2;
        const double conditionalMean = meanService / (servers * (1 - s.utilization)) * correction;
        s.meanWait = c * conditionalMean;
        // Those who wait, wait an exponential time: E[W^j] = C * j! * m^j.
        const double m = conditionalMean;
        s.waitSquaredMean = c * 2 * m * m;
        s.waitThirdCumulant = RawMoments{c * m, c * 2 * m * m, c * 6 * m * m * m}.thirdCumulant();
    }
    return s;
}


// Time of one visit whose own service is exponential with mean `serviceTime`.
// (Inline: the evaluation calls it for every queue at every user count.)
inline TimeMoments visitTime(Discipline discipline, const StationState &state, double serviceTime)
{
    TimeMoments t;
    if (discipline == Discipline::ProcessorSharing) {
        // The service time (exponential) times the slowdown K.
        t.mean = state.stretch * serviceTime;
        t.variance = t.mean * t.mean * state.stretchVariability;
        const RawMoments k = slowdownMoments(state.stretch, state.stretchVariability);
        const double s3 = serviceTime * serviceTime * serviceTime;
        t.thirdCumulant = s3 * RawMoments{k.m1, 2 * k.m2, 6 * k.m3}.thirdCumulant();
    } else {
        // The wait and the (exponential) service are independent: cumulants add.
        t.mean = state.meanWait + serviceTime;
        t.variance = state.waitSquaredMean - state.meanWait * state.meanWait + serviceTime * serviceTime;
        t.thirdCumulant = state.waitThirdCumulant + 2 * serviceTime * serviceTime * serviceTime;
    }
    return t;
}

// A random number of visits with mean `visits` (its integer part, plus one
// more with the fractional part's probability), each taking `each`.
TimeMoments repeated(double visits, const TimeMoments &each);

// A queue's visits per request of class `cls`: `visitsPerArrival` is the
// inverse of the class's request rate per user.
QueueVisits queueVisits(const ComponentModel &c, int cls, double visitsPerArrival);

// Third cumulants of a queue's visit sums (see repeatedThirdCumulant): each
// op's count is floor(v) + Bernoulli(f), its service exponential with mean s.
// Of the exponential services alone, W = sum of S:
inline double serviceSumThirdCumulant(const QueueVisits &v)
{
    return 2 * v.serviceCubed + 4 * v.fractionServiceCubed[0] - 6 * v.fractionServiceCubed[1] + 2 * v.fractionServiceCubed[2];
}
// Of the visit times K_i S_i, each visit with a slowdown of its own:
inline double processorSharingThirdCumulant(const RawMoments &k, const QueueVisits &v)
{
    const RawMoments x{k.m1, 2 * k.m2, 6 * k.m3}; // K S for S exponential with mean 1
    const double own = x.thirdCumulant();
    return own * v.serviceCubed + (x.m3 - own) * v.fractionServiceCubed[0] - 3 * x.m2 * x.m1 * v.fractionServiceCubed[1]
        + 2 * x.m1 * x.m1 * x.m1 * v.fractionServiceCubed[2];
}
// Of K W, every visit sharing one slowdown:
inline double sharedSlowdownThirdCumulant(const RawMoments &k, const QueueVisits &v)
{
    const double w1 = v.service, w2 = v.serviceSquared + v.spreadServiceSquared, w3 = serviceSumThirdCumulant(v);
    return RawMoments{k.m1 * w1, k.m2 * (w2 + w1 * w1), k.m3 * (w3 + 3 * w2 * w1 + w1 * w1 * w1)}.thirdCumulant();
}

// Time a request spends at a stable queue over all its visits there: the sum
// of repeated(v, visitTime(discipline, state, s)) over the ops, from the sums.
// `copies` stations share the visits at random.
inline TimeMoments queueTime(Discipline discipline, const StationState &state, const QueueVisits &v, double copies = 1)
{
    TimeMoments t;
    if (discipline == Discipline::ProcessorSharing) {
        // Each visit's time is stretch x s with variance (stretch s)^2 x stretchVariability.
        t.mean = state.stretch * v.service;
        t.variance = state.stretch * state.stretch * (state.stretchVariability * v.serviceSquared + v.spreadServiceSquared);
        // A visit's time is its service times a slowdown K set by how many
        // share the copy; the queue drains far slower than a request's
        // visits follow each other, so two visits to the same copy see the
        // same K. From the one-visit variability, Var[K] = stretch^2 x
        // kappa with 1 + 2 kappa = stretchVariability; pairs of visits
        // (E[pairs of s_i s_j] = service^2 + spread - serviceSquared) meet
        // at the same copy with chance 1/copies.
        const double kappa = (state.stretchVariability - 1) / 2;
        const double pairs = std::max(0.0, v.service * v.service + v.spreadServiceSquared - v.serviceSquared);
        t.variance += state.stretch * state.stretch * kappa * pairs / std::max(1.0, copies);
        // Third cumulant: between visits with slowdowns of their own and
        // visits that all share one, weighted like the pairs above.
        const RawMoments k = slowdownMoments(state.stretch, state.stretchVariability);
        const double independent = processorSharingThirdCumulant(k, v);
        const double shared = sharedSlowdownThirdCumulant(k, v);
        t.thirdCumulant = independent + (shared - independent) / std::max(1.0, copies);
    } else {
        // Each visit's time is wait + s, with variance Var[W] + s^2.
        const double w = state.meanWait;
        t.mean = w * v.visits + v.service;
        t.variance = (state.waitSquaredMean - w * w) * v.visits + v.serviceSquared
            + w * w * v.spread + 2 * w * v.spreadService + v.spreadServiceSquared;
        // The waits' and the services' own third cumulants; the part from
        // the visit count's spread acting on the waits is left out (small
        // where waits are short against the service, as they are below ~90%).
        t.thirdCumulant = state.waitThirdCumulant * v.visits + serviceSumThirdCumulant(v);
    }
    return t;
}

// Quantile p (0..1) of a time with these cumulants plus a fixed `delay`,
// read from the distribution fitted to them (TimeShape; exact for an
// exponential, the M/M/1 response time).
double timeQuantile(const TimeMoments &m, double delay, double p);

// Each user class's fixed delays along its path: they do not depend on the
// user count, so compileNetwork works them out once (Network::pathDelays).
std::array<DelayAtoms, kUserClasses> pathDelays(const Network &network);

// Quantile p of the fixed delays plus a time with cumulants `m` (TimeShape, as above).
double pathQuantile(const TimeMoments &m, const DelayAtoms &delays, double p);
// p50, p95 and p99 of the same, with one fit.
std::array<double, 3> pathPercentiles(const TimeMoments &m, const DelayAtoms &delays);

} // namespace scalescope
