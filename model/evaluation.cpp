#include "evaluation.h"

#include "queueing.h"

#include <cmath>
#include <limits>

namespace scalescope {

void evaluate(const Network &net, double users, Evaluation &out)
{
    const Workload &w = net.workload;
    const double timeout = w.timeoutMs / 1000;
    out.users = users;
    out.onlineUsers = users * w.peakOnlineShare;
    out.peakRequestRate = 0;
    std::array<double, kUserClasses> latency{}, logSuccess{}, logAvailability{};
    for (int cls = 0; cls < kUserClasses; ++cls) {
        out.classes[size_t(cls)].rate = net.classRatePerUser[size_t(cls)] * users;
        out.peakRequestRate += out.classes[size_t(cls)].rate;
    }
    out.components.resize(net.components.size());
    out.bottleneckComponent = out.bottleneckResource = -1;
    out.bottleneckUtilization = -1;
    out.monthlyCost = 0;
    const size_t count = net.components.size();
    out.poolVisits.assign(count * kUserClasses, 0.0);
    out.poolLogAvailability.assign(count, 0.0);

    for (size_t i = 0; i < net.components.size(); ++i) {
        const ComponentModel &m = net.components[i];
        ComponentResult &r = out.components[i];
        r.arrivalRate = m.arrivalPerUser * users;
        r.instances = instancesAt(m, users);
        r.utilization = 0;
        r.busiest = -1;
        r.resources.resize(m.resources.size());
        double wait = 0;
        for (size_t k = 0; k < m.resources.size(); ++k) {
            const ResourceModel &rm = m.resources[k];
            ResourceResult &rr = r.resources[k];
            // Pool senders come earlier in topological order: their counts are known.
            const ResourceLoad load = loadAt(rm, users, r.instances,
                                             [&](int source) { return out.components[size_t(source)].instances; });
            rr.demand = load.demand;
            rr.capacity = load.capacity;
            rr.utilization = load.utilization;
            if (rm.type == ResourceType::Queueing) {
                rr.copies = rm.copiesAreInstances ? r.instances : rm.fixedCopies;
                rr.servers = rm.servers;
                rr.serviceTime = rm.serviceTime;
                if (load.utilization < 1) {
                    // Requests spread evenly over the copies; each copy is an M/M/c queue.
                    const QueueResult q = mmc(int(std::lround(rm.servers)), load.demand / rr.copies, rm.serviceTime);
                    wait = q.meanWait;
                    rr.responseTime = q.responseTime;
                } else {
                    wait = timeout; // requests wait until they time out
                    rr.responseTime = timeout + rm.serviceTime;
                }
            }
            if (rr.utilization > r.utilization || r.busiest < 0) {
                r.utilization = rr.utilization;
                r.busiest = int(k);
            }
        }
        r.errorShare = m.down ? 1.0 : r.utilization > 1 ? 1.0 - 1.0 / r.utilization : 0;
        if (r.busiest >= 0 && !m.down && r.utilization > out.bottleneckUtilization) {
            out.bottleneckUtilization = r.utilization;
            out.bottleneckComponent = int(i);
            out.bottleneckResource = r.busiest;
        }
        // Availability: a fleet is up while any instance is, within what its zones allow.
        double logA = m.logAvailability;
        if (m.down) {
            r.availability = 0;
            logA = -std::numeric_limits<double>::infinity();
        } else if (m.fleetAvailability) {
            r.availability = std::min(1.0 - std::pow(1.0 - m.availability, r.instances), m.zoneCap);
            logA = std::log(r.availability);
        } else {
            r.availability = m.availability;
        }
        const double logOk = r.errorShare > 0 ? std::log1p(-r.errorShare) : 0;
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const double v = m.visits[size_t(cls)];
            if (v <= 0)
                continue;
            latency[size_t(cls)] += v * (wait + m.fixedLatency) + m.serviceSeconds[size_t(cls)];
            logSuccess[size_t(cls)] += v * logOk;
            if (m.availabilityPool >= 0) {
                const size_t pool = size_t(m.availabilityPool);
                out.poolVisits[pool * kUserClasses + size_t(cls)] += v;
                out.poolLogAvailability[pool] = std::min(out.poolLogAvailability[pool], logA);
            } else {
                logAvailability[size_t(cls)] += std::min(v, 1.0) * logA;
            }
        }
        // Auto scaled fleets are billed at the average load, not the peak.
        const double billed = m.autoScaled ? instancesAt(m, users / w.peakToAverage) : r.instances;
        r.monthlyCost = m.monthlyFixed + m.monthlyPerInstance * billed + m.monthlyPerUser * users;
        out.monthlyCost += r.monthlyCost;
    }
    if (out.bottleneckUtilization < 0)
        out.bottleneckUtilization = 0;
    for (size_t pool = 0; pool < count; ++pool)
        if (out.poolLogAvailability[pool] < 0)
            for (int cls = 0; cls < kUserClasses; ++cls)
                logAvailability[size_t(cls)] += std::min(out.poolVisits[pool * kUserClasses + size_t(cls)], 1.0) * out.poolLogAvailability[pool];
    out.availability = 1;
    for (int cls = 0; cls < kUserClasses; ++cls) {
        ClassResult &c = out.classes[size_t(cls)];
        c.latency = latency[size_t(cls)];
        c.errorRate = -std::expm1(logSuccess[size_t(cls)]);
        c.availability = std::exp(logAvailability[size_t(cls)]);
        if (c.rate > 0)
            out.availability = std::min(out.availability, c.availability);
    }
    out.downtimeMinutesPerYear = (1.0 - out.availability) * kMinutesPerYear;
    out.costPerUser = users > 0 ? out.monthlyCost / users : 0;
}

Evaluation evaluate(const Network &network, double users)
{
    Evaluation e;
    evaluate(network, users, e);
    return e;
}

} // namespace scalescope
