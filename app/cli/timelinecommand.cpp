#include "timelinecommand.h"

#include "loaderror.h"
#include "regularfile.h"
#include "scenariofile.h"
#include "stagenetwork.h"
#include "stages.h"
#include "timeline.h"
#include "usercount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <stdexcept>

namespace scalescope {

const char *const kTimelineUsage =
    "  scalescope timeline FILE [--stage N|last] [--users N] [--profile NAME|FILE] [--step S] [--format json|csv]\n"
    "                    a day of traffic (the file's profile unless --profile names one): instances, utilisation, latency, errors and cost per step\n";

namespace {

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

QJsonObject summaryJson(const Timeline &t)
{
    const TimelineSummary &s = t.summary;
    return {{"requests", s.requests},
            {"failedRequests", s.failedRequests},
            {"timedOutRequests", s.timedOut},
            {"throttledRequests", s.throttled},
            {"minutesOverSlo", s.minutesOverSlo},
            {"peakInstances", s.peakInstances},
            {"peakMultiple", s.peakMultiple},
            {"autoScaledMonthlyCostUsd", s.autoScaledMonthlyCost},
            {"fixedPeakMonthlyCostUsd", s.fixedPeakMonthlyCost}};
}

QJsonObject timelineJson(const Timeline &t, int stage, const QString &title)
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
                                 {"monthlyCostUsd", s.monthlyCost},
                                 {"overSlo", s.overSlo}});
    return {{"stage", stage},       {"title", title},           {"users", t.users},
            {"stepSeconds", t.stepSeconds}, {"profile", profileToJson(t.profile)}, {"summary", summaryJson(t)},
            {"fleets", fleets},     {"steps", steps}};
}

QString timelineCsv(const Timeline &t)
{
    QString s;
    QTextStream out(&s);
    // The summary first, as comment lines a spreadsheet skips.
    const QJsonObject summary = summaryJson(t);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        out << "# " << it.key() << ',' << it.value().toDouble() << '\n';
    out << "minute,multiple,request_rate,in_service,launching,utilization,backlog,read_p50_ms,read_p99_ms,write_p99_ms,"
           "error_rate,timed_out,throttled,monthly_cost_usd,over_slo\n";
    for (const TimelineStep &x : t.steps)
        out << x.minute << ',' << x.multiple << ',' << x.requestRate << ',' << x.inService << ',' << x.launching << ','
            << x.utilization << ',' << x.backlog << ',' << x.p50Ms[ClassRead] << ',' << x.p99Ms[ClassRead] << ','
            << x.p99Ms[ClassWrite] << ',' << x.errorRate << ',' << x.timedOut << ',' << x.throttled << ','
            << x.monthlyCost << ',' << (x.overSlo ? 1 : 0) << '\n';
    return s;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file;
    std::map<QString, QString> values;
    static const QStringList options{"stage", "users", "profile", "step", "format"};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
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
    if (values.count("step")) {
        bool ok = false;
        o.stepSeconds = values["step"].toDouble(&ok);
        if (!ok || !(o.stepSeconds >= kMinTimelineStepSeconds && o.stepSeconds <= kMaxTimelineStepSeconds))
            throw Usage(QStringLiteral("--step %1: expected seconds from 1 to 3600 (60: a minute)").arg(values["step"]).toStdString());
    }
    // Checked before the scenario is read, so a bad argument is named first.
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
        o.profile = scenario->profile; // the file's day
    if (values.count("users")) {
        const auto u = parseUserCountInRange(values["users"]);
        if (!u)
            throw Usage(QStringLiteral("--users %1: %2").arg(values["users"], userCountRule()).toStdString());
        o.users = *u;
    }
    const Network network = compileStage(*scenario, stage, {}, catalog);
    Timeline t;
    try {
        t = computeTimeline(network, o);
    } catch (const std::invalid_argument &e) {
        throw Usage(QStringLiteral("--step %1: %2").arg(o.stepSeconds).arg(QString::fromStdString(e.what())).toStdString());
    }
    const QString title = stage == 0 ? QStringLiteral("Base") : scenario->stages[size_t(stage - 1)].title;
    if (format == QLatin1String("csv"))
        out << timelineCsv(t);
    else
        out << QJsonDocument(timelineJson(t, stage, title)).toJson(QJsonDocument::Indented);
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
