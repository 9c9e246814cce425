#include "commandline.h"

#include "advisor.h"
#include "evaluation.h"
#include "evaluationjsonstream.h"
#include "importcommand.h"
#include "journey.h"
#include "network.h"
#include "report.h"
#include "scenariofile.h"
#include "simulationreport.h"
#include "simulator.h"
#include "sloceiling.h"
#include "timelinecommand.h"
#include "sizelimits.h"
#include "stages.h"
#include "sweep.h"
#include "usercount.h"
#include "validation.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

namespace scalescope {

namespace {

const char *const kUsage =
    "Usage:\n"
    "  scalescope [FILE] [--stage N|last] [--users N] [--workshop]\n"
    "                                        open the editor (on the default scenario)\n"
    "  scalescope validate FILE\n"
    "  scalescope evaluate FILE [--stage N|last] [--users N] [--format json|csv|md|cost-csv] [--fail ID[,ID...]]\n"
    "  scalescope sweep FILE [--stage N|last] --from A --to B --points K [--format csv|json]\n"
    "  scalescope journey FILE [--format md|csv|json]   per stage: ceiling, what breaks, latency, cost\n"
    "  scalescope advise FILE [--stage N|last] [--users N] [--format md|json]   the next step, previewed\n"
    "  scalescope simulate FILE [--stage N|last] [--users N] [--seconds S] [--warmup S] [--seed K] [--format md|json]\n"
    "                       [--service exponential|deterministic|lognormal] [--cv X] [--fail ID[,ID...]]\n"
    "                                        discrete-event simulation of the same network\n"
    "  scalescope export FILE [--stage N|last] [--users N] --out DIAGRAM.svg|png|pdf [--scale S] [--no-overlay]\n"
    "  scalescope export-chart FILE --chart utilisation|latency|cost --out CHART.svg|png|pdf [--stage N|last]\n"
    "  scalescope export-deck FILE --out DECK.pdf | --out-dir FOLDER --format png|svg\n"
    "  scalescope export FILE --out DIAGRAM.drawio [--users N]   every stage as a draw.io page\n"
    "  scalescope timeline FILE [--stage N|last] [--users N] [--profile NAME|FILE] [--step S] [--format json|csv]\n"
    "                       [--predictive on|off] [--schedule SPEC|none] [--cold-start-ms MS] [--metric cpu|requests] ...\n"
    "                                        a day of traffic: auto scaling's lag, errors, p99 and cost\n"
    "                                        (scalescope timeline --help: every option)\n"
    "  scalescope import TEMPLATE [--format cloudformation|terraform-plan] --out SCENARIO.json\n"
    "                    [--stage-of SCENARIO.json] [--report REPORT.md|REPORT.json]\n"
    "\n"
    "Stages count from 0 (the base architecture); the default is the last stage.\n"
    "--fail marks availability zones, regions or components (by id) as failed.\n"
    "User counts accept 2500, 10k, 2.5M. Rates are requests per second.\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    QString command;
    QString file;
    std::map<QString, QString> values;

    QString value(const QString &key, const QString &fallback = {}) const
    {
        const auto it = values.find(key);
        return it == values.end() ? fallback : it->second;
    }
    bool has(const QString &key) const { return values.count(key) != 0; }
};

Options parse(const QStringList &args, const QStringList &allowed)
{
    Options o;
    o.command = args.value(0);
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            const QString key = a.mid(2);
            if (!allowed.contains(key))
                throw UsageError(QStringLiteral("unknown option %1 for '%2'").arg(a, o.command).toStdString());
            if (i + 1 >= args.size())
                throw UsageError(QStringLiteral("%1 needs a value").arg(a).toStdString());
            o.values[key] = args[++i];
        } else if (o.file.isEmpty()) {
            o.file = a;
        } else {
            throw UsageError(QStringLiteral("unexpected argument '%1'").arg(a).toStdString());
        }
    }
    if (o.file.isEmpty())
        throw UsageError(QStringLiteral("'%1' needs a scenario file").arg(o.command).toStdString());
    return o;
}

int stageIndex(const Options &o, const Scenario &s)
{
    const QString v = o.value(QStringLiteral("stage"), QStringLiteral("last"));
    if (v == QLatin1String("last"))
        return int(s.stages.size());
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > int(s.stages.size()))
        throw UsageError(QStringLiteral("--stage %1: the scenario has stages 0 to %2 (or 'last')")
                             .arg(v).arg(s.stages.size()).toStdString());
    return n;
}

