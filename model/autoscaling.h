#pragma once
// Target tracking as EC2 Auto Scaling does it, one fleet at a time: the
// group measures the average utilisation of the instances in service over a
// metric period, sets the desired capacity that would bring it to the
// target, and launches what is missing; a new instance serves after its
// launch time and warm-up. Scale-in waits for a cooldown after the last
// scaling activity and while instances are still launching.
// Figures and their sources: docs/sources.md ("Traffic over a day").

#include <utility>
#include <vector>

namespace scalescope {

struct ScalingPolicy {
    double minInstances = 1;
    double maxInstances = 1;
    double target = 0.5;            // utilisation the policy holds (0.5: 50% CPU)
    double launchSeconds = 60;      // from the decision to InService
    double warmupSeconds = 300;     // from InService to serving its share
    double scaleInCooldownSeconds = 300;
    double metricSeconds = 60;      // the metric's period: one decision per period
};

class FleetScaler {
public:
    FleetScaler() = default;
    FleetScaler(const ScalingPolicy &policy, double initialInstances);

    // Instances that serve at time `now` (seconds): those whose launch and
    // warm-up are over join the fleet.
    void advance(double now);
    // One decision from the average utilisation of the serving instances over
    // the last metric period (demand / capacity, may exceed 1 for a metric
    // such as requests per target; CPU stops at 1).
    void decide(double now, double utilization);

    double inService() const { return m_inService; }
    double launching() const { return m_launching; }
    double billed() const { return m_inService + launching(); }
    const ScalingPolicy &policy() const { return m_policy; }

private:
    ScalingPolicy m_policy;
    double m_inService = 1;
    // Launches in flight: (time they start serving, instances), ascending.
    std::vector<std::pair<double, double>> m_ready;
    double m_launching = 0;
    double m_lastActivity = -1e300;
};

} // namespace scalescope
