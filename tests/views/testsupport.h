#pragma once
// Shared by the view tests: the example scenario and byte-exact comparison.

#include "document/selection.h"
#include "scenariofile.h"
#include "workload.h"

#include <QFile>
#include <QImage>
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

// The path of a scenario shipped in scenarios/, by file name.
inline QString scenarioPath(const QString &fileName)
{
    return QStringLiteral(SCALESCOPE_SCENARIOS "/") + fileName;
}

// A shipped scenario; a test cannot go on without it.
inline Scenario shipped(const QString &fileName)
{
    LoadError error;
    auto s = loadScenario(scenarioPath(fileName), &error);
    if (!s)
        qFatal("cannot load %s: %s", qPrintable(fileName), qPrintable(error.toString()));
    return *s;
}

// A file's bytes, or nothing when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pixels in `area` that are neither white nor transparent.
inline int ink(const QImage &image, const QRect &area)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 32 && (c.red() < 230 || c.green() < 230 || c.blue() < 230))
                ++n;
        }
    return n;
}

// Users behind a load balancer and `count` web servers in rows of
// `perRow`, each row a chain from the balancer: a big, valid architecture
// whose figures all move with the user count. Ids c0, c1, ...
inline Architecture serverRows(int count, int perRow)
{
    Architecture a;
    a.workload = defaultWorkload();
    const auto id = [](int i) { return QStringLiteral("c%1").arg(i); };
    a.components.push_back(Component{QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("Users"),
                                     QString(), Point{-400, 0}, {}});
    a.components.push_back(Component{QStringLiteral("alb"), QStringLiteral("alb"), QStringLiteral("ALB"), QString(),
                                     Point{-200, 0}, {}});
    a.connections.push_back({QStringLiteral("users"), QStringLiteral("alb"), {}});
    for (int i = 0; i < count; ++i) {
        a.components.push_back(Component{id(i), QStringLiteral("ec2"), id(i), QString(),
                                         Point{(i % perRow) * 240.0, (i / perRow) * 200.0}, {}});
        a.connections.push_back({i % perRow == 0 ? QStringLiteral("alb") : id(i - 1), id(i), {}});
    }
    return a;
}

// A left-button drag as a hand makes it on a view's viewport: over the
// start, press, eight moves to the end, release there.
inline void dragOnViewport(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mouseMove(viewport, from);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

inline Scenario threeTier() { return shipped("three-tier.json"); }
// The default scenario, the journey to 10 million users.
inline Scenario journey() { return shipped("journey-to-10-million-users.json"); }
// The journey as the first release shipped it (format version 1, its heavier
// workload kept through the migration): a fixed architecture for the view
// tests whose figures were worked out by hand on it, so re-deriving the
// shipped journey does not move them.
inline Scenario firstReleaseJourney()
{
    scalescope::LoadError error;
    auto s = scalescope::loadScenario(QStringLiteral(SCALESCOPE_TEST_DATA "/v1/journey-to-10-million-users.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    // The first release held burstable instances to their baseline: standard mode.
    const auto standardMode = [](scalescope::Component &c) {
        const scalescope::KindSpec *kind = scalescope::Catalog::builtin().kind(c.kind);
        if (kind && kind->param(QStringLiteral("unlimitedCredits")))
            c.params.insert(QStringLiteral("unlimitedCredits"), false);
    };
    for (scalescope::Component &c : s->base.components)
        standardMode(c);
    for (scalescope::Stage &stage : s->stages)
        for (scalescope::Edit &edit : stage.edits)
            if (auto *add = std::get_if<scalescope::AddComponent>(&edit))
                standardMode(add->component);
    return *s;
}

// What a save would write: equal bytes mean nothing the file holds differs,
// order of components and connections included.
inline QByteArray saved(const Scenario &s) { return serializeScenario(s); }

} // namespace scalescope::test
