#include "trafficprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// Hourly values, the last repeating the first so that the day wraps.
TrafficProfile hourly(const QString &name, const std::vector<double> &perHour)
{
    TrafficProfile p{name, {}};
    for (size_t h = 0; h < perHour.size(); ++h)
        p.points.push_back({double(h) * 60, perHour[h]});
    p.points.push_back({kMinutesPerDay, perHour.front()});
    return p;
}

// [RoT] a consumer product: trough around 04:00 at an eighth of the peak,
// evening peak 20:00-21:00; its mean is about half the peak, as the
// workload's default peakToAverage of 2 says.
const std::vector<double> kConsumer{0.45, 0.30, 0.20, 0.15, 0.13, 0.15, 0.25, 0.40, 0.50, 0.55, 0.60, 0.62,
                                    0.65, 0.62, 0.60, 0.60, 0.62, 0.70, 0.80, 0.92, 1.00, 0.95, 0.80, 0.60};
// [RoT] office software in one time zone: busy 09:00-17:00, quiet at night.
const std::vector<double> kBusiness{0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.08, 0.20, 0.60, 0.95, 1.00, 1.00,
                                    0.80, 0.90, 1.00, 0.95, 0.85, 0.60, 0.30, 0.15, 0.10, 0.08, 0.06, 0.05};
// [RoT] a Saturday of the consumer week: a late start, a broad afternoon.
const std::vector<double> kWeekend{0.55, 0.40, 0.28, 0.20, 0.15, 0.13, 0.15, 0.22, 0.35, 0.50, 0.65, 0.75,
                                   0.80, 0.82, 0.82, 0.80, 0.80, 0.82, 0.85, 0.90, 0.95, 0.92, 0.80, 0.65};

// Replaces the profile's values in [from, to] by `shape` (minute, multiple),
// keeping the base's value at the edges so that the day stays continuous.
TrafficProfile overlay(TrafficProfile base, const QString &name, const std::vector<ProfilePoint> &shape)
{
    const double from = shape.front().minute, to = shape.back().minute;
    std::vector<ProfilePoint> points;
    for (const ProfilePoint &p : base.points)
        if (p.minute < from)
            points.push_back(p);
    if (from > 0)
        points.push_back({std::max(0.0, from - 1e-3), multipleAt(base, from)});
    for (const ProfilePoint &p : shape)
        points.push_back(p);
    if (to < kMinutesPerDay)
        points.push_back({std::min(kMinutesPerDay, to + 1e-3), multipleAt(base, to)});
    for (const ProfilePoint &p : base.points)
        if (p.minute > to + 1e-3)
            points.push_back(p);
    base.name = name;
    base.points = std::move(points);
    return base;
}

} // namespace

double multipleAt(const TrafficProfile &p, double minute)
{
    if (p.points.empty())
        return 1.0;
    if (minute <= p.points.front().minute)
        return p.points.front().multiple;
    if (minute >= p.points.back().minute)
        return p.points.back().multiple;
    const auto hi = std::upper_bound(p.points.begin(), p.points.end(), minute,
                                     [](double m, const ProfilePoint &q) { return m < q.minute; });
    const auto lo = hi - 1;
    const double span = hi->minute - lo->minute;
    const double t = span > 0 ? (minute - lo->minute) / span : 1;
    return lo->multiple + t * (hi->multiple - lo->multiple);
}

double peakMultiple(const TrafficProfile &p)
{
    double peak = p.points.empty() ? 1.0 : 0.0;
    for (const ProfilePoint &q : p.points)
        peak = std::max(peak, q.multiple);
    return peak;
}

double meanMultiple(const TrafficProfile &p)
{
    if (p.points.empty())
        return 1.0;
    double area = p.points.front().multiple * p.points.front().minute
        + p.points.back().multiple * (kMinutesPerDay - p.points.back().minute);
    for (size_t i = 1; i < p.points.size(); ++i)
        area += 0.5 * (p.points[i].multiple + p.points[i - 1].multiple) * (p.points[i].minute - p.points[i - 1].minute);
    return area / kMinutesPerDay;
}

TrafficProfile consumerDiurnal() { return hourly(QStringLiteral("consumer-diurnal"), kConsumer); }

TrafficProfile flashCrowd(double factor, double minutes, double startMinute)
{
    const double start = std::clamp(startMinute, 1.0, kMinutesPerDay - 2);
    const double end = std::min(kMinutesPerDay - 1, start + 1 + std::max(0.0, minutes));
    const QString name = QStringLiteral("flash-crowd-x%1-%2m").arg(factor).arg(minutes);
    // One minute up, `minutes` at factor x the busiest hour, one minute down.
    return overlay(consumerDiurnal(), name,
                   {{start, multipleAt(consumerDiurnal(), start)}, {start + 1, factor}, {end, factor},
                    {std::min(kMinutesPerDay, end + 1), multipleAt(consumerDiurnal(), end + 1)}});
}

QStringList profilePresetNames()
{
    return {"consumer-diurnal", "business-hours", "weekend-day", "product-launch", "flash-crowd", "tv-spot"};
}

