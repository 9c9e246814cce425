#include "latency.h"

#include "queueing.h"
#include "timeshape.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

TimeMoments repeated(double visits, const TimeMoments &each)
{
    if (visits <= 0)
        return {};
    // N = floor(v) + Bernoulli(frac): E[N] = v, Var[N] = frac (1 - frac).
    const double frac = visits - std::floor(visits);
    const double countVariance = frac * (1 - frac);
    const RawMoments x{each.mean, each.variance + each.mean * each.mean,
                       each.thirdCumulant + 3 * each.variance * each.mean + each.mean * each.mean * each.mean};
    return {visits * each.mean, visits * each.variance + countVariance * each.mean * each.mean,
            repeatedThirdCumulant(std::floor(visits), frac, x)};
}

QueueVisits queueVisits(const ComponentModel &c, int cls, double visitsPerArrival)
{
    QueueVisits sums;
    if (c.queueResource < 0 || visitsPerArrival <= 0)
        return sums;
    const ResourceModel &queue = c.resources[size_t(c.queueResource)];
    for (int op = 0; op < OpCount; ++op) {
        const double arrival = c.arrival.at(cls, op);
        const double s = queue.opServiceTime(op);
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
        const double s3 = s * s * s;
        sums.serviceCubed += v * s3;
        sums.fractionServiceCubed[0] += frac * s3;
        sums.fractionServiceCubed[1] += frac * frac * s3;
        sums.fractionServiceCubed[2] += frac * frac * frac * s3;
    }
    return sums;
}

double timeQuantile(const TimeMoments &m, double delay, double p)
{
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance))
        return std::numeric_limits<double>::infinity();
    // A fitted shape may put a little mass below zero; a time never is.
    return delay + std::max(0.0, TimeShape(m).quantile(p));
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
            delays[size_t(cls)].add(v, m.fixedLatency() + (m.queueResource >= 0 ? 0 : m.serviceSeconds(cls) / v));
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

namespace {

// Quantile p of the delays' mixture plus a time of this shape (and moments).
double mixtureQuantile(const TimeShape &shape, const TimeMoments &m, const DelayAtoms &delays, double p)
{
    if (delays.count() == 1)
        return delays.value(0) + std::max(0.0, shape.quantile(p));
    if (!shape.continuous()) { // the delays alone (plus a constant): the discrete quantile
        double cumulative = 0;
        for (int i = 0; i < delays.count(); ++i) {
            cumulative += delays.probability(i);
            if (cumulative >= p - 1e-12)
                return delays.value(i) + std::max(0.0, m.mean);
        }
        return delays.value(delays.count() - 1) + std::max(0.0, m.mean);
    }
    auto cdf = [&](double t) {
        double f = 0;
        for (int i = 0; i < delays.count(); ++i)
            f += delays.probability(i) * shape.cdf(t - delays.value(i));
        return f;
    };
    auto pdf = [&](double t) {
        double f = 0;
        for (int i = 0; i < delays.count(); ++i)
            f += delays.probability(i) * shape.pdf(t - delays.value(i));
        return f;
    };
    // Newton's method on the mixture's distribution function, kept inside a
    // bracket that bisection narrows whenever a step would leave it.
    const double own = std::max(0.0, shape.quantile(p));
    double lo = delays.value(0), hi = delays.value(delays.count() - 1) + own;
    double t = delays.mean() + own;
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
    return std::max(t, delays.value(0));
}

} // namespace

double pathQuantile(const TimeMoments &m, const DelayAtoms &delays, double p)
{
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance))
        return std::numeric_limits<double>::infinity();
    return mixtureQuantile(TimeShape(m), m, delays, p);
}

std::array<double, 3> pathPercentiles(const TimeMoments &m, const DelayAtoms &delays)
{
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance)) {
        const double inf = std::numeric_limits<double>::infinity();
        return {inf, inf, inf};
    }
    const TimeShape shape(m); // fitted once for the three
    return {mixtureQuantile(shape, m, delays, 0.50), mixtureQuantile(shape, m, delays, 0.95),
            mixtureQuantile(shape, m, delays, 0.99)};
}

} // namespace scalescope
