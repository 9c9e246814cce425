#pragma once
// Traffic over a day: points (minute of the day -> multiple of the
// workload's busiest-hour rate), linear in between. The steady-state
// evaluation is the multiple 1.0; a flash crowd can go above it.

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace scalescope {

struct ProfilePoint {
    double minute = 0;   // 0 to 1440
    double multiple = 0; // of the busiest hour's rate, >= 0
    friend bool operator==(const ProfilePoint &, const ProfilePoint &) = default;
};

struct TrafficProfile {
    QString name; // a preset's name, or what the user called it
    std::vector<ProfilePoint> points; // minutes strictly increasing
    friend bool operator==(const TrafficProfile &, const TrafficProfile &) = default;
};

inline constexpr double kMinutesPerDay = 1440;
inline constexpr qsizetype kMaxProfilePoints = 10'000;
inline constexpr double kMaxProfileMultiple = 1000;
inline constexpr qint64 kMaxProfileFileBytes = 1 << 20;

// The multiple at a minute of the day: linear between points, the first and
// last point's value before and after them. An empty profile is 1.0.
double multipleAt(const TrafficProfile &p, double minute);
double peakMultiple(const TrafficProfile &p);
// Mean multiple over the day (trapezoids between the points).
double meanMultiple(const TrafficProfile &p);

// Presets: "consumer-diurnal" (the default), "business-hours", "weekend-day",
// "product-launch", "flash-crowd" (x5 for 15 minutes at noon; also
// "flash-crowd-xN-Mm", e.g. flash-crowd-x10-30m), "tv-spot".
QStringList profilePresetNames();
std::optional<TrafficProfile> profilePreset(const QString &name);
TrafficProfile consumerDiurnal();
TrafficProfile flashCrowd(double factor, double minutes, double startMinute = 720);

// Why the profile cannot be used ("points[3].minute: ..."), or nothing.
// Points: 1 to kMaxProfilePoints, minutes within the day and increasing,
// multiples finite, >= 0 and at most kMaxProfileMultiple.
struct ProfileProblem {
    QString path;
    QString message;
};
std::optional<ProfileProblem> profileProblem(const TrafficProfile &p);

// JSON: {"name": "...", "points": [[minute, multiple], ...]} (or the points
// array alone). Returns nothing and fills *problem on a bad value.
std::optional<TrafficProfile> profileFromJson(const QJsonValue &v, ProfileProblem *problem);
QJsonValue profileToJson(const TrafficProfile &p);

} // namespace scalescope
