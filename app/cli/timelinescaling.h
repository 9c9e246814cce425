#pragma once
// The timeline's scaling flags (--metric, --predictive, --schedule,
// --cold-start-ms, ...): read into TimelineOptions, each bad value refused
// with the flag and the problem, and named again in the output.

#include "network.h"
#include "timeline.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <stdexcept>

namespace scalescope {

// A flag's value that cannot be used; what() names the flag, the value and the problem.
struct TimelineFlagError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The flags this reads, without their "--".
extern const QStringList kTimelineScalingFlags;
// Their lines of `scalescope timeline --help`.
extern const char *const kTimelineScalingHelp;

// What the flags set on the compiled components rather than the timeline's
// options (negative: each component's own).
struct ComponentOverrides {
    double predictiveBufferSeconds = -1;
    double coldStartMs = -1;
};

// Sets what the flags in `values` (flag -> value) give; throws
// TimelineFlagError for a bad value and leaves the rest to the groups.
void readScalingFlags(const std::map<QString, QString> &values, TimelineOptions &options, ComponentOverrides &overrides);
// Puts the overrides on every auto scaled group and function of the network.
void applyOverrides(const ComponentOverrides &overrides, Network &network);

// "08:00,min=6,20:00,min=2" -> scheduled actions; "none" -> none.
std::vector<ScheduledAction> parseSchedule(const QString &spec);
// The same actions written back the way --schedule takes them.
QString scheduleText(const std::vector<ScheduledAction> &actions);

// The options in force, as the JSON output names them: the flag's value, or
// "group" (each group's own setting) / "function" (each function's own).
QJsonObject scalingOptionsJson(const TimelineOptions &options, const ComponentOverrides &overrides);

} // namespace scalescope
