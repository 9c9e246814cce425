#pragma once
// The scenarios compiled into the app (scenarios/*.json as :/scenarios/...).

#include <QString>
#include <QStringList>

namespace scalescope {

// Resource paths of every built-in scenario, sorted by file name.
QStringList builtinScenarios();
// The one a first start opens: the default journey when it is built in,
// else the three-tier example; empty when neither is.
QString defaultScenario();
bool isBuiltinScenario(const QString &path);

} // namespace scalescope
