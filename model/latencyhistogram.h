#pragma once
// Latencies in logarithmic buckets: quantiles to within a quarter of a
// percent in fixed memory, however long the simulation runs.

#include <cstdint>
#include <vector>

namespace scalescope {

class LatencyHistogram {
public:
    // Buckets from 1 us to 1e5 s, each 0.5% wider than the one before;
    // samples outside go to the first or last bucket.
    static constexpr double kLowest = 1e-6;
    static constexpr double kHighest = 1e5;
    static constexpr double kGrowth = 1.005;

    LatencyHistogram();

    void add(double seconds);
    void merge(const LatencyHistogram &other);
    void clear();
    std::int64_t count() const { return total; }
    // The q-quantile (0 < q < 1), geometric interpolation inside its bucket;
    // NaN when empty.
    double quantile(double q) const;

private:
    std::vector<std::uint32_t> buckets; // allocated at the first sample
    int lowest = 0, highest = -1;      // the buckets in use
    std::int64_t total = 0;
};

} // namespace scalescope
