#pragma once
// Response time of one visit to a queueing station and of a request's whole
// path, as a mean and a variance; percentiles from a distribution fitted to
// the path's moments (docs/model.md, "Latency").

#include "network.h"

#include <array>

namespace scalescope {

// The first two moments of a random time, in seconds.
struct TimeMoments {
    double mean = 0;
    double variance = 0;
    TimeMoments &operator+=(const TimeMoments &o)
    {
        mean += o.mean;
        variance += o.variance;
        return *this;
    }
};

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
};

// `lambda` requests/s to one copy with `servers`, mean service E[S] and E[S^2].
StationState stationState(Discipline discipline, int servers, double lambda, double meanService, double serviceSquaredMean);

// Time of one visit whose own service is exponential with mean `serviceTime`.
// (Inline: the evaluation calls it for every queue at every user count.)
inline TimeMoments visitTime(Discipline discipline, const StationState &state, double serviceTime)
{
    TimeMoments t;
    if (discipline == Discipline::ProcessorSharing) {
        t.mean = state.stretch * serviceTime;
        t.variance = t.mean * t.mean * state.stretchVariability;
    } else {
        t.mean = state.meanWait + serviceTime;
        t.variance = state.waitSquaredMean - state.meanWait * state.meanWait + serviceTime * serviceTime;
    }
    return t;
}

// A random number of visits with mean `visits` (its integer part, plus one
// more with the fractional part's probability), each taking `each`.
TimeMoments repeated(double visits, const TimeMoments &each);

// A queue's visits per request of class `cls`: `visitsPerArrival` is the
// inverse of the class's request rate per user.
QueueVisits queueVisits(const ComponentModel &c, int cls, double visitsPerArrival);

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
        // C / (2 - C); pairs of visits (E[pairs of s_i s_j] = service^2 +
        // spread - serviceSquared) meet at the same copy with chance 1/copies.
        const double c = state.waitProbability;
        const double pairs = std::max(0.0, v.service * v.service + v.spreadServiceSquared - v.serviceSquared);
        t.variance += state.stretch * state.stretch * c / (2 - c) * pairs / std::max(1.0, copies);
    } else {
        // Each visit's time is wait + s, with variance Var[W] + s^2.
        const double w = state.meanWait;
        t.mean = w * v.visits + v.service;
        t.variance = (state.waitSquaredMean - w * w) * v.visits + v.serviceSquared
            + w * w * v.spread + 2 * w * v.spreadService + v.spreadServiceSquared;
    }
    return t;
}

// Quantile p (0..1) of a time with these moments plus a fixed `delay`:
// a gamma distribution with the same mean and variance (exact for an
// exponential, the M/M/1 response time).
double timeQuantile(const TimeMoments &m, double delay, double p);

// Each user class's fixed delays along its path: they do not depend on the
// user count, so compileNetwork works them out once (Network::pathDelays).
std::array<DelayAtoms, kUserClasses> pathDelays(const Network &network);

// Quantile p of the fixed delays plus a time with moments `m` (gamma, as above).
double pathQuantile(const TimeMoments &m, const DelayAtoms &delays, double p);

} // namespace scalescope
