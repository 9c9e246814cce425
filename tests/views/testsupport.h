#pragma once
// Shared by the view tests: the example scenario and byte-exact comparison.

#include "document/selection.h"
#include "scenariofile.h"

#include <QTest>

namespace scalescope {

// Readable values in failure messages (found by QCOMPARE through ADL).
inline char *toString(const Point &p)
{
    return QTest::toString(QStringLiteral("(%1, %2)").arg(p.x).arg(p.y));
}

inline char *toString(const Rect &r)
{
    return QTest::toString(QStringLiteral("(%1, %2, %3 x %4)").arg(r.x).arg(r.y).arg(r.width).arg(r.height));
}

inline char *toString(const Selection &s)
{
    QStringList connections;
    for (const ConnectionId &c : s.connections)
        connections << c.first + QStringLiteral("->") + c.second;
    return QTest::toString(QStringLiteral("components [%1] groups [%2] connections [%3]")
                               .arg(s.components.join(u' '), s.groups.join(u' '), connections.join(u' ')));
}

} // namespace scalescope

namespace scalescope::test {

// A scenario shipped in scenarios/, by file name; a test cannot go on without it.
inline Scenario shipped(const char *fileName)
{
    LoadError error;
    auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/") + QLatin1String(fileName), &error);
    if (!s)
        qFatal("cannot load %s: %s", fileName, qPrintable(error.toString()));
    return *s;
}

inline Scenario threeTier() { return shipped("three-tier.json"); }
// The default scenario, the journey to 10 million users.
inline Scenario journey() { return shipped("journey-to-10-million-users.json"); }

// What a save would write: equal bytes mean nothing the file holds differs,
// order of components and connections included.
inline QByteArray saved(const Scenario &s) { return serializeScenario(s); }

} // namespace scalescope::test
