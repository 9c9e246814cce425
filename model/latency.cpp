#include "latency.h"

#include "queueing.h"

#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

StationState stationState(Discipline discipline, int servers, double lambda, double meanService, double serviceSquaredMean)
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
        // service: for one server the squared coefficient of variation of the
        // M/M/1-PS sojourn is (2 + rho) / (2 - rho); the chance of sharing
        // (Erlang C) takes rho's place for several servers.
        s.stretchVariability = (2 + c) / (2 - c);
    } else {
        // M/M/c wait, corrected for the service times' variability
        // (Allen-Cunneen): Wq = Wq(M/M/c) * (1 + Cs^2) / 2 with Poisson arrivals.
        const double scv = std::max(0.0, serviceSquaredMean / (meanService * meanService) - 1);
        const double correction = (1 + scv) / 2;
        const double conditionalMean = meanService / (servers * (1 - s.utilization)) * correction;
        s.meanWait = c * conditionalMean;
        // Those who wait, wait an exponential time: E[W^2] = C * 2 * m^2.
        s.waitSquaredMean = c * 2 * conditionalMean * conditionalMean;
    }
    return s;
}

TimeMoments visitTime(Discipline discipline, const StationState &state, double serviceTime)
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

TimeMoments repeated(double visits, const TimeMoments &each)
{
    if (visits <= 0)
        return {};
    // N = floor(v) + Bernoulli(frac): E[N] = v, Var[N] = frac (1 - frac).
    const double frac = visits - std::floor(visits);
    const double countVariance = frac * (1 - frac);
    return {visits * each.mean, visits * each.variance + countVariance * each.mean * each.mean};
}

double timeQuantile(const TimeMoments &m, double delay, double p)
{
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance))
        return std::numeric_limits<double>::infinity();
    if (m.mean <= 0)
        return delay;
    if (m.variance <= m.mean * m.mean * 1e-12)
        return delay + m.mean;
    const double shape = m.mean * m.mean / m.variance;
    const double scale = m.variance / m.mean;
    return delay + scale * boost::math::gamma_p_inv(shape, p);
}

} // namespace scalescope
