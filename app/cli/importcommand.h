#pragma once
// scalescope import: a CloudFormation / SAM template or a Terraform plan to
// a scenario file, with a report of what was mapped, inferred and left out.

#include <QStringList>
#include <QTextStream>

namespace scalescope {

extern const char *const kImportUsage;

// Exit code 0 on success, 1 when the template cannot be imported or the
// output cannot be written, 2 for bad usage.
int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace scalescope
