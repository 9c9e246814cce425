// The document answers a group's depth through its id index, as the
// architecture's own walk does: the box items ask it as they are made, and
// the walk looked each parent up in the whole list (a diagram of 20,000
// boxes spent seconds there).
#include "document/membership.h"
#include "document/scenariodocument.h"

#include <QTest>

using namespace scalescope;

namespace {

Group box(const QString &id, const QString &parent)
{
    Group g;
    g.id = id;
    g.kind = QStringLiteral("vpc");
    g.label = id;
    g.parent = parent;
    g.rect = Rect{0, 0, 400, 300};
    return g;
}

} // namespace

class TestGroupDepth : public QObject
{
    Q_OBJECT
private slots:
    void sameAsTheArchitecturesWalk()
    {
        // a > b > c > d, a lone e, f inside a missing box, g and h each
        // other's parent (a broken file: the walk stops at its bound).
        Scenario s;
        s.title = QStringLiteral("depths");
        s.base.groups = {box("a", ""), box("b", "a"), box("c", "b"), box("d", "c"), box("e", ""),
                         box("f", "missing"), box("g", "h"), box("h", "g")};
        ScenarioDocument document;
        document.setScenario(s);
        const Architecture &a = document.architecture();
        const QStringList expected{"a", "b", "c", "d", "e", "f", "g", "h", "nowhere"};
        for (const QString &id : expected)
            QCOMPARE(document.groupDepth(id), groupDepth(a, id));
        // The walk's own answers, by hand: the number of enclosing boxes.
        QCOMPARE(document.groupDepth("a"), 0);
        QCOMPARE(document.groupDepth("d"), 3);
        QCOMPARE(document.groupDepth("e"), 0);
        QCOMPARE(document.groupDepth("f"), 1);       // its parent is not there
        QCOMPARE(document.groupDepth("nowhere"), 0); // no such box
        QCOMPARE(document.groupDepth("g"), int(a.groups.size()) + 1); // stopped by the bound
    }
};

QTEST_MAIN(TestGroupDepth)
#include "tst_groupdepth.moc"
