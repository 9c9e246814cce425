#pragma once
// Shared by the view tests: the example scenario and byte-exact comparison.

#include "scenariofile.h"

#include <QTest>

namespace scalescope::test {

inline Scenario threeTier()
{
    LoadError error;
    auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), &error);
    if (!s)
        qFatal("cannot load three-tier.json: %s", qPrintable(error.toString()));
    return *s;
}

// What a save would write: equal bytes mean nothing the file holds differs,
// order of components and connections included.
inline QByteArray saved(const Scenario &s) { return serializeScenario(s); }

} // namespace scalescope::test
