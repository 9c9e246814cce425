#include "autoscaling.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

FleetScaler::FleetScaler(const ScalingPolicy &policy, double initialInstances)
    : m_policy(policy), m_inService(std::clamp(std::round(initialInstances), policy.minInstances, policy.maxInstances))
{
}

void FleetScaler::advance(double now)
{
    auto ready = m_ready.begin();
    for (; ready != m_ready.end() && ready->first <= now + 1e-9; ++ready) {
        m_inService += ready->second;
        m_launching -= ready->second;
    }
    m_ready.erase(m_ready.begin(), ready);
    if (m_ready.empty())
        m_launching = 0;
}

void FleetScaler::decide(double now, double utilization)
{
    const ScalingPolicy &p = m_policy;
    const double u = std::isfinite(utilization) ? std::max(0.0, utilization) : 1e6;
    // The capacity that would hold the metric at the target, bounded by the group.
    const double load = m_inService * u;
    double desired = p.target > 0 ? std::ceil(load / p.target - 1e-9) : p.maxInstances;
    desired = std::clamp(desired, p.minInstances, p.maxInstances);
    const double current = billed();
    if (desired > current) {
        // Launching instances count as capacity already on its way, so a
        // sustained alarm does not launch them twice.
        const double launch = desired - current;
        m_ready.emplace_back(now + p.launchSeconds + p.warmupSeconds, launch);
        m_launching += launch;
        m_lastActivity = now;
    } else if (desired < m_inService && m_ready.empty() && now - m_lastActivity >= p.scaleInCooldownSeconds) {
        m_inService = desired;
        m_lastActivity = now;
    }
}

} // namespace scalescope
