#pragma once
// Loads one of the scenarios shipped in scenarios/, failing the test run
// loudly if it does not load.
#include "scenariofile.h"

#include <QDir>
#include <QtGlobal>

namespace {

scalescope::Scenario loadShipped(const QString &name)
{
    scalescope::LoadError error;
    auto s = scalescope::loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS) + '/' + name, &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

// The file names of every shipped scenario, in name order.
inline QStringList shippedScenarioNames()
{
    return QDir(QStringLiteral(SCALESCOPE_SCENARIOS)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

} // namespace
