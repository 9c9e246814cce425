#pragma once
// A day of traffic against a compiled network, step by step (docs/model.md,
// "Traffic over a day"): the profile sets each step's load, auto scaled
// fleets follow it with target tracking and its delays, a fluid backlog per
// fleet turns what they cannot serve yet into waiting and then timed-out
// requests, DynamoDB on-demand and Lambda grow as fast as AWS lets them.
// Each step is the steady-state evaluation (evaluate) of the network with
// each fleet fixed at its instances in service; latency percentiles come
// from there.

#include "autoscaling.h"
#include "evaluation.h"
#include "network.h"
#include "trafficprofile.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace scalescope {

enum class ScalingMetric {
    Cpu,               // average CPU: cannot show more than 100%
    RequestsPerTarget, // requests per target: counts what arrives, however much
};

struct TimelineOptions {
    double users = 1000;  // registered users; the profile's 1.0 is their busiest hour
    TrafficProfile profile = consumerDiurnal();
    double stepSeconds = 60;
    ScalingMetric metric = ScalingMetric::Cpu;
    // Overrides of the groups' own settings (negative: the group's).
    double launchSeconds = -1;
    double warmupSeconds = -1;
    double scaleInCooldownSeconds = -1;
    double metricSeconds = 60; // CloudWatch period of the scaling metric
    // Predictive scaling for every group: 0 off, 1 on, negative: the group's
    // own setting. The forecast is the profile itself (the day is like the
    // days it was learnt from): per hour, the instances target tracking holds
    // at the hour's busiest minute.
    int predictive = -1;
    // Replaces every group's own scheduled actions when set.
    std::optional<std::vector<ScheduledAction>> scheduled;
};

inline constexpr double kMinTimelineStepSeconds = 1;
inline constexpr double kMaxTimelineStepSeconds = 3600;
// Components x steps one timeline may evaluate: a 5,000-component
// architecture gets 4,000 steps (21.6 s each), the default journey's
// stages every second of the day.
inline constexpr qint64 kMaxTimelineWork = 20'000'000;

struct TimelineStep {
    double minute = 0;       // start of the step, minutes after midnight
    double multiple = 0;     // of the busiest hour's rate
    double requestRate = 0;  // user requests/s arriving
    double inService = 0;    // instances of the auto scaled fleets that serve
    double launching = 0;    // ... and those launching or warming up
    double utilization = 0;  // the busiest resource of the network
    double backlog = 0;      // requests waiting in the fleets' queues
    std::array<double, kUserClasses> p50Ms{}, p99Ms{};
    double errorRate = 0;    // share of this step's user requests that fail
    double timedOut = 0;     // requests: waited past the timeout in a backlog
    double throttled = 0;    // requests: refused (DynamoDB, Lambda, limits, overload elsewhere)
    double coldStarts = 0;   // new Lambda execution environments this step (each a cold start)
    double monthlyCost = 0;  // the month's cost at this step's instances
    bool overSlo = false;    // a p99 above its target
};

struct TimelineFleet {
    int component = -1;
    QString id;
    QString label;
    ScalingPolicy policy;
    std::vector<double> inService, launching, utilization; // per step
    double peakInstances = 0;      // in service + launching
    double fixedPeakInstances = 0; // a fixed fleet sized for the day's peak
};

struct TimelineSummary {
    double requests = 0;
    double failedRequests = 0;
    double timedOut = 0;
    double throttled = 0;
    double minutesOverSlo = 0;
    double peakInstances = 0;         // all auto scaled fleets, in service + launching
    double peakMultiple = 0;
    double autoScaledMonthlyCost = 0; // the month at the day's mean instances
    double fixedPeakMonthlyCost = 0;  // the same with every fleet fixed at its peak size
};

struct Timeline {
    double users = 0;
    double stepSeconds = 60;
    TrafficProfile profile;
    std::vector<TimelineStep> steps;
    std::vector<TimelineFleet> fleets;
    TimelineSummary summary;
};

// Throws std::invalid_argument for a step outside 1 to 3600 s, a bad
// profile, or more than kMaxTimelineWork components x steps.
Timeline computeTimeline(const Network &network, const TimelineOptions &options);

// The network as it stands at a step (auto scaled fleets fixed at their
// instances in service) evaluated at that step's load: what the canvas shows
// for a moment of the day. `scratch` is a copy of `network` (or empty),
// reused between calls.
void evaluateTimelineStep(const Network &network, const Timeline &timeline, int step, Network &scratch,
                          Evaluation &out);

} // namespace scalescope
