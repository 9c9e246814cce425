#include "timeshape.h"

#include "latency.h"

#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace scalescope {

namespace {

// Double precision throughout: the default policy promotes to long double,
// several times slower for no visible gain in a latency figure.
using DoublePolicy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;

// Shapes searched: below 0.04 the Weibull's moments overflow a double's
// range of interest; above 60 its skewness is within 0.01 of its limit.
constexpr double kMinShape = 0.04, kMaxShape = 60;
constexpr int kTableSize = 96;

// Skewness at shapes evenly spaced in log k, decreasing with k: the start
// for Newton's method, so a fit costs a few log-gamma calls.
struct SkewnessTable {
    std::array<double, kTableSize> logShape{}, skewness{};
    SkewnessTable()
    {
        for (int i = 0; i < kTableSize; ++i) {
            logShape[size_t(i)] = std::log(kMinShape) + (std::log(kMaxShape) - std::log(kMinShape)) * i / (kTableSize - 1);
            skewness[size_t(i)] = TimeShape::weibullSkewness(std::exp(logShape[size_t(i)]));
        }
    }
};

const SkewnessTable &skewnessTable()
{
    static const SkewnessTable table;
    return table;
}

// The Weibull shape with this skewness, clamped to the searched range.
double shapeForSkewness(double skewness)
{
    const SkewnessTable &t = skewnessTable();
    if (skewness >= t.skewness.front())
        return kMinShape;
    if (skewness <= t.skewness.back())
        return kMaxShape;
    // The first table entry at or below the target (the table decreases):
    // the root lies between it and the one before.
    const auto it = std::lower_bound(t.skewness.begin(), t.skewness.end(), skewness, std::greater<double>());
    const size_t hi = size_t(it - t.skewness.begin());
    // Regula falsi, Illinois variant: keeps the bracket, converges
    // superlinearly, one skewness (three log-gammas) per step.
    double a = t.logShape[hi - 1], fa = t.skewness[hi - 1] - skewness;
    double b = t.logShape[hi], fb = t.skewness[hi] - skewness;
    int side = 0;
    for (int i = 0; i < 40 && fa != fb; ++i) {
        const double x = (a * fb - b * fa) / (fb - fa);
        const double fx = TimeShape::weibullSkewness(std::exp(x)) - skewness;
        if (fx == 0 || std::abs(b - a) < 1e-14)
            return std::exp(x);
        if ((fx > 0) == (fa > 0)) {
            a = x, fa = fx;
            if (side == -1)
                fb /= 2;
            side = -1;
        } else {
            b = x, fb = fx;
            if (side == 1)
                fa /= 2;
            side = 1;
        }
        if (std::abs(fx) < 1e-13 * std::max(1.0, std::abs(skewness)))
            return std::exp(x);
    }
    return std::exp(std::abs(fa) < std::abs(fb) ? a : b);
}

} // namespace

double TimeShape::weibullSkewness(double k)
{
    // With g_j = Gamma(1 + j/k): skewness = (g3 - 3 g1 g2 + 2 g1^3) / (g2 - g1^2)^1.5.
    // In ratios to g1^j, which stay finite where the g_j overflow.
    const double l1 = std::lgamma(1 + 1 / k);
    const double a = std::exp(std::lgamma(1 + 2 / k) - 2 * l1); // g2 / g1^2
    const double b = std::exp(std::lgamma(1 + 3 / k) - 3 * l1); // g3 / g1^3
    return (b - 3 * a + 2) / std::pow(a - 1, 1.5);
}

TimeShape::TimeShape(const TimeMoments &m)
{
    m_location = std::max(0.0, m.mean);
    if (!(m.mean > 0) || !(m.variance > m.mean * m.mean * 1e-12))
        return; // Constant
    const double sd = std::sqrt(m.variance);
    if (m.thirdCumulant > 0 && std::isfinite(m.thirdCumulant)) {
        m_family = Family::Weibull;
        m_shape = shapeForSkewness(m.thirdCumulant / (m.variance * sd));
        const double l1 = std::lgamma(1 + 1 / m_shape);
        const double a = std::exp(std::lgamma(1 + 2 / m_shape) - 2 * l1);
        const double meanAboveLocation = sd / std::sqrt(a - 1); // scale x g1
        m_location = m.mean - meanAboveLocation;
        m_scale = meanAboveLocation / std::exp(l1);
        return;
    }
    m_family = Family::Gamma;
    m_location = 0;
    m_shape = m.mean * m.mean / m.variance;
    m_scale = m.variance / m.mean;
}

double TimeShape::cdf(double t) const
{
    switch (m_family) {
    case Family::Constant:
        return t >= m_location ? 1 : 0;
    case Family::Gamma:
        return t > 0 ? boost::math::gamma_p(m_shape, t / m_scale, DoublePolicy()) : 0;
    case Family::Weibull:
        return t > m_location ? -std::expm1(-std::pow((t - m_location) / m_scale, m_shape)) : 0;
    }
    return 0;
}

double TimeShape::pdf(double t) const
{
    switch (m_family) {
    case Family::Constant:
        return 0;
    case Family::Gamma:
        return t > 0 ? boost::math::gamma_p_derivative(m_shape, t / m_scale, DoublePolicy()) / m_scale : 0;
    case Family::Weibull:
        if (t <= m_location)
            return 0;
        {
            const double z = (t - m_location) / m_scale;
            const double zk = std::pow(z, m_shape);
            return m_shape / m_scale * zk / z * std::exp(-zk);
        }
    }
    return 0;
}

double TimeShape::quantile(double p) const
{
    switch (m_family) {
    case Family::Constant:
        return m_location;
    case Family::Gamma:
        return m_scale * boost::math::gamma_p_inv(m_shape, p, DoublePolicy());
    case Family::Weibull:
        return m_location + m_scale * std::pow(-std::log1p(-p), 1 / m_shape);
    }
    return 0;
}

} // namespace scalescope
