#include "queueing.h"

#include <limits>

namespace scalescope {

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
