// Recording edits into a stage: the folded list always builds the same
// architecture as plain appending, and folding keeps the list short.
#include "document/stagerecorder.h"
#include "stages.h"
#include "testsupport.h"

using namespace scalescope;

namespace {

Architecture replay(Architecture a, const std::vector<Edit> &list)
{
    for (const Edit &e : list) {
        QString problem;
        if (!applyEdit(a, e, &problem))
            qFatal("edit does not apply: %s", qPrintable(problem));
    }
    return a;
}

Component component(const QString &id, double x)
{
    Component c;
    c.id = id;
    c.kind = QStringLiteral("ec2");
    c.label = id;
    c.position = Point{x, 0};
    return c;
}

ChangeComponent move(const QString &id, double x, double y = 0)
{
    ChangeComponent e;
    e.id = id;
    e.position = Point{x, y};
    return e;
}

} // namespace

class TestStageRecorder : public QObject {
    Q_OBJECT
private slots:
    void foldsAndStaysEquivalent_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("expectedLength");
        QTest::newRow("add then move: one add") << 0 << 1;
        QTest::newRow("add then remove: nothing") << 1 << 0;
        QTest::newRow("two moves of an existing component: one change") << 2 << 1;
        QTest::newRow("move away and back: nothing") << 3 << 0;
        QTest::newRow("connect then disconnect: nothing") << 4 << 0;
        QTest::newRow("remove an existing component drops its changes") << 5 << 1;
        QTest::newRow("parameter set then reset: nothing") << 6 << 0;
        QTest::newRow("workload changes merge") << 7 << 1;
    }

    void foldsAndStaysEquivalent()
    {
        QFETCH(int, scenario);
        QFETCH(int, expectedLength);
        Architecture start = test::threeTier().base;
        std::vector<Edit> steps;
        switch (scenario) {
        case 0: steps = {AddComponent{component("cache", 10)}, move("cache", 50)}; break;
        case 1: steps = {AddComponent{component("cache", 10)}, AddConnection{{"web", "cache", {}}}, RemoveComponent{"cache"}}; break;
        case 2: steps = {move("web", 10), move("web", 90)}; break;
        case 3: steps = {move("web", 10), move("web", 500, 200)}; break; // back where it was
        case 4: steps = {AddConnection{{"lb", "db", {}}}, RemoveConnection{"lb", "db"}}; break;
        case 5: steps = {move("web", 10), RemoveComponent{"web"}}; break;
        case 6: {
            ChangeComponent set;
            set.id = QStringLiteral("db");
            set.set.insert(QStringLiteral("iops"), 6000.0);
            ChangeComponent reset;
            reset.id = QStringLiteral("db");
            reset.reset << QStringLiteral("iops");
            steps = {set, reset};
            break;
        }
        case 7: {
            ChangeWorkload a;
            a.set.insert(QStringLiteral("writeShare"), 0.2);
            ChangeWorkload b;
            b.set.insert(QStringLiteral("staticRequestsPerMinute"), 10.0);
            steps = {a, move("web", 40), b};
            expectedLength = 2;
            break;
        }
        }
        std::vector<Edit> list;
        std::vector<Edit> appended;
        for (const Edit &e : steps) {
            list = recordEdit(start, list, e);
            appended.push_back(e);
            QCOMPARE(replay(start, list), replay(start, appended));
        }
        QCOMPARE(int(list.size()), expectedLength);
    }

    // A stage runs one day: a new profile replaces the stage's earlier one
    // (which replaying the architecture cannot tell apart) and keeps the rest.
    void aNewProfileReplacesTheStagesEarlierOne()
    {
        const Architecture start = test::threeTier().base;
        std::vector<Edit> list;
        list = recordEdit(start, list, ChangeProfile{flashCrowd(3, 20)});
        list = recordEdit(start, list, move("web", 40));
        list = recordEdit(start, list, ChangeProfile{flashCrowd(5, 10)});
        QCOMPARE(int(list.size()), 2);
        QVERIFY(std::holds_alternative<ChangeComponent>(list[0]));
        QVERIFY(std::get<ChangeProfile>(list[1]).profile == flashCrowd(5, 10));
    }
};

QTEST_GUILESS_MAIN(TestStageRecorder)
#include "tst_stagerecorder.moc"
