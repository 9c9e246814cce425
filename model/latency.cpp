#include "latency.h"

#include "queueing.h"

#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {
// Double precision throughout: the default policy promotes to long double,
// several times slower for no visible gain in a latency figure.
using DoublePolicy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
double gammaPInv(double shape, double p) { return boost::math::gamma_p_inv(shape, p, DoublePolicy()); }
double gammaP(double shape, double x) { return boost::math::gamma_p(shape, x, DoublePolicy()); }
} // namespace

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

TimeMoments repeated(double visits, const TimeMoments &each)
{
    if (visits <= 0)
        return {};
    // N = floor(v) + Bernoulli(frac): E[N] = v, Var[N] = frac (1 - frac).
    const double frac = visits - std::floor(visits);
    const double countVariance = frac * (1 - frac);
    return {visits * each.mean, visits * each.variance + countVariance * each.mean * each.mean};
}

QueueVisits queueVisits(const ComponentModel &c, int cls, double visitsPerArrival)
{
    QueueVisits sums;
    if (c.queueResource < 0 || visitsPerArrival <= 0)
        return sums;
    const ResourceModel &queue = c.resources[size_t(c.queueResource)];
    for (int op = 0; op < OpCount; ++op) {
        const double arrival = c.arrival[size_t(cls)][size_t(op)];
        const double s = queue.opServiceTime[size_t(op)];
        if (!(arrival > 0 && s > 0))
            continue;
        const double v = arrival * visitsPerArrival;
        const double frac = v - std::floor(v);
        const double spread = frac * (1 - frac); // the visit count's variance (see repeated)
        sums.visits += v;
        sums.service += v * s;
        sums.serviceSquared += v * s * s;
        sums.spread += spread;
        sums.spreadService += spread * s;
        sums.spreadServiceSquared += spread * s * s;
    }
    return sums;
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
    return delay + scale * gammaPInv(shape, p);
}

void DelayAtoms::reset()
{
    m_count = 1;
    m_value[0] = 0;
    m_probability[0] = 1;
}

void DelayAtoms::add(double visits, double delay)
{
    if (visits <= 0 || delay <= 0)
        return;
    const double whole = std::floor(visits);
    for (int i = 0; i < m_count; ++i)
        m_value[size_t(i)] += whole * delay;
    if (const double frac = visits - whole; frac > 1e-12)
        split(delay, frac);
}

void DelayAtoms::split(double delay, double p)
{
    // Each atom becomes two: without the delay (1 - p) and with it (p), in order of value.
    std::array<std::pair<double, double>, 2 * kMaxAtoms> atoms{};
    int n = 0;
    for (int i = 0; i < m_count; ++i) {
        atoms[size_t(n++)] = {m_value[size_t(i)], m_probability[size_t(i)] * (1 - p)};
        atoms[size_t(n++)] = {m_value[size_t(i)] + delay, m_probability[size_t(i)] * p};
    }
    // Insertion sort: both halves come in order already, and n is at most 8.
    for (int i = 1; i < n; ++i)
        for (int j = i; j > 0 && atoms[size_t(j)] < atoms[size_t(j - 1)]; --j)
            std::swap(atoms[size_t(j)], atoms[size_t(j - 1)]);
    std::array<double, 2 * kMaxAtoms> value{}, probability{};
    for (int i = 0; i < n; ++i) {
        value[size_t(i)] = atoms[size_t(i)].first;
        probability[size_t(i)] = atoms[size_t(i)].second;
    }
    // Merge the two nearest neighbours (probability-weighted) until it fits.
    while (n > kMaxAtoms) {
        int best = 0;
        for (int i = 1; i + 1 < n; ++i)
            if (value[size_t(i + 1)] - value[size_t(i)] < value[size_t(best + 1)] - value[size_t(best)])
                best = i;
        const double pa = probability[size_t(best)], pb = probability[size_t(best + 1)];
        value[size_t(best)] = pa + pb > 0 ? (value[size_t(best)] * pa + value[size_t(best + 1)] * pb) / (pa + pb) : value[size_t(best)];
        probability[size_t(best)] = pa + pb;
        for (int i = best + 1; i + 1 < n; ++i) {
            value[size_t(i)] = value[size_t(i + 1)];
            probability[size_t(i)] = probability[size_t(i + 1)];
        }
        --n;
    }
    m_count = n;
    for (int i = 0; i < n; ++i) {
        m_value[size_t(i)] = value[size_t(i)];
        m_probability[size_t(i)] = probability[size_t(i)];
    }
}

std::array<DelayAtoms, kUserClasses> pathDelays(const Network &network)
{
    std::array<DelayAtoms, kUserClasses> delays{};
    for (const ComponentModel &m : network.components)
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double v = m.visits[size_t(cls)];
            if (v <= 0 || !(network.classRatePerUser[size_t(cls)] > 0))
                continue;
            // A queue's own time is queueing time (queueTime); elsewhere the
            // service seconds are a fixed delay too.
            delays[size_t(cls)].add(v, m.fixedLatency + (m.queueResource >= 0 ? 0 : m.serviceSeconds[size_t(cls)] / v));
        }
    return delays;
}

double DelayAtoms::mean() const
{
    double sum = 0;
    for (int i = 0; i < m_count; ++i)
        sum += m_value[size_t(i)] * m_probability[size_t(i)];
    return sum;
}

double pathQuantile(const TimeMoments &m, const DelayAtoms &delays, double p)
{
    if (delays.count() == 1)
        return timeQuantile(m, delays.value(0), p);
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance))
        return std::numeric_limits<double>::infinity();
    const bool continuous = m.mean > 0 && m.variance > m.mean * m.mean * 1e-12;
    if (!continuous) { // the delays alone (plus a constant): the discrete quantile
        double cumulative = 0;
        for (int i = 0; i < delays.count(); ++i) {
            cumulative += delays.probability(i);
            if (cumulative >= p - 1e-12)
                return delays.value(i) + std::max(0.0, m.mean);
        }
        return delays.value(delays.count() - 1) + std::max(0.0, m.mean);
    }
    const double shape = m.mean * m.mean / m.variance, scale = m.variance / m.mean;
    auto cdf = [&](double t) {
        double f = 0;
        for (int i = 0; i < delays.count(); ++i)
            if (t > delays.value(i))
                f += delays.probability(i) * gammaP(shape, (t - delays.value(i)) / scale);
        return f;
    };
    auto pdf = [&](double t) {
        double f = 0;
        for (int i = 0; i < delays.count(); ++i)
            if (t > delays.value(i))
                f += delays.probability(i) * boost::math::gamma_p_derivative(shape, (t - delays.value(i)) / scale, DoublePolicy()) / scale;
        return f;
    };
    // Newton's method on the mixture's distribution function, kept inside a
    // bracket that bisection narrows whenever a step would leave it.
    double lo = delays.value(0), hi = delays.value(delays.count() - 1) + scale * gammaPInv(shape, p);
    double t = delays.mean() + scale * gammaPInv(shape, p);
    if (!(t > lo && t < hi))
        t = 0.5 * (lo + hi);
    for (int i = 0; i < 60 && hi - lo > 1e-4 * hi; ++i) { // a hundredth of a percent
        const double f = cdf(t) - p;
        (f < 0 ? lo : hi) = t;
        const double d = pdf(t);
        const double next = d > 0 ? t - f / d : lo - 1;
        t = next > lo && next < hi ? next : 0.5 * (lo + hi);
        if (std::abs(f) < 1e-7)
            break;
    }
    return t;
}

} // namespace scalescope
