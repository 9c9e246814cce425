#include "queueing.h"

#include <limits>

namespace scalescope {

double erlangB(int servers, double a)
{
    double b = 1.0;
    for (int k = 1; k <= servers; ++k)
        b = a * b / (k + a * b);
    return b;
}

double erlangC(int servers, double a)
{
    if (a >= servers)
        return 1.0;
    const double b = erlangB(servers, a);
    return servers * b / (servers - a * (1.0 - b));
}

QueueResult mmc(int servers, double lambda, double serviceTime)
{
    QueueResult r;
    if (servers <= 0 || serviceTime <= 0) {
        r.responseTime = serviceTime > 0 ? serviceTime : 0;
        r.stable = servers > 0 || lambda <= 0;
        r.utilization = lambda > 0 && servers <= 0 ? std::numeric_limits<double>::infinity() : 0;
        return r;
    }
    const double a = lambda * serviceTime; // offered load in Erlangs
    r.utilization = a / servers;
    if (lambda <= 0) {
        r.responseTime = serviceTime;
        return r;
    }
    if (a >= servers) {
        r.stable = false;
        r.waitProbability = 1.0;
        r.meanWait = std::numeric_limits<double>::infinity();
        r.responseTime = r.meanWait;
        return r;
    }
    r.waitProbability = erlangC(servers, a);
    const double mu = 1.0 / serviceTime;
    r.meanWait = r.waitProbability / (servers * mu - lambda);
    r.responseTime = r.meanWait + serviceTime;
    return r;
}

} // namespace scalescope
