#include "sweep.h"

#include <cmath>

namespace scalescope {

std::vector<double> logSpace(double from, double to, int points)
{
    std::vector<double> out;
    if (points <= 0 || from <= 0 || to <= 0)
        return out;
    if (points == 1)
        return {from};
    const double a = std::log10(from), b = std::log10(to);
    for (int i = 0; i < points; ++i)
        out.push_back(std::pow(10.0, a + (b - a) * i / (points - 1)));
    out.front() = from; // exact ends
    out.back() = to;
    return out;
}

Sweep sweep(const Network &network, double from, double to, int points)
{
    Sweep s;
    s.componentCount = int(network.components.size());
    const std::vector<double> users = logSpace(from, to, points);
    s.points.resize(users.size());
    s.utilization.resize(users.size() * network.components.size());
    Evaluation e;
    for (size_t p = 0; p < users.size(); ++p) {
        evaluate(network, users[p], e);
        SweepPoint &pt = s.points[p];
        pt.users = users[p];
        pt.bottleneckComponent = e.bottleneckComponent;
        pt.bottleneckResource = e.bottleneckResource;
        pt.bottleneckUtilization = e.bottleneckUtilization;
        for (int c = 0; c < kUserClasses; ++c) {
            pt.latency[size_t(c)] = e.classes[size_t(c)].latency;
            pt.p50[size_t(c)] = e.classes[size_t(c)].p50;
            pt.p95[size_t(c)] = e.classes[size_t(c)].p95;
            pt.p99[size_t(c)] = e.classes[size_t(c)].p99;
            pt.saturated[size_t(c)] = e.classes[size_t(c)].saturated;
            pt.errorRate[size_t(c)] = e.classes[size_t(c)].errorRate;
        }
        pt.availability = e.availability;
        pt.monthlyCost = e.monthlyCost;
        pt.costPerUser = e.costPerUser;
        for (size_t i = 0; i < e.components.size(); ++i)
            s.utilization[p * e.components.size() + i] = e.components[i].utilization;
    }
    return s;
}

} // namespace scalescope
