#include "timelinecommand.h"

#include "loaderror.h"
#include "regularfile.h"
#include "scenariofile.h"
#include "stagenetwork.h"
#include "stages.h"
#include "timeline.h"
#include "timelinescaling.h"
#include "usercount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <stdexcept>

namespace scalescope {

const char *const kTimelineUsage =
    "  scalescope timeline FILE [--stage N|last] [--users N] [--profile NAME|FILE] [--step S] [--format json|csv]\n"
    "                      [--predictive on|off] [--schedule SPEC|none] [--cold-start-ms MS] [--metric cpu|requests] ...\n"
    "  scalescope timeline --help   every option\n";

namespace {

const char *const kTimelineHelp =
    "Usage: scalescope timeline FILE [options]\n"
    "\n"
    "A day of traffic against one stage, step by step: the request rate, the auto scaled instances in\n"
    "service and launching, the busiest utilisation, the backlog, read and write p99, Lambda cold starts,\n"
    "errors (timed out, throttled) and the month's cost at that moment. The summary adds up the day and\n"
    "compares the monthly cost of auto scaling with fleets fixed for the day's peak.\n"
    "\n"
    "  --stage N|last            the stage to run, 0 being the base (default: last)\n"
    "  --users N                 registered users: 2500, 10k, 2.5M (default: the stage's workload)\n"
    "  --profile NAME|FILE       the day's traffic: a preset (consumer-diurnal, business-hours, weekend-day,\n"
    "                            product-launch, flash-crowd, flash-crowd-xN-Mm, tv-spot) or a JSON file\n"
    "                            {\"name\": ..., \"points\": [[minute, multiple], ...]}\n"
    "                            (default: the stage's profile, else the scenario's)\n"
    "  --step S                  seconds per step, 1 to 3600 (default 60)\n"
    "  --format json|csv         (default json); both name the scaling options in force\n"
    "\n";

struct Usage : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct BadInput : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A preset's name, or a profile file: {"name": ..., "points": [[minute, multiple], ...]}.
TrafficProfile profileNamed(const QString &value)
{
    if (const auto preset = profilePreset(value))
        return *preset;
    if (const auto problem = regularFileProblem(value))
        throw Usage(QStringLiteral("--profile %1: not a preset (%2, flash-crowd-xN-Mm) and not a profile file: %3")
                        .arg(value, profilePresetNames().join(", "), *problem).toStdString());
    QString problem;
    const std::optional<QByteArray> bytes = readRegularFile(value, kMaxProfileFileBytes, &problem);
    if (!bytes)
        throw BadInput(QStringLiteral("%1: %2").arg(value, problem).toStdString());
    if (bytes->size() > kMaxProfileFileBytes)
        throw BadInput(QStringLiteral("%1: larger than the %2 bytes a profile file may have").arg(value).arg(kMaxProfileFileBytes).toStdString());
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const QByteArray before = bytes->left(parse.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
        throw BadInput(QStringLiteral("%1:%2:%3: %4").arg(value).arg(line).arg(column).arg(parse.errorString()).toStdString());
    }
    ProfileProblem bad;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    std::optional<TrafficProfile> p = profileFromJson(root, &bad);
    if (!p)
        throw BadInput(QStringLiteral("%1: %2: %3").arg(value, bad.path.isEmpty() ? QStringLiteral("(top)") : bad.path, bad.message).toStdString());
    if (p->name.isEmpty())
        p->name = value;
    return *p;
}

// New Lambda execution environments in the day, each a cold start.
double coldStartsOf(const Timeline &t)
{
    double n = 0;
    for (const TimelineStep &s : t.steps)
        n += s.coldStarts;
    return n;
}

QJsonObject summaryJson(const Timeline &t)
{
    const TimelineSummary &s = t.summary;
    return {{"requests", s.requests},
            {"failedRequests", s.failedRequests},
            {"timedOutRequests", s.timedOut},
            {"throttledRequests", s.throttled},
            {"coldStarts", coldStartsOf(t)},
            {"minutesOverSlo", s.minutesOverSlo},
            {"peakInstances", s.peakInstances},
            {"peakMultiple", s.peakMultiple},
            {"autoScaledMonthlyCostUsd", s.autoScaledMonthlyCost},
            {"fixedPeakMonthlyCostUsd", s.fixedPeakMonthlyCost}};
}

QJsonArray forecastJson(const std::vector<double> &perHour)
{
    QJsonArray a;
    for (double v : perHour)
        a.append(v);
    return a;
}

QJsonObject timelineJson(const Timeline &t, const QJsonObject &scaling, int stage, const QString &title)
{
    QJsonArray fleets;
    for (const TimelineFleet &f : t.fleets)
        fleets.append(QJsonObject{{"id", f.id},
                                  {"label", f.label},
                                  {"minInstances", f.policy.minInstances},
                                  {"maxInstances", f.policy.maxInstances},
                                  {"targetUtilization", f.policy.target},
                                  {"launchSeconds", f.policy.launchSeconds},
                                  {"warmupSeconds", f.policy.warmupSeconds},
                                  {"scaleInCooldownSeconds", f.policy.scaleInCooldownSeconds},
                                  {"metricPeriodSeconds", f.policy.metricSeconds},
                                  {"predictive", !f.policy.forecastPerHour.empty()},
                                  {"predictiveBufferSeconds", f.policy.predictiveBufferSeconds},
                                  {"forecastPerHour", forecastJson(f.policy.forecastPerHour)},
                                  {"schedule", scheduleText(f.policy.scheduled)},
                                  {"peakInstances", f.peakInstances},
                                  {"fixedPeakInstances", f.fixedPeakInstances}});
    QJsonArray steps;
    for (const TimelineStep &s : t.steps)
        steps.append(QJsonObject{{"minute", s.minute},
                                 {"multiple", s.multiple},
                                 {"requestRate", s.requestRate},
                                 {"inService", s.inService},
                                 {"launching", s.launching},
                                 {"utilization", s.utilization},
                                 {"backlog", s.backlog},
                                 {"readP50Ms", s.p50Ms[ClassRead]},
                                 {"readP99Ms", s.p99Ms[ClassRead]},
                                 {"writeP99Ms", s.p99Ms[ClassWrite]},
                                 {"staticP99Ms", s.p99Ms[ClassStatic]},
                                 {"errorRate", s.errorRate},
                                 {"timedOutRequests", s.timedOut},
                                 {"throttledRequests", s.throttled},
                                 {"coldStarts", s.coldStarts},
                                 {"monthlyCostUsd", s.monthlyCost},
                                 {"overSlo", s.overSlo}});
    return {{"stage", stage},       {"title", title},           {"users", t.users},
            {"stepSeconds", t.stepSeconds}, {"profile", profileToJson(t.profile)}, {"scaling", scaling},
            {"summary", summaryJson(t)},
            {"fleets", fleets},     {"steps", steps}};
}

QString timelineCsv(const Timeline &t, const QJsonObject &scaling)
{
    QString s;
    QTextStream out(&s);
    // The options in force and the summary first, as comment lines a spreadsheet skips.
    for (auto it = scaling.begin(); it != scaling.end(); ++it)
        out << "# " << it.key() << ',' << (it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()))
            << '\n';
    const QJsonObject summary = summaryJson(t);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        out << "# " << it.key() << ',' << it.value().toDouble() << '\n';
    out << "minute,multiple,request_rate,in_service,launching,utilization,backlog,read_p50_ms,read_p99_ms,write_p99_ms,"
           "error_rate,timed_out,throttled,cold_starts,monthly_cost_usd,over_slo\n";
    for (const TimelineStep &x : t.steps)
        out << x.minute << ',' << x.multiple << ',' << x.requestRate << ',' << x.inService << ',' << x.launching << ','
            << x.utilization << ',' << x.backlog << ',' << x.p50Ms[ClassRead] << ',' << x.p99Ms[ClassRead] << ','
            << x.p99Ms[ClassWrite] << ',' << x.errorRate << ',' << x.timedOut << ',' << x.throttled << ','
            << x.coldStarts << ',' << x.monthlyCost << ',' << (x.overSlo ? 1 : 0) << '\n';
    return s;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file;
    std::map<QString, QString> values;
    static const QStringList options = QStringList{"stage", "users", "profile", "step", "format"} + kTimelineScalingFlags;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << kTimelineHelp << kTimelineScalingHelp;
            return 0;
        }
        if (a.startsWith(QLatin1String("--"))) {
            if (!options.contains(a.mid(2)))
                throw Usage(QStringLiteral("unknown option %1 for 'timeline'").arg(a).toStdString());
            if (i + 1 >= args.size())
                throw Usage(QStringLiteral("%1 needs a value").arg(a).toStdString());
            values[a.mid(2)] = args[++i];
        } else if (file.isEmpty()) {
            file = a;
        } else {
            throw Usage(QStringLiteral("unexpected argument '%1'").arg(a).toStdString());
        }
    }
    if (file.isEmpty())
        throw Usage("'timeline' needs a scenario file");
    const QString format = values.count("format") ? values["format"] : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        throw Usage(QStringLiteral("--format %1: expected json|csv").arg(format).toStdString());
    TimelineOptions o;
    ComponentOverrides overrides;
    if (values.count("step")) {
        bool ok = false;
        o.stepSeconds = values["step"].toDouble(&ok);
        if (!ok || !(o.stepSeconds >= kMinTimelineStepSeconds && o.stepSeconds <= kMaxTimelineStepSeconds))
            throw Usage(QStringLiteral("--step %1: expected seconds from 1 to 3600 (60: a minute)").arg(values["step"]).toStdString());
    }
    // Checked before the scenario is read, so a bad argument is named first.
    try {
        readScalingFlags(values, o, overrides);
    } catch (const TimelineFlagError &e) {
        throw Usage(e.what());
    }
    if (values.count("profile"))
        o.profile = profileNamed(values["profile"]);

    const Catalog &catalog = Catalog::builtin();
    LoadError error;
    const std::optional<Scenario> scenario = loadScenario(file, &error, catalog);
    if (!scenario) {
        err << error.toString() << '\n';
        return 1;
    }
    int stage = int(scenario->stages.size());
    if (values.count("stage") && values["stage"] != QLatin1String("last")) {
        bool ok = false;
        stage = values["stage"].toInt(&ok);
        if (!ok || stage < 0 || stage > int(scenario->stages.size()))
            throw Usage(QStringLiteral("--stage %1: the scenario has stages 0 to %2 (or 'last')")
                            .arg(values["stage"]).arg(scenario->stages.size()).toStdString());
    }
    const Architecture architecture = architectureAt(*scenario, stage);
    o.users = architecture.workload.users;
    if (!values.count("profile"))
        o.profile = profileAt(*scenario, stage); // the stage's day, else the file's
    if (values.count("users")) {
        const auto u = parseUserCountInRange(values["users"]);
        if (!u)
            throw Usage(QStringLiteral("--users %1: %2").arg(values["users"], userCountRule()).toStdString());
        o.users = *u;
    }
    Network network = compileStage(*scenario, stage, {}, catalog);
    applyOverrides(overrides, network);
    Timeline t;
    try {
        t = computeTimeline(network, o);
    } catch (const std::invalid_argument &e) {
        throw Usage(QStringLiteral("--step %1: %2").arg(o.stepSeconds).arg(QString::fromStdString(e.what())).toStdString());
    }
    const QString title = stage == 0 ? QStringLiteral("Base") : scenario->stages[size_t(stage - 1)].title;
    if (format == QLatin1String("csv"))
        out << timelineCsv(t, scalingOptionsJson(o, overrides));
    else
        out << QJsonDocument(timelineJson(t, scalingOptionsJson(o, overrides), stage, title)).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int runTimelineCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        return run(args, out, err);
    } catch (const Usage &e) {
        err << "scalescope: " << e.what() << "\n\nUsage:\n" << kTimelineUsage;
        return 2;
    } catch (const std::exception &e) {
        err << "scalescope: " << e.what() << '\n';
        return 1;
    }
}

} // namespace scalescope