std::optional<TrafficProfile> profilePreset(const QString &name)
{
    if (name == QLatin1String("consumer-diurnal"))
        return consumerDiurnal();
    if (name == QLatin1String("business-hours"))
        return hourly(name, kBusiness);
    if (name == QLatin1String("weekend-day"))
        return hourly(name, kWeekend);
    if (name == QLatin1String("product-launch")) {
        // [RoT] an announced launch at 10:00: three times the usual peak within a
        // quarter of an hour, easing to the evening, then a busier evening than usual.
        return overlay(consumerDiurnal(), name,
                       {{600, multipleAt(consumerDiurnal(), 600)}, {615, 3.0}, {660, 2.5}, {840, 1.5},
                        {1080, 1.6}, {1200, 2.0}, {1380, 1.2}});
    }
    if (name == QLatin1String("flash-crowd"))
        return flashCrowd(5, 15);
    static const QRegularExpression flash(QStringLiteral("^flash-crowd-x([0-9]+(?:\\.[0-9]+)?)-([0-9]+(?:\\.[0-9]+)?)m$"));
    if (const QRegularExpressionMatch m = flash.match(name); m.hasMatch()) {
        const double factor = m.captured(1).toDouble(), minutes = m.captured(2).toDouble();
        if (factor > kMaxProfileMultiple || minutes > kMinutesPerDay - 4)
            return std::nullopt;
        return flashCrowd(factor, minutes);
    }
    if (name == QLatin1String("tv-spot")) {
        // [RoT] a prime-time advert at 20:15: four times the peak within a minute,
        // halving every three minutes back to the evening's traffic.
        const double at = 1215, base = multipleAt(consumerDiurnal(), at);
        std::vector<ProfilePoint> shape{{at, base}};
        for (int k = 0; k <= 6; ++k)
            shape.push_back({at + 1 + 3 * k, base + (4.0 - base) * std::pow(0.5, k)});
        shape.push_back({at + 25, multipleAt(consumerDiurnal(), at + 25)});
        return overlay(consumerDiurnal(), name, shape);
    }
    return std::nullopt;
}

std::optional<ProfileProblem> profileProblem(const TrafficProfile &p)
{
    if (p.points.empty())
        return ProfileProblem{QStringLiteral("points"), QStringLiteral("needs at least one point")};
    if (qsizetype(p.points.size()) > kMaxProfilePoints)
        return ProfileProblem{QStringLiteral("points"),
                              QStringLiteral("%1 points, more than the %2 a profile may hold").arg(p.points.size()).arg(kMaxProfilePoints)};
    for (size_t i = 0; i < p.points.size(); ++i) {
        const ProfilePoint &q = p.points[i];
        const QString at = QStringLiteral("points[%1]").arg(i);
        if (!std::isfinite(q.minute) || q.minute < 0 || q.minute > kMinutesPerDay)
            return ProfileProblem{at + ".minute", QStringLiteral("%1 is outside the day, 0 to 1440").arg(q.minute)};
        if (!std::isfinite(q.multiple) || q.multiple < 0 || q.multiple > kMaxProfileMultiple)
            return ProfileProblem{at + ".multiple", QStringLiteral("%1: expected a number from 0 to %2").arg(q.multiple).arg(kMaxProfileMultiple)};
        if (i > 0 && !(q.minute > p.points[i - 1].minute))
            return ProfileProblem{at + ".minute", QStringLiteral("%1 does not come after the point before (%2): minutes must increase")
                                                      .arg(q.minute).arg(p.points[i - 1].minute)};
    }
    return std::nullopt;
}

std::optional<TrafficProfile> profileFromJson(const QJsonValue &v, ProfileProblem *problem)
{
    auto fail = [&](const QString &path, const QString &message) {
        if (problem)
            *problem = {path, message};
        return std::nullopt;
    };
    TrafficProfile p;
    QJsonArray points;
    QString prefix;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonValue name = o.value(QLatin1String("name"));
        if (!name.isUndefined() && !name.isString())
            return fail(QStringLiteral("name"), QStringLiteral("expected a string"));
        p.name = name.toString().left(80);
        if (!o.value(QLatin1String("points")).isArray())
            return fail(QStringLiteral("points"), QStringLiteral("expected an array of [minute, multiple] pairs"));
        points = o.value(QLatin1String("points")).toArray();
    } else if (v.isArray()) {
        points = v.toArray();
    } else {
        return fail(QString(), QStringLiteral("expected an object with \"points\" or an array of [minute, multiple] pairs"));
    }
    if (points.size() > kMaxProfilePoints)
        return fail(QStringLiteral("points"), QStringLiteral("%1 points, more than the %2 a profile may hold").arg(points.size()).arg(kMaxProfilePoints));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonArray pair = points[i].toArray();
        const QString at = QStringLiteral("points[%1]").arg(i);
        if (!points[i].isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return fail(at, QStringLiteral("expected [minute, multiple], two numbers"));
        p.points.push_back({pair[0].toDouble(), pair[1].toDouble()});
    }
    if (const auto bad = profileProblem(p))
        return fail(bad->path, bad->message);
    return p;
}

QJsonValue profileToJson(const TrafficProfile &p)
{
    QJsonArray points;
    for (const ProfilePoint &q : p.points)
        points.append(QJsonArray{q.minute, q.multiple});
    return QJsonObject{{"name", p.name}, {"points", points}};
}

} // namespace scalescope
