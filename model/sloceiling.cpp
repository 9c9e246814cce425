#include "sloceiling.h"

#include <cmath>
#include <limits>

namespace scalescope {

double p99Target(const Workload &w, int requestClass)
{
    switch (requestClass) {
    case ClassRead: return w.readP99TargetMs / 1000;
    case ClassWrite: return w.writeP99TargetMs / 1000;
    default: return 0;
    }
}

bool meetsObjectives(const Workload &w, const Evaluation &e)
{
    for (int cls = 0; cls < kUserClasses; ++cls) {
        const double target = p99Target(w, cls);
        const ClassResult &c = e.classes[size_t(cls)];
        if (target > 0 && c.rate > 0 && (c.saturated || c.p99 > target))
            return false;
    }
    return true;
}

double sloCeilingUsers(const Network &net, double maxUsers)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (p99Target(net.workload, ClassRead) <= 0 && p99Target(net.workload, ClassWrite) <= 0)
        return inf;
    // Past saturation the objectives cannot hold; stop the search there.
    const double upper = std::min(maxUsers, std::isfinite(net.ceilingUsers) ? net.ceilingUsers : maxUsers);
    Evaluation e;
    auto holds = [&](double users) {
        evaluate(net, users, e);
        return meetsObjectives(net.workload, e);
    };
    if (!(upper >= 1) || !holds(1))
        return 0;
    constexpr int kGrid = 64;
    const double step = std::log10(upper) / kGrid;
    double lo = 0; // log10 of a user count that holds
    for (int i = 1; i <= kGrid; ++i) {
        const double x = i * step;
        if (holds(std::pow(10.0, x))) {
            lo = x;
            continue;
        }
        double hi = x;
        for (int k = 0; k < 40; ++k) {
            const double mid = 0.5 * (lo + hi);
            (holds(std::pow(10.0, mid)) ? lo : hi) = mid;
        }
        return std::pow(10.0, lo);
    }
    return upper < maxUsers ? upper : inf;
}

} // namespace scalescope
