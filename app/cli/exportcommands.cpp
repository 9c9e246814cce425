#include "exportcommands.h"

#include "export/drawioexport.h"
#include "export/journeyexport.h"
#include "export/stageexport.h"
#include "scenariofile.h"
#include "stages.h"
#include "usercount.h"

#include <QDir>
#include <QSet>

#include <map>
#include <stdexcept>

namespace scalescope {

const char *const kExportUsage =
    "  scalescope export FILE [--stage N|last] [--users U] --out DIAGRAM.svg|png|pdf\n"
    "  scalescope export FILE [--users U] --out DIAGRAM.drawio   (every stage, one page each)\n"
    "                    [--scale S | --dpi D] [--transparent] [--no-overlay]\n"
    "  scalescope export-chart FILE --chart utilisation|latency|cost --out CHART.svg|png|pdf\n"
    "                    [--stage N|last] [--users U] [--scale S | --dpi D] [--transparent]\n"
    "  scalescope export-deck FILE --out DECK.pdf [--users U]\n"
    "  scalescope export-deck FILE --out-dir FOLDER --format png|svg [--users U] [--scale S | --dpi D]\n"
    "                    [--transparent] [--no-overlay]\n";

namespace {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void usage(const QString &message)
{
    throw UsageError(message.toStdString());
}

struct Arguments {
    QString command;
    QString file;
    std::map<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString &key) const { return values.count(key) != 0; }
    QString value(const QString &key) const { return has(key) ? values.at(key) : QString(); }
};

Arguments parse(const QStringList &args, const QStringList &options, const QStringList &flags)
{
    Arguments a;
    a.command = args.value(0);
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!a.file.isEmpty())
                usage(QStringLiteral("unexpected argument '%1'").arg(arg));
            a.file = arg;
            continue;
        }
        const QString key = arg.mid(2);
        if (flags.contains(key)) {
            a.flags.insert(key);
        } else if (options.contains(key)) {
            if (i + 1 >= args.size())
                usage(QStringLiteral("%1 needs a value").arg(arg));
            a.values[key] = args[++i];
        } else {
            usage(QStringLiteral("unknown option %1 for '%2'").arg(arg, a.command));
        }
    }
    if (a.file.isEmpty())
        usage(QStringLiteral("'%1' needs a scenario file").arg(a.command));
    return a;
}

int stageOf(const Arguments &a, const Scenario &s)
{
    const QString v = a.has(QStringLiteral("stage")) ? a.value(QStringLiteral("stage")) : QStringLiteral("last");
    if (v == QLatin1String("last"))
        return int(s.stages.size());
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > int(s.stages.size()))
        usage(QStringLiteral("--stage %1: the scenario has stages 0 to %2 (or 'last')").arg(v).arg(s.stages.size()));
    return n;
}

std::optional<double> usersOf(const Arguments &a)
{
    if (!a.has(QStringLiteral("users")))
        return std::nullopt;
    const auto v = parseUserCountInRange(a.value(QStringLiteral("users")));
    if (!v)
        usage(QStringLiteral("--users %1: %2").arg(a.value(QStringLiteral("users")), userCountRule()));
    return *v;
}

PictureOptions pictureOf(const Arguments &a)
{
    PictureOptions p;
    if (a.has(QStringLiteral("scale")) && a.has(QStringLiteral("dpi")))
        usage(QStringLiteral("give --scale or --dpi, not both"));
    bool ok = true;
    if (a.has(QStringLiteral("scale")))
        p.scale = a.value(QStringLiteral("scale")).toDouble(&ok);
    else if (a.has(QStringLiteral("dpi")))
        p.scale = PictureOptions::scaleForDpi(a.value(QStringLiteral("dpi")).toDouble(&ok));
    if (!ok || !(p.scale >= PictureOptions::kMinScale && p.scale <= PictureOptions::kMaxScale))
        usage(QStringLiteral("--scale: expected %1 to %2 (--dpi: %3 to %4)")
                  .arg(PictureOptions::kMinScale).arg(PictureOptions::kMaxScale)
                  .arg(PictureOptions::kMinScale * PictureOptions::kScreenDpi)
                  .arg(PictureOptions::kMaxScale * PictureOptions::kScreenDpi));
    p.transparent = a.flags.contains(QStringLiteral("transparent"));
    return p;
}

OverlayOptions overlayOf(const Arguments &a)
{
    const bool shown = !a.flags.contains(QStringLiteral("no-overlay"));
    return OverlayOptions{shown, shown};
}

// The output file and its format, from --out's suffix.
std::pair<QString, ExportFormat> outputOf(const Arguments &a, const QStringList &allowed)
{
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(QStringLiteral("'%1' needs --out FILE").arg(a.command));
    const std::optional<ExportFormat> format = exportFormatOfPath(out);
    if (!format || !allowed.contains(exportFormatSuffix(*format)))
        usage(QStringLiteral("--out %1: unknown format; the file name must end in .%2").arg(out, allowed.join(QStringLiteral(", ."))));
    return {out, *format};
}

Scenario load(const QString &file)
{
    LoadError error;
    std::optional<Scenario> s = loadScenario(file, &error);
    if (!s)
        throw std::runtime_error(error.toString().toStdString());
    return *s;
}

