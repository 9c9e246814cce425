#include "importcommand.h"

#include "architectureimport.h"
#include "scenariofile.h"
#include "stagediff.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <map>

namespace scalescope {

const char *const kImportUsage =
    "  scalescope import TEMPLATE [--format cloudformation|terraform-plan] --out SCENARIO.json\n"
    "                    [--stage-of SCENARIO.json] [--report REPORT.md|REPORT.json]\n";

namespace {

int usage(const QString &message, QTextStream &err)
{
    err << "scalescope: " << message << "\n\nUsage:\n" << kImportUsage;
    return 2;
}

bool writeReport(const import::ImportReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? QJsonDocument(report.json()).toJson(QJsonDocument::Indented)
        : report.markdown().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString templatePath;
    std::map<QString, QString> values;
    static const QStringList options{"format", "out", "report", "stage-of"};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            if (!options.contains(a.mid(2)))
                return usage(QStringLiteral("unknown option %1 for 'import'").arg(a), err);
            if (i + 1 >= args.size())
                return usage(QStringLiteral("%1 needs a value").arg(a), err);
            values[a.mid(2)] = args[++i];
        } else if (templatePath.isEmpty()) {
            templatePath = a;
        } else {
            return usage(QStringLiteral("unexpected argument '%1'").arg(a), err);
        }
    }
    if (templatePath.isEmpty())
        return usage(QStringLiteral("'import' needs a template file"), err);
    if (!values.count("out"))
        return usage(QStringLiteral("'import' needs --out SCENARIO.json"), err);
    const QString formatName = values.count("format") ? values["format"] : QStringLiteral("auto");
    const std::optional<import::ImportFormat> format = import::importFormatNamed(formatName);
    if (!format)
        return usage(QStringLiteral("--format %1: expected cloudformation or terraform-plan").arg(formatName), err);

    import::ImportError error;
    std::optional<import::ImportResult> result = import::importTemplateFile(templatePath, *format, &error);
    if (!result) {
        err << error.toString() << '\n';
        return 1;
    }
    Scenario scenario = result->scenario;
    if (values.count("stage-of")) {
        LoadError loadError;
        std::optional<Scenario> open = loadScenario(values["stage-of"], &loadError);
        if (!open) {
            err << loadError.toString() << '\n';
            return 1;
        }
        open->stages.push_back(import::importStage(*open, result->scenario.base, result->scenario.title,
                                                   QStringLiteral("The architecture of %1.").arg(QFileInfo(templatePath).fileName())));
        // The whole scenario is checked again as a file would be.
        if (!parseScenario(serializeScenario(*open), values["stage-of"], &loadError)) {
            err << loadError.toString() << '\n';
            return 1;
        }
        scenario = *open;
    }
    QString why;
    if (!saveScenario(scenario, values["out"], &why)) {
        err << "scalescope: " << why << '\n';
        return 1;
    }
    if (values.count("report") && !writeReport(result->report, values["report"], &why)) {
        err << "scalescope: " << why << '\n';
        return 1;
    }
    out << result->report.markdown();
    out << "\nWrote " << values["out"] << '\n';
    return 0;
}

} // namespace scalescope
