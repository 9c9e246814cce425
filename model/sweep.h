#pragma once
// The evaluation over a log-spaced range of user counts, kept compact for
// charts: per point the headline figures and each component's utilisation.

#include "evaluation.h"

#include <vector>

namespace scalescope {

struct SweepPoint {
    double users = 0;
    int bottleneckComponent = -1;
    int bottleneckResource = -1;
    double bottleneckUtilization = 0;
    std::array<double, kUserClasses> latency{}; // mean, seconds
    std::array<double, kUserClasses> p50{}, p95{}, p99{};
    std::array<bool, kUserClasses> saturated{};
    std::array<double, kUserClasses> errorRate{};
    double availability = 1;
    double monthlyCost = 0;
    double costPerUser = 0;
};

struct Sweep {
    std::vector<SweepPoint> points;
    int componentCount = 0;
    std::vector<double> utilization; // points x components, row-major

    double componentUtilization(size_t point, size_t component) const
    {
        return utilization[point * size_t(componentCount) + component];
    }
};

// `points` user counts from `from` to `to`, evenly spaced in log.
std::vector<double> logSpace(double from, double to, int points);
Sweep sweep(const Network &network, double from, double to, int points);

} // namespace scalescope
