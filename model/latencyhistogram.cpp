#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

const double kLogGrowth = std::log(LatencyHistogram::kGrowth);
const int kBuckets = int(std::ceil(std::log(LatencyHistogram::kHighest / LatencyHistogram::kLowest) / kLogGrowth)) + 1;

} // namespace

LatencyHistogram::LatencyHistogram() : buckets(size_t(kBuckets), 0) {}

void LatencyHistogram::add(double seconds)
{
    int i = 0;
    if (seconds > kLowest)
        i = std::min(kBuckets - 1, int(std::log(seconds / kLowest) / kLogGrowth));
    ++buckets[size_t(i)];
    ++total;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < buckets.size(); ++i)
        buckets[i] += other.buckets[i];
    total += other.total;
}

void LatencyHistogram::clear()
{
    std::fill(buckets.begin(), buckets.end(), 0u);
    total = 0;
}

double LatencyHistogram::quantile(double q) const
{
    if (total == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // The rank of the quantile among the samples, then the bucket holding it.
    const double rank = q * double(total);
    double below = 0;
    for (size_t i = 0; i < buckets.size(); ++i) {
        const double here = buckets[i];
        if (here > 0 && below + here >= rank) {
            const double within = std::clamp((rank - below) / here, 0.0, 1.0);
            return kLowest * std::exp((double(i) + within) * kLogGrowth);
        }
        below += here;
    }
    return kHighest;
}

} // namespace scalescope
