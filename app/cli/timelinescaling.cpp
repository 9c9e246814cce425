#include "timelinescaling.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scalescope {

const QStringList kTimelineScalingFlags{"metric",    "metric-period", "launch",     "warmup",       "cooldown",
                                        "predictive", "predictive-buffer", "schedule", "cold-start-ms"};

const char *const kTimelineScalingHelp =
    "Auto Scaling groups (each group's own setting unless a flag gives one for all):\n"
    "  --metric cpu|requests     what target tracking measures: average CPU (cannot show more than 100%)\n"
    "                            or requests per target (counts all that arrives); default cpu\n"
    "  --metric-period S         seconds between scaling decisions, 1 to 3600 (default 60)\n"
    "  --launch S                seconds from a decision to InService, 0 to 86400\n"
    "  --warmup S                seconds from InService to serving its share, 0 to 86400\n"
    "  --cooldown S              scale-in cooldown in seconds, 0 to 86400\n"
    "  --predictive on|off       predictive scaling: a floor per hour forecast from the profile\n"
    "  --predictive-buffer S     how long before each hour the forecast launches, 0 to 3600 s\n"
    "  --schedule SPEC|none      scheduled actions, replacing every group's own: a time of day (HH:MM)\n"
    "                            followed by min=N, max=N and/or desired=N, all comma-separated,\n"
    "                            e.g. 08:00,min=6,20:00,min=2 (daily; 'none': no scheduled actions)\n"
    "\n"
    "Lambda:\n"
    "  --cold-start-ms MS        a cold start of this length for every function, 0 to 900000\n"
    "                            (default: each function's coldStartMs)\n";

namespace {

constexpr double kMaxScheduledInstances = 1'000'000;
constexpr double kMaxDelaySeconds = 86400;  // a day
constexpr double kMaxColdStartMs = 900'000; // Lambda's longest invocation, 15 minutes (AWS Lambda quotas)

[[noreturn]] void refuse(const QString &flag, const QString &value, const QString &problem)
{
    throw TimelineFlagError(QStringLiteral("--%1 %2: %3").arg(flag, value, problem).toStdString());
}

// A number of seconds (or ms) from `low` to `high`, or the flag is refused.
double numberIn(const std::map<QString, QString> &values, const QString &flag, double low, double high, const QString &unit)
{
    const QString &text = values.at(flag);
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < low || v > high)
        refuse(flag, text, QStringLiteral("expected %1 from %2 to %3").arg(unit).arg(low).arg(high));
    return v;
}

QString clock(double minute)
{
    const int m = int(std::lround(minute));
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QChar('0')).arg(m % 60, 2, 10, QChar('0'));
}

} // namespace

std::vector<ScheduledAction> parseSchedule(const QString &spec)
{
    const QString flag = QStringLiteral("schedule");
    if (spec.trimmed() == QLatin1String("none"))
        return {};
    static const QRegularExpression time(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    std::vector<ScheduledAction> actions;
    std::vector<bool> given;
    const QStringList tokens = spec.split(',');
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            refuse(flag, spec, QStringLiteral("an empty item; expected HH:MM or min=N, max=N, desired=N between the commas"));
        if (const QRegularExpressionMatch m = time.match(token); m.hasMatch()) {
            const int hours = m.captured(1).toInt(), minutes = m.captured(2).toInt();
            if (hours > 23 || minutes > 59)
                refuse(flag, spec, QStringLiteral("'%1' is not a time of day (00:00 to 23:59)").arg(token));
            const double minute = hours * 60 + minutes;
            if (std::any_of(actions.begin(), actions.end(), [&](const ScheduledAction &a) { return a.minute == minute; }))
                refuse(flag, spec, QStringLiteral("%1 is given twice; put its settings in one action").arg(token));
            ScheduledAction a;
            a.minute = minute;
            actions.push_back(a);
            given.push_back(false);
            continue;
        }
        const qsizetype eq = token.indexOf('=');
        const QString key = token.left(eq).trimmed();
        if (eq < 0 || (key != QLatin1String("min") && key != QLatin1String("max") && key != QLatin1String("desired")))
            refuse(flag, spec, QStringLiteral("'%1' is neither a time (HH:MM) nor min=N, max=N or desired=N").arg(token));
        if (actions.empty())
            refuse(flag, spec, QStringLiteral("'%1' comes before any time; start each action with its time (HH:MM)").arg(token));
        bool ok = false;
        const double n = token.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !(n >= 0 && n <= kMaxScheduledInstances) || n != std::floor(n))
            refuse(flag, spec, QStringLiteral("'%1': expected a whole number of instances from 0 to %2")
                                   .arg(token).arg(kMaxScheduledInstances, 0, 'f', 0));
        ScheduledAction &a = actions.back();
        (key == QLatin1String("min") ? a.minSize : key == QLatin1String("max") ? a.maxSize : a.desired) = n;
        given.back() = true;
    }
    for (size_t i = 0; i < actions.size(); ++i) {
        const ScheduledAction &a = actions[i];
        if (!given[i])
            refuse(flag, spec, QStringLiteral("%1 sets nothing; give min=N, max=N and/or desired=N after it").arg(clock(a.minute)));
        if (a.minSize >= 0 && a.maxSize >= 0 && a.minSize > a.maxSize)
            refuse(flag, spec, QStringLiteral("at %1 min=%2 is above max=%3").arg(clock(a.minute)).arg(a.minSize).arg(a.maxSize));
        if (a.desired >= 0 && ((a.minSize >= 0 && a.desired < a.minSize) || (a.maxSize >= 0 && a.desired > a.maxSize)))
            refuse(flag, spec, QStringLiteral("at %1 desired=%2 is outside min and max").arg(clock(a.minute)).arg(a.desired));
    }
    std::sort(actions.begin(), actions.end(), [](const ScheduledAction &a, const ScheduledAction &b) { return a.minute < b.minute; });
    return actions;
}

