#include "architectureimport.h"

#include "autolayout.h"
#include "cloudformationreader.h"
#include "connectioninference.h"
#include "resourcemapping.h"
#include "terraformplanreader.h"
#include "validation.h"
#include "workload.h"

#include <QFile>
#include <QFileInfo>

namespace scalescope::import {

std::optional<ImportFormat> importFormatNamed(const QString &name)
{
    if (name == QLatin1String("cloudformation"))
        return ImportFormat::CloudFormation;
    if (name == QLatin1String("terraform-plan"))
        return ImportFormat::TerraformPlan;
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    return std::nullopt;
}

std::optional<ImportResult> importTemplate(const QByteArray &bytes, const QString &fileName, ImportFormat format,
                                           ImportError *error, const Catalog &catalog)
{
    if (format == ImportFormat::Auto)
        format = looksLikeTerraformPlan(bytes) ? ImportFormat::TerraformPlan : ImportFormat::CloudFormation;
    const std::optional<SourceTemplate> source = format == ImportFormat::TerraformPlan
        ? readTerraformPlan(bytes, fileName, error)
        : readCloudFormation(bytes, fileName, error);
    if (!source)
        return std::nullopt;

    ImportResult result;
    ImportReport &report = result.report;
    report.source = QFileInfo(fileName).fileName();
    report.format = format == ImportFormat::TerraformPlan ? QStringLiteral("Terraform plan") : QStringLiteral("CloudFormation");
    MappedTemplate mapped = mapResources(*source, catalog, report);
    if (mapped.architecture.components.empty()) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("none of the %1 resources maps to a component (%2 not mapped)")
                                                 .arg(source->resources.size()).arg(report.notMapped.size())};
        return std::nullopt;
    }
    inferConnections(*source, mapped, catalog, report);

    Architecture &a = mapped.architecture;
    a.workload = defaultWorkload();
    applyLayout(a, layoutArchitecture(a));
    if (const std::optional<Problem> problem = validateArchitecture(a, catalog)) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("the imported architecture does not hold together: %1: %2")
                                                 .arg(problem->path, problem->message)};
        return std::nullopt;
    }
    Scenario &s = result.scenario;
    s.title = QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());
    s.description = source->description.isEmpty()
        ? QStringLiteral("Imported from %1 (%2).").arg(QFileInfo(fileName).fileName(), report.format)
        : source->description;
    s.base = std::move(a);
    return result;
}

std::optional<ImportResult> importTemplateFile(const QString &path, ImportFormat format, ImportError *error,
                                               const Catalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportError{path, 0, 0, file.errorString()};
        return std::nullopt;
    }
    if (file.size() > kMaxTemplateBytes) {
        *error = ImportError{path, 0, 0, QStringLiteral("larger than %1 MiB").arg(kMaxTemplateBytes >> 20)};
        return std::nullopt;
    }
    return importTemplate(file.readAll(), path, format, error, catalog);
}

} // namespace scalescope::import
