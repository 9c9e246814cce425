#include "autoscaling.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

FleetScaler::FleetScaler(const ScalingPolicy &policy, double initialInstances)
    : m_policy(policy), m_min(policy.minInstances), m_max(policy.maxInstances)
{
    // Yesterday's last scheduled action is in force at midnight.
    for (const ScheduledAction &a : policy.scheduled) {
        if (a.minSize >= 0)
            m_min = a.minSize;
        if (a.maxSize >= 0)
            m_max = a.maxSize;
    }
    m_max = std::max(m_max, m_min);
    // Launched before midnight: the first hour's forecast serves from the start.
    m_forecast = policy.forecastPerHour.empty() ? 0 : policy.forecastPerHour.front();
    m_inService = std::clamp(std::round(initialInstances), floor(), m_max);
}

double FleetScaler::floor() const { return std::min(m_max, std::max(m_min, m_forecast)); }

void FleetScaler::launch(double now, double instances)
{
    if (instances <= 0)
        return;
    m_ready.emplace_back(now + m_policy.launchSeconds + m_policy.warmupSeconds, instances);
    m_launching += instances;
    m_lastActivity = now;
}

void FleetScaler::bound(double now, double desired)
{
    const double want = std::clamp(desired, floor(), m_max);
    if (want > billed()) {
        launch(now, want - billed());
    } else if (want < m_inService && desired >= 0) {
        // A scheduled desired capacity or maximum terminates at once.
        m_inService = want;
        m_lastActivity = now;
    }
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

    const std::vector<ScheduledAction> &actions = m_policy.scheduled;
    for (; m_nextAction < actions.size() && actions[m_nextAction].minute * 60 <= now + 1e-9; ++m_nextAction) {
        const ScheduledAction &a = actions[m_nextAction];
        if (a.minSize >= 0)
            m_min = a.minSize;
        if (a.maxSize >= 0)
            m_max = a.maxSize;
        m_max = std::max(m_max, m_min);
        // A lower maximum takes instances away at once; a higher minimum launches.
        bound(now, a.desired >= 0 ? a.desired : (m_inService > m_max ? m_max : -1));
    }
    const std::vector<double> &forecast = m_policy.forecastPerHour;
    for (; m_nextHour < forecast.size() && double(m_nextHour) * 3600 - m_policy.predictiveBufferSeconds <= now + 1e-9;
         ++m_nextHour) {
        // A higher forecast launches what is missing; a lower one leaves
        // scale-in to target tracking, as predictive scaling never scales in.
        m_forecast = forecast[m_nextHour];
        bound(now, -1);
    }
}

void FleetScaler::decide(double now, double utilization)
{
    const ScalingPolicy &p = m_policy;
    const double u = std::isfinite(utilization) ? std::max(0.0, utilization) : 1e6;
    // The capacity that would hold the metric at the target, bounded by the group.
    const double load = m_inService * u;
    double desired = p.target > 0 ? std::ceil(load / p.target - 1e-9) : m_max;
    desired = std::clamp(desired, floor(), m_max);
    const double current = billed();
    if (desired > current) {
        // Launching instances count as capacity already on its way, so a
        // sustained alarm does not launch them twice.
        launch(now, desired - current);
    } else if (desired < m_inService && m_ready.empty() && now - m_lastActivity >= p.scaleInCooldownSeconds) {
        m_inService = desired;
        m_lastActivity = now;
    }
}

} // namespace scalescope