int finish(bool ok, const QStringList &written, const QString &error, QTextStream &out, QTextStream &err)
{
    if (!ok) {
        err << "scalescope: " << error << '\n';
        return 1;
    }
    for (const QString &path : written)
        out << QDir::toNativeSeparators(path) << '\n';
    return 0;
}

int exportDiagramCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parse(args, {"stage", "users", "out", "scale", "dpi"}, {"no-overlay", "transparent"});
    if (a.value(QStringLiteral("out")).endsWith(QLatin1String(".drawio"), Qt::CaseInsensitive)) {
        // A draw.io file holds every stage, one page each.
        const std::optional<double> users = usersOf(a);
        const Scenario scenario = load(a.file);
        QString error;
        const bool ok = exportDrawio(scenario, users, Catalog::builtin(), a.value(QStringLiteral("out")), &error);
        return finish(ok, {a.value(QStringLiteral("out"))}, error, out, err);
    }
    const auto [path, format] = outputOf(a, {"svg", "png", "pdf"});
    const PictureOptions picture = pictureOf(a);
    const std::optional<double> users = usersOf(a);
    const Scenario scenario = load(a.file);
    const int stage = stageOf(a, scenario);
    QString error;
    const bool ok = exportDiagram(scenario, stage, users.value_or(architectureAt(scenario, stage).workload.users), path,
                                  format, picture, overlayOf(a), &error);
    return finish(ok, {path}, error, out, err);
}

int exportChartCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parse(args, {"chart", "stage", "users", "out", "scale", "dpi"}, {"transparent"});
    const std::optional<ChartKind> chart = chartKindNamed(a.value(QStringLiteral("chart")));
    if (!chart)
        usage(a.has(QStringLiteral("chart"))
                  ? QStringLiteral("--chart %1: expected utilisation, latency or cost").arg(a.value(QStringLiteral("chart")))
                  : QStringLiteral("'export-chart' needs --chart utilisation|latency|cost"));
    const auto [path, format] = outputOf(a, {"svg", "png", "pdf"});
    const PictureOptions picture = pictureOf(a);
    const std::optional<double> users = usersOf(a);
    const Scenario scenario = load(a.file);
    const int stage = stageOf(a, scenario);
    QString error;
    const bool ok = exportChart(scenario, stage, users.value_or(architectureAt(scenario, stage).workload.users), *chart,
                                path, format, picture, &error);
    return finish(ok, {path}, error, out, err);
}

int exportDeckCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Arguments a = parse(args, {"out", "out-dir", "format", "users", "scale", "dpi"}, {"no-overlay", "transparent"});
    const bool deck = a.has(QStringLiteral("out"));
    if (deck == a.has(QStringLiteral("out-dir")))
        usage(QStringLiteral("'export-deck' needs either --out DECK.pdf or --out-dir FOLDER --format png|svg"));
    JourneyOptions options;
    options.users = usersOf(a);
    if (deck) {
        for (const char *key : {"format", "scale", "dpi"})
            if (a.has(QString::fromLatin1(key)))
                usage(QStringLiteral("--%1 is for --out-dir; a deck is a PDF").arg(QString::fromLatin1(key)));
        for (const char *flag : {"no-overlay", "transparent"})
            if (a.flags.contains(QString::fromLatin1(flag)))
                usage(QStringLiteral("--%1 is for --out-dir; a deck is a PDF").arg(QString::fromLatin1(flag)));
        const QString path = outputOf(a, {"pdf"}).first;
        const Scenario scenario = load(a.file);
        QString error;
        const bool ok = writeJourneyDeck(scenario, path, options, &error);
        return finish(ok, {path}, error, out, err);
    }
    const QString name = a.value(QStringLiteral("format"));
    const std::optional<ExportFormat> format = exportFormatNamed(name);
    if (!format || *format == ExportFormat::Pdf)
        usage(name.isEmpty() ? QStringLiteral("--out-dir needs --format png|svg")
                             : QStringLiteral("--format %1: expected png or svg (a PDF deck is --out DECK.pdf)").arg(name));
    options.picture = pictureOf(a);
    options.overlay = overlayOf(a);
    const Scenario scenario = load(a.file);
    QString error;
    QStringList written;
    const bool ok = writeJourneyFrames(scenario, a.value(QStringLiteral("out-dir")), *format, options, &error, &written);
    return finish(ok, written, error, out, err);
}

} // namespace

bool isExportCommand(const QStringList &args)
{
    static const QStringList commands{"export", "export-chart", "export-deck"};
    return !args.isEmpty() && commands.contains(args.front());
}

int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        const QString command = args.value(0);
        if (command == QLatin1String("export"))
            return exportDiagramCommand(args, out, err);
        if (command == QLatin1String("export-chart"))
            return exportChartCommand(args, out, err);
        if (command == QLatin1String("export-deck"))
            return exportDeckCommand(args, out, err);
        usage(QStringLiteral("unknown command '%1'").arg(command));
    } catch (const UsageError &e) {
        err << "scalescope: " << e.what() << "\n\nUsage:\n" << kExportUsage;
        return 2;
    } catch (const std::exception &e) {
        err << "scalescope: " << e.what() << '\n';
        return 1;
    }
}

} // namespace scalescope
