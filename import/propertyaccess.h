#pragma once
// Reading a resource's properties the same way for both formats: a path of
// keys joined by '.', where a list on the way stands for its first element
// (Terraform writes nested blocks as lists of one), and numbers or flags
// that CloudFormation often writes as text ("2", "true").

#include "sourcetemplate.h"

#include <QJsonValue>

#include <optional>

namespace scalescope::import {

// The value at the first of several paths separated by '|' that has one.
QJsonValue valueAt(const QJsonObject &properties, const QString &paths);
// Text only: an intrinsic function ({"Ref": ...}) is no text.
QString textAt(const QJsonObject &properties, const QString &paths);
std::optional<double> numberAt(const QJsonObject &properties, const QString &paths);
std::optional<bool> flagAt(const QJsonObject &properties, const QString &paths);

// The resources this one names at a path or below it (several paths
// separated by '|'), in order, each once.
QStringList referencesAt(const SourceResource &resource, const QString &paths);

// The Name tag (CloudFormation's Tags list or Terraform's tags map).
QString nameTag(const QJsonObject &properties);

} // namespace scalescope::import
