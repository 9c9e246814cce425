#pragma once
// The distribution a latency's percentiles are read from: fitted to the
// first three cumulants of the random part of a path (docs/model.md,
// "Latency"). A shifted Weibull matches all three; it follows the stretched
// tail of a processor-sharing visit (service time times a random slowdown)
// and stays exact for an exponential time. Without a usable third cumulant
// it falls back to a gamma with the same mean and variance.

namespace scalescope {

struct TimeMoments;

class TimeShape
{
public:
    explicit TimeShape(const TimeMoments &m);

    // False for a time with no spread: the value is always the mean.
    bool continuous() const { return m_family != Family::Constant; }
    double cdf(double t) const;
    double pdf(double t) const;
    double quantile(double p) const;

    // The skewness of a Weibull of shape k (exposed for the tests).
    static double weibullSkewness(double k);

private:
    enum class Family { Constant, Gamma, Weibull };
    Family m_family = Family::Constant;
    double m_location = 0; // the Weibull's shift; the constant's value
    double m_scale = 0;
    double m_shape = 1;
};

} // namespace scalescope
