#pragma once
// An import from end to end: read the template (CloudFormation or SAM, YAML
// or JSON, or a Terraform plan), map its resources, infer the connections,
// lay it out, check the result; a new scenario and the report of what was
// done, or an error that names the file, the place and the problem.

#include "catalog.h"
#include "document.h"
#include "importreport.h"
#include "sourcetemplate.h"

#include <optional>

namespace scalescope::import {

enum class ImportFormat { Auto, CloudFormation, TerraformPlan };

// "cloudformation", "terraform-plan" (or "auto"), else nothing.
std::optional<ImportFormat> importFormatNamed(const QString &name);

struct ImportResult {
    Scenario scenario; // the imported architecture as its base, no stages
    ImportReport report;
};

std::optional<ImportResult> importTemplate(const QByteArray &bytes, const QString &fileName, ImportFormat format,
                                           ImportError *error, const Catalog &catalog = Catalog::builtin());
std::optional<ImportResult> importTemplateFile(const QString &path, ImportFormat format, ImportError *error,
                                               const Catalog &catalog = Catalog::builtin());

} // namespace scalescope::import