QString scheduleText(const std::vector<ScheduledAction> &actions)
{
    if (actions.empty())
        return QStringLiteral("none");
    QStringList items;
    for (const ScheduledAction &a : actions) {
        items << clock(a.minute);
        if (a.minSize >= 0)
            items << QStringLiteral("min=%1").arg(a.minSize);
        if (a.maxSize >= 0)
            items << QStringLiteral("max=%1").arg(a.maxSize);
        if (a.desired >= 0)
            items << QStringLiteral("desired=%1").arg(a.desired);
    }
    return items.join(',');
}

void readScalingFlags(const std::map<QString, QString> &values, TimelineOptions &o, ComponentOverrides &c)
{
    if (values.count("metric")) {
        const QString &m = values.at("metric");
        if (m == QLatin1String("cpu"))
            o.metric = ScalingMetric::Cpu;
        else if (m == QLatin1String("requests"))
            o.metric = ScalingMetric::RequestsPerTarget;
        else
            refuse("metric", m, QStringLiteral("expected cpu or requests"));
    }
    if (values.count("metric-period"))
        o.metricSeconds = numberIn(values, "metric-period", 1, 3600, QStringLiteral("seconds"));
    if (values.count("launch"))
        o.launchSeconds = numberIn(values, "launch", 0, kMaxDelaySeconds, QStringLiteral("seconds"));
    if (values.count("warmup"))
        o.warmupSeconds = numberIn(values, "warmup", 0, kMaxDelaySeconds, QStringLiteral("seconds"));
    if (values.count("cooldown"))
        o.scaleInCooldownSeconds = numberIn(values, "cooldown", 0, kMaxDelaySeconds, QStringLiteral("seconds"));
    if (values.count("predictive")) {
        const QString &p = values.at("predictive");
        if (p == QLatin1String("on"))
            o.predictive = 1;
        else if (p == QLatin1String("off"))
            o.predictive = 0;
        else
            refuse("predictive", p, QStringLiteral("expected on or off"));
    }
    if (values.count("predictive-buffer"))
        c.predictiveBufferSeconds = numberIn(values, "predictive-buffer", 0, 3600, QStringLiteral("seconds"));
    if (values.count("schedule"))
        o.scheduled = parseSchedule(values.at("schedule"));
    if (values.count("cold-start-ms"))
        c.coldStartMs = numberIn(values, "cold-start-ms", 0, kMaxColdStartMs, QStringLiteral("milliseconds"));
}

void applyOverrides(const ComponentOverrides &c, Network &network)
{
    for (ComponentModel &m : network.components) {
        if (c.predictiveBufferSeconds >= 0 && m.autoScaled) {
            ScalingGroup group = m.scalingGroup(); // the group's own stays as it is
            group.predictiveBufferSeconds = c.predictiveBufferSeconds;
            m.extras.update([&group](auto &t) { t.scaling = std::make_shared<const ScalingGroup>(group); });
        }
        if (c.coldStartMs >= 0 && m.role == Role::Function)
            m.extras.update([&c](auto &t) { t.coldStartSeconds = c.coldStartMs / 1000; });
    }
}

QJsonObject scalingOptionsJson(const TimelineOptions &o, const ComponentOverrides &c)
{
    const QString group = QStringLiteral("group");
    const auto orGroup = [&](double v) { return v >= 0 ? QJsonValue(v) : QJsonValue(group); };
    return {{"metric", o.metric == ScalingMetric::Cpu ? "cpu" : "requests"},
            {"metricPeriodSeconds", o.metricSeconds},
            {"launchSeconds", orGroup(o.launchSeconds)},
            {"warmupSeconds", orGroup(o.warmupSeconds)},
            {"scaleInCooldownSeconds", orGroup(o.scaleInCooldownSeconds)},
            {"predictive", o.predictive < 0 ? group : o.predictive > 0 ? QStringLiteral("on") : QStringLiteral("off")},
            {"predictiveBufferSeconds", orGroup(c.predictiveBufferSeconds)},
            {"schedule", o.scheduled ? scheduleText(*o.scheduled) : group},
            {"coldStartMs", c.coldStartMs >= 0 ? QJsonValue(c.coldStartMs) : QJsonValue(QStringLiteral("function"))}};
}

} // namespace scalescope
