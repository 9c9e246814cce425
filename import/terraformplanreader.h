#pragma once
// Reads a Terraform plan as `terraform show -json PLAN` writes it: resources
// and their planned values from planned_values (modules included), the
// references between them from configuration (the expressions' references,
// made absolute for resources inside modules), the region from the AWS
// provider's configuration. No HCL is parsed.

#include "sourcetemplate.h"

#include <QByteArray>

#include <optional>

namespace scalescope::import {

// True when the bytes are a JSON plan (format_version and planned_values).
bool looksLikeTerraformPlan(const QByteArray &bytes);

std::optional<SourceTemplate> readTerraformPlan(const QByteArray &bytes, const QString &fileName, ImportError *error);

} // namespace scalescope::import
