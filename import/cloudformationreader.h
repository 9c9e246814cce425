#pragma once
// Reads a CloudFormation or SAM template, YAML (with the short-form tags
// !Ref, !GetAtt, !Sub, ...) or JSON, into a SourceTemplate. Short tags become
// the long form ({"Ref": X}, {"Fn::GetAtt": [A, B]}), so the rest of the
// importer sees one shape. Refused with line and column: syntax errors,
// unknown tags, a file with no Resources, more than kMaxImportResources
// resources, and references that go round in a circle (CloudFormation
// refuses those too).

#include "sourcetemplate.h"

#include <QByteArray>

#include <optional>

namespace scalescope::import {

std::optional<SourceTemplate> readCloudFormation(const QByteArray &bytes, const QString &fileName, ImportError *error);

} // namespace scalescope::import
