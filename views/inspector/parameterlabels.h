#pragma once
// Readable names for parameters and workload fields: the catalog's label
// when it has one, else the camelCase name spelled out ("requestServiceTimeMs"
// with unit "ms" reads "Request service time").

#include <QString>

namespace scalescope {

struct ParamSpec;

QString humanizeName(const QString &name, const QString &unit);
QString parameterLabel(const ParamSpec &spec);
// The tooltip: what the value means, its default and where that comes from.
QString parameterToolTip(const QString &label, const QString &unit, const QString &defaultText, const QString &source);

} // namespace scalescope
