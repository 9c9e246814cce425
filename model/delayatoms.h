#pragma once
// The fixed delays along a request's path as a small discrete distribution
// (latency.h explains their part in the percentiles).

#include <array>
#include <cstddef>

namespace scalescope {

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

} // namespace scalescope
