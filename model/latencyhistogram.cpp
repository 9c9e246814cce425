#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

const double kLogGrowth = std::log(LatencyHistogram::kGrowth);
const int kBuckets = int(std::ceil(std::log(LatencyHistogram::kHighest / LatencyHistogram::kLowest) / kLogGrowth)) + 1;

} // namespace

LatencyHistogram::LatencyHistogram() = default;

void LatencyHistogram::add(double seconds)
{
    int i = 0;
    if (seconds > kLowest)
        i = std::min(kBuckets - 1, int(std::log(seconds / kLowest) / kLogGrowth));
    if (total == 0) {
        buckets.resize(size_t(kBuckets), 0);
        lowest = highest = i;
    }
    lowest = std::min(lowest, i);
    highest = std::max(highest, i);
    ++buckets[size_t(i)];
    ++total;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.total == 0)
        return;
    if (total == 0) {
        buckets.resize(size_t(kBuckets), 0);
        lowest = other.lowest;
        highest = other.highest;
    }
    for (int i = other.lowest; i <= other.highest; ++i)
        buckets[size_t(i)] += other.buckets[size_t(i)];
    lowest = std::min(lowest, other.lowest);
    highest = std::max(highest, other.highest);
    total += other.total;
}

void LatencyHistogram::clear()
{
    std::fill(buckets.begin(), buckets.end(), 0u);
    lowest = 0;
    highest = -1;
    total = 0;
}

double LatencyHistogram::quantile(double q) const
{
    if (total == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // The rank of the quantile among the samples, then the bucket holding it.
    const double rank = q * double(total);
    double below = 0;
    for (int i = lowest; i <= highest; ++i) {
        const double here = buckets[size_t(i)];
        if (here > 0 && below + here >= rank) {
            const double within = std::clamp((rank - below) / here, 0.0, 1.0);
            return kLowest * std::exp((double(i) + within) * kLogGrowth);
        }
        below += here;
    }
    return kHighest;
}

} // namespace scalescope