double users(const Options &o, const QString &key, double fallback)
{
    if (!o.has(key))
        return fallback;
    const auto v = parseUserCountInRange(o.value(key));
    if (!v)
        throw UsageError(QStringLiteral("--%1 %2: %3").arg(key, o.value(key), userCountRule()).toStdString());
    return *v;
}

QString format(const Options &o, const QStringList &formats)
{
    const QString f = o.value(QStringLiteral("format"), formats.front());
    if (!formats.contains(f))
        throw UsageError(QStringLiteral("--format %1: expected %2").arg(f, formats.join('|')).toStdString());
    return f;
}

StageInfo stageInfo(const Scenario &s, int stage)
{
    return StageInfo{stage, stage == 0 ? QStringLiteral("Base") : s.stages[size_t(stage - 1)].title};
}

int advise(const Options &o, const Architecture &architecture, const Catalog &catalog, QTextStream &out)
{
    const QString f = format(o, {"md", "json"});
    const double at = users(o, QStringLiteral("users"), architecture.workload.users);
    const std::vector<Proposal> proposals = propose(architecture, at, catalog);
    if (f == QLatin1String("json")) {
        QJsonArray list;
        for (const Proposal &p : proposals)
            list.append(QJsonObject{{"kind", stepKindName(p.kind)}, {"title", p.title}, {"sentence", p.sentence},
                                    {"ceilingBefore", p.ceilingBefore}, {"ceilingAfter", p.ceilingAfter},
                                    {"sloCeilingBefore", std::isfinite(p.sloCeilingBefore) ? QJsonValue(p.sloCeilingBefore) : QJsonValue()},
                                    {"sloCeilingAfter", std::isfinite(p.sloCeilingAfter) ? QJsonValue(p.sloCeilingAfter) : QJsonValue()},
                                    {"firstToBreakAfter", p.firstToBreakAfter}, {"limitAfter", limitKindName(p.limitAfter)},
                                    {"monthlyCostBeforeUsd", p.monthlyCostBefore}, {"monthlyCostAfterUsd", p.monthlyCostAfter}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (proposals.empty())
        out << "No step raises this architecture's ceiling.\n";
    for (const Proposal &p : proposals) {
        out << "- " << p.sentence << " Ceiling " << humanNumber(p.ceilingBefore) << " -> " << humanNumber(p.ceilingAfter)
            << " users";
        if (std::isfinite(p.sloCeilingAfter))
            out << " (within the p99 targets " << humanNumber(p.sloCeilingBefore) << " -> " << humanNumber(p.sloCeilingAfter) << ")";
        out << "; then " << p.firstToBreakAfter << " breaks first; $" << humanNumber(p.monthlyCostBefore) << " -> $"
            << humanNumber(p.monthlyCostAfter) << " a month at " << humanNumber(at) << " users.\n";
    }
    return 0;
}

double positiveNumber(const Options &o, const QString &key, double fallback, double most)
{
    if (!o.has(key))
        return fallback;
    bool ok = false;
    const double v = o.value(key).toDouble(&ok);
    if (!ok || !(v > 0) || v > most)
        throw UsageError(QStringLiteral("--%1 %2: expected a number above 0 and at most %3")
                             .arg(key, o.value(key)).arg(most).toStdString());
    return v;
}

// UTF-8 text, straight to the stream's device when it has one (a large
// report need not pass through UTF-16).
void writeText(QTextStream &out, QByteArrayView text)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(text.data(), text.size());
    } else {
        out << QString::fromUtf8(text);
    }
}

// What a process about to end keeps, unfreed, until it exits: reachable
// from a static, so leak checkers see it as kept, not lost.
template <typename T>
T &keptUntilExit(T &&value)
{
    static auto *const kept = new std::vector<std::shared_ptr<void>>;
    auto held = std::make_shared<T>(std::move(value));
    kept->push_back(held);
    return *held;
}

int simulateCommand(const Options &o, const Network &network, double at, const StageInfo &info, QTextStream &out)
{
    const QString f = format(o, {"md", "json"});
    SimulationOptions options;
    options.users = at;
    options.seconds = positiveNumber(o, QStringLiteral("seconds"), options.seconds, 1e7);
    options.warmupSeconds = positiveNumber(o, QStringLiteral("warmup"), options.seconds / 10, 1e7);
    if (o.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = o.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError(QStringLiteral("--seed %1: expected a whole number from 0 to 2^64 - 1").arg(o.value(QStringLiteral("seed"))).toStdString());
    }
    const QString service = o.value(QStringLiteral("service"), QStringLiteral("exponential"));
    if (service == QLatin1String("exponential"))
        options.distribution = ServiceDistribution::Exponential;
    else if (service == QLatin1String("deterministic"))
        options.distribution = ServiceDistribution::Deterministic;
    else if (service == QLatin1String("lognormal"))
        options.distribution = ServiceDistribution::Lognormal;
    else
        throw UsageError(QStringLiteral("--service %1: expected exponential|deterministic|lognormal").arg(service).toStdString());
    if (o.has(QStringLiteral("cv")) && options.distribution != ServiceDistribution::Lognormal)
        throw UsageError("--cv applies to --service lognormal only");
    options.coefficientOfVariation = positiveNumber(o, QStringLiteral("cv"), 1.0, 100);
    const SimulationResult result = simulate(network, options);
    const Evaluation analytic = evaluate(network, at);
    if (f == QLatin1String("json"))
        out << QJsonDocument(simulationJson(network, result, analytic, info)).toJson(QJsonDocument::Indented);
    else
        out << simulationMarkdown(network, result, analytic, info);
    return 0;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err, bool processEndsAfter)
{
    const QString command = args.value(0);
    Options o;
    if (command == QLatin1String("validate"))
        o = parse(args, {});
    else if (command == QLatin1String("evaluate"))
        o = parse(args, {"stage", "users", "format", "fail"});
    else if (command == QLatin1String("sweep"))
        o = parse(args, {"stage", "from", "to", "points", "format"});
    else if (command == QLatin1String("journey"))
        o = parse(args, {"format"});
    else if (command == QLatin1String("advise"))
        o = parse(args, {"stage", "users", "format"});
    else if (command == QLatin1String("simulate"))
        o = parse(args, {"stage", "users", "seconds", "warmup", "seed", "format", "service", "cv", "fail"});
    else if (command == QLatin1String("import"))
        return runImportCommand(args, out, err);
    else if (command == QLatin1String("timeline"))
        return runTimelineCommand(args, out, err);
    else if (QStringList{"export", "export-chart", "export-deck"}.contains(command))
        throw std::runtime_error("the export commands need a build with the GUI (SCALESCOPE_BUILD_GUI=ON)");
    else
        throw UsageError(QStringLiteral("unknown command '%1'").arg(command).toStdString());

    // Files are read, compiled and advised with the same catalog.
    const Catalog &catalog = Catalog::builtin();
    LoadError error;
    std::optional<Scenario> scenario = loadScenario(o.file, &error, catalog);
    if (!scenario) {
        err << error.toString() << '\n';
        return 1;
    }
    if (command == QLatin1String("validate")) {
        out << o.file << ": valid (" << scenario->base.components.size() << " components, "
            << scenario->stages.size() << " stages)\n";
        return 0;
    }
    if (command == QLatin1String("journey")) {
        const QString f = format(o, {"md", "csv", "json"});
        const std::vector<StageSummary> rows = summarizeStages(*scenario, catalog);
        if (f == QLatin1String("md"))
            out << journeyMarkdown(rows);
        else if (f == QLatin1String("csv"))
            out << journeyCsv(rows);
        else
            out << QJsonDocument(journeyJson(rows)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const int stage = stageIndex(o, *scenario);
    // At the base the document's own architecture, moved rather than copied
    // (only the stage titles are read from the document after this).
    Architecture architecture = stage <= 0 ? std::move(scenario->base) : architectureAt(*scenario, stage);
    if (command == QLatin1String("advise"))
        return advise(o, architecture, catalog, out);
    const QStringList failed = o.value(QStringLiteral("fail")).split(',', Qt::SkipEmptyParts);
    for (const QString &id : failed)
        if (!architecture.group(id) && !architecture.component(id))
            throw UsageError(QStringLiteral("--fail %1: no zone, region or component with that id at stage %2").arg(id).arg(stage).toStdString());
    const double defaultUsers = architecture.workload.users;
    // Past here only the network is read: the architecture is compiled from
    // as it goes (its connections and components freed once read, so a large
    // document's room is reused by the network), and the document is given
    // back before the evaluation takes its own.
    std::optional<Network> ownNetwork;
    const Network &network = processEndsAfter ? keptUntilExit(compileNetwork(std::move(architecture), failed, catalog))
                                              : ownNetwork.emplace(compileNetwork(std::move(architecture), failed, catalog));
    const StageInfo info = stageInfo(*scenario, stage);
    scenario.reset();
    architecture = Architecture();
    if (command == QLatin1String("simulate"))
        return simulateCommand(o, network, users(o, QStringLiteral("users"), defaultUsers), info, out);

    if (command == QLatin1String("evaluate")) {
        const QString f = format(o, {"json", "csv", "md", "cost-csv"});
        const double at = users(o, QStringLiteral("users"), defaultUsers);
        // The JSON and Markdown reports' SLO ceiling (up to 104 passes over
        // every queue) reads only the network, and the reports ask for it
        // after the components: the search runs on a second thread while
        // this one evaluates and writes them.
        std::future<double> sloCeiling;
        if (f == QLatin1String("json") || f == QLatin1String("md"))
            sloCeiling = std::async(std::launch::async, [&network] { return sloCeilingUsers(network); });
        std::optional<Evaluation> ownEvaluation;
        Evaluation &e = processEndsAfter ? keptUntilExit(Evaluation()) : ownEvaluation.emplace();
        evaluate(network, at, e);
        if (f == QLatin1String("json"))
            writeEvaluationJson(network, e, info, [&out](QByteArrayView text) { writeText(out, text); },
                                [&sloCeiling] { return sloCeiling.get(); });
        else if (f == QLatin1String("csv"))
            writeEvaluationCsv(network, e, [&out](QByteArrayView text) { writeText(out, text); });
        else if (f == QLatin1String("cost-csv"))
            writeCostsCsv(network, e, [&out](QByteArrayView text) { writeText(out, text); });
        else
            writeText(out, evaluationMarkdown(network, e, info, [&sloCeiling] { return sloCeiling.get(); }));
        return 0;
    }
    const QString f = format(o, {"csv", "json"});
    for (const char *key : {"from", "to", "points"})
        if (!o.has(key))
            throw UsageError(QStringLiteral("sweep needs --from, --to and --points").toStdString());
    const double from = users(o, QStringLiteral("from"), 1);
    const double to = users(o, QStringLiteral("to"), 1);
    bool ok = false;
    const int points = o.value(QStringLiteral("points")).toInt(&ok);
    if (!ok || points < 1 || points > kMaxSweepPoints)
        throw UsageError(QStringLiteral("--points: expected a whole number from 1 to %1").arg(kMaxSweepPoints).toStdString());
    if (to < from)
        throw UsageError(QStringLiteral("--to must not be below --from").toStdString());
    // Refused before any work: the sweep keeps every component's figure at every point.
    const qint64 values = qint64(network.components.size()) * points;
    if (values > kMaxSweepValues)
        throw UsageError(QStringLiteral("--points %1: %2 components x %1 points are %3 values, more than the %4 a sweep "
                                        "may hold; use at most %5 points for this architecture")
                             .arg(points).arg(network.components.size()).arg(values).arg(kMaxSweepValues)
                             .arg(std::max<qint64>(1, kMaxSweepValues / std::max<qint64>(1, qint64(network.components.size()))))
                             .toStdString());
    const Sweep s = sweep(network, from, to, points);
    if (f == QLatin1String("csv"))
        out << sweepCsv(network, s);
    else
        out << QJsonDocument(sweepJson(network, s, info)).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

bool isCommandLineCommand(const QStringList &args)
{
    static const QStringList commands{"validate", "evaluate", "sweep", "journey", "advise", "simulate", "export", "export-chart",
                                        "export-deck", "import", "timeline", "help", "--help", "-h"};
    return !args.isEmpty() && commands.contains(args.front());
}

int runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err, bool processEndsAfter)
{
    if (args.isEmpty() || args.front() == QLatin1String("help") || args.front() == QLatin1String("--help")
        || args.front() == QLatin1String("-h")) {
        out << kUsage;
        return 0;
    }
    try {
        return run(args, out, err, processEndsAfter);
    } catch (const UsageError &e) {
        err << "scalescope: " << e.what() << "\n\n" << kUsage;
        return 2;
    } catch (const std::exception &e) {
        err << "scalescope: " << e.what() << '\n';
        return 1;
    }
}

} // namespace scalescope
