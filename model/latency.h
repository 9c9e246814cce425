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
TimeMoments visitTime(Discipline discipline, const StationState &state, double serviceTime);

// A random number of visits with mean `visits` (its integer part, plus one
// more with the fractional part's probability), each taking `each`.
TimeMoments repeated(double visits, const TimeMoments &each);

// Quantile p (0..1) of a time with these moments plus a fixed `delay`:
// a gamma distribution with the same mean and variance (exact for an
// exponential, the M/M/1 response time).
double timeQuantile(const TimeMoments &m, double delay, double p);

// The fixed delays along a path (managed services' latency, functions' run
// time), as a few values with their probabilities: a component visited on a
// share of requests (a CDN's misses going to S3) adds its delay to that
// share only, so the path's time is a mixture, not one constant.
class DelayAtoms
{
public:
    static constexpr int kMaxAtoms = 4; // nearest atoms merge beyond it
    DelayAtoms() { reset(); }
    void reset();
    // `visits` visits (integer part for certain, the fraction with its probability) of `delay` each.
    void add(double visits, double delay);
    double mean() const;
    int count() const { return m_count; }
    double value(int i) const { return m_value[size_t(i)]; }
    double probability(int i) const { return m_probability[size_t(i)]; }

private:
    void split(double delay, double p);
    std::array<double, kMaxAtoms> m_value{}, m_probability{};
    int m_count = 1;
};

// Quantile p of the fixed delays plus a time with moments `m` (gamma, as above).
double pathQuantile(const TimeMoments &m, const DelayAtoms &delays, double p);

} // namespace scalescope
