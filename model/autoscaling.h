#pragma once
// Target tracking as EC2 Auto Scaling does it, one fleet at a time: the
// group measures the average utilisation of the instances in service over a
// metric period, sets the desired capacity that would bring it to the
// target, and launches what is missing; a new instance serves after its
// launch time and warm-up. Scale-in waits for a cooldown after the last
// scaling activity and while instances are still launching.
// Two options add to it: scheduled actions (at a time of day the group's
// minimum, maximum or desired capacity change) and predictive scaling (a
// floor per hour from the forecast, launched a buffer ahead of the hour;
// target tracking can go above it, never below).
// Figures and their sources: docs/sources.md ("Traffic over a day").

#include <cstddef>
#include <utility>
#include <vector>

namespace scalescope {

// Every day at `minute`: the group's minimum and maximum become these and it
// goes to `desired` once (within them); negative leaves a value unchanged.
struct ScheduledAction {
    double minute = 0;
    double minSize = -1;
    double maxSize = -1;
    double desired = -1;
};

struct ScalingPolicy {
    double minInstances = 1;
    double maxInstances = 1;
    double target = 0.5;            // utilisation the policy holds (0.5: 50% CPU)
    double launchSeconds = 60;      // from the decision to InService
    double warmupSeconds = 300;     // from InService to serving its share
    double scaleInCooldownSeconds = 300;
    double metricSeconds = 60;      // the metric's period: one decision per period
    std::vector<ScheduledAction> scheduled; // ascending minutes, repeating daily
    // Predictive scaling: the forecast capacity of each hour of the day (24
    // values, empty: off), launched this long before the hour begins.
    std::vector<double> forecastPerHour;
    double predictiveBufferSeconds = 300;
};

class FleetScaler {
public:
    FleetScaler() = default;
    // Starts the day as yesterday ended: the last scheduled action in force,
    // the first hour's forecast already launched.
    FleetScaler(const ScalingPolicy &policy, double initialInstances);

    // Instances that serve at time `now` (seconds after midnight): those whose
    // launch and warm-up are over join the fleet; scheduled actions and
    // forecast hours due by then take effect.
    void advance(double now);
    // One decision from the average utilisation of the serving instances over
    // the last metric period (demand / capacity, may exceed 1 for a metric
    // such as requests per target; CPU stops at 1).
    void decide(double now, double utilization);

    double inService() const { return m_inService; }
    double launching() const { return m_launching; }
    double billed() const { return m_inService + launching(); }
    const ScalingPolicy &policy() const { return m_policy; }
    // The bounds in force: the schedule's minimum or the forecast, whichever
    // is higher, and the schedule's maximum.
    double floor() const;
    double ceiling() const { return m_max; }

private:
    void launch(double now, double instances);
    // Brings the group within its bounds now (a scheduled or forecast change).
    void bound(double now, double desired);

    ScalingPolicy m_policy;
    double m_inService = 1;
    // Launches in flight: (time they start serving, instances), ascending.
    std::vector<std::pair<double, double>> m_ready;
    double m_launching = 0;
    double m_lastActivity = -1e300;
    double m_min = 1, m_max = 1, m_forecast = 0;
    std::size_t m_nextAction = 0;
    std::size_t m_nextHour = 1;
};

} // namespace scalescope
