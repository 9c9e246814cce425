// Stage edits: the architecture at each stage of a scenario that adds,
// removes and changes components, connections, groups and the workload;
// edits that refer to what is not there leave the architecture alone; a
// stage's traffic profile holds from that stage on.
#include "stages.h"

#include "catalog.h"
#include "validation.h"
#include "workload.h"

#include <QTest>

using namespace scalescope;

Q_DECLARE_METATYPE(scalescope::Edit)

namespace {

Component component(const QString &id, const QString &kind, const QString &group, const ParamMap &params = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.group = group;
    c.params = params;
    return c;
}

Group group(const QString &id, const QString &kind, const QString &parent)
{
    Group g;
    g.id = id;
    g.kind = kind;
    g.parent = parent;
    return g;
}

// region r > vpc v > zone a; web and db in a, cache and s3 in v.
Architecture base()
{
    Architecture a;
    a.workload = defaultWorkload();
    a.groups = {group("r", "region", {}), group("v", "vpc", "r"), group("a", "availability-zone", "v")};
    a.components = {component("users", "users", {}), component("web", "ec2", "a", {{"count", 1.0}}),
                    component("db", "rds", "a"), component("cache", "elasticache", "v"),
                    component("s3", "s3", "v")};
    a.connections = {{"users", "web", {}}, {"web", "db", {}}, {"web", "cache", {}},
                     {"cache", "db", {}}, {"users", "s3", {}}};
    return a;
}

Scenario scenario()
{
    Scenario s;
    s.title = "Stages";
    s.base = base();

    Stage replica;
    replica.title = "A read replica";
    replica.edits = {
        AddComponent{component("replica", "rds-replica", "a")},
        AddConnection{{"db", "replica", {}}},
        ChangeComponent{"web", QStringLiteral("Web tier"), std::nullopt, Point{5, 6},
                        {{"count", 2.0}, {"instanceType", QStringLiteral("m5.xlarge")}}, {}},
        ChangeWorkload{{{"minutesPerDailyUser", 40.0}}},
    };
    Stage noCache;
    noCache.title = "Without the cache";
    noCache.edits = {
        RemoveComponent{"cache"},
        ChangeConnection{"web", "db", 0.5},
        ChangeGroup{"a", QStringLiteral("AZ a"), std::nullopt, Rect{1, 2, 3, 4}, {}, {}},
    };
    Stage flatten;
    flatten.title = "Without the VPC box";
    flatten.edits = {
        RemoveGroup{"v"},
        ChangeComponent{"web", std::nullopt, QStringLiteral("r"), std::nullopt, {}, {"count"}},
        RemoveConnection{"users", "s3"},
        ChangeConnection{"web", "db", std::nullopt},
        AddGroup{group("asg", "auto-scaling-group", "a")},
    };
    s.stages = {replica, noCache, flatten};
    return s;
}

QStringList connectionNames(const Architecture &a)
{
    QStringList out;
    for (const Connection &c : a.connections)
        out << c.from + QStringLiteral("->") + c.to;
    return out;
}

} // namespace

class TestStages : public QObject {
    Q_OBJECT
private slots:
    void baseIsStageZero()
    {
        const Scenario s = scenario();
        QVERIFY(architectureAt(s, 0) == s.base);
        QVERIFY(architectureAt(s, -1) == s.base); // clamped
    }

    void stageOneAddsAndChanges()
    {
        Architecture expected = base();
        expected.components.push_back(component("replica", "rds-replica", "a"));
        expected.connections.push_back({"db", "replica", {}});
        Component *web = expected.component("web");
        web->label = "Web tier";
        web->position = Point{5, 6};
        web->params = {{"count", 2.0}, {"instanceType", QStringLiteral("m5.xlarge")}};
        expected.workload.minutesPerDailyUser = 40;
        const Architecture a = architectureAt(scenario(), 1);
        QVERIFY(a == expected);
        QVERIFY(!validateArchitecture(a, Catalog::builtin()));
    }

    void removingAComponentRemovesItsConnections()
    {
        const Architecture a = architectureAt(scenario(), 2);
        QVERIFY(!a.component("cache"));
        // web->cache and cache->db go; the others keep their order.
        QCOMPARE(connectionNames(a), (QStringList{"users->web", "web->db", "users->s3", "db->replica"}));
        QCOMPARE(a.connections[size_t(a.connectionIndex("web", "db"))].share, std::optional<double>(0.5));
        QCOMPARE(a.group("a")->label, QStringLiteral("AZ a"));
        QVERIFY(a.group("a")->rect == (Rect{1, 2, 3, 4}));
        QCOMPARE(a.components.size(), size_t(5));
        QVERIFY(!validateArchitecture(a, Catalog::builtin()));
    }

    void removingAGroupMovesMembersToItsParent()
    {
        const Architecture a = architectureAt(scenario(), 3);
        QVERIFY(!a.group("v"));
        QCOMPARE(a.group("a")->parent, QStringLiteral("r")); // the child group moved up
        QCOMPARE(a.component("s3")->group, QStringLiteral("r")); // and the member
        QCOMPARE(a.component("db")->group, QStringLiteral("a")); // deeper members stay
        QCOMPARE(a.component("web")->group, QStringLiteral("r"));
        QCOMPARE(a.component("web")->params, (ParamMap{{"instanceType", QStringLiteral("m5.xlarge")}}));
        QCOMPARE(a.connections[size_t(a.connectionIndex("web", "db"))].share, std::optional<double>());
        QCOMPARE(a.connectionIndex("users", "s3"), -1);
        QCOMPARE(a.group("asg")->parent, QStringLiteral("a"));
        QVERIFY(!validateArchitecture(a, Catalog::builtin()));
        QVERIFY(architectureAt(scenario(), 99) == a); // clamped to the last stage
    }

    void removingATopLevelGroupLeavesMembersUngrouped()
    {
        Architecture a = base();
        QVERIFY(applyEdit(a, RemoveGroup{"r"}, nullptr));
        QCOMPARE(a.group("v")->parent, QString());
        QVERIFY(applyEdit(a, RemoveGroup{"v"}, nullptr));
        QCOMPARE(a.group("a")->parent, QString());
        QCOMPARE(a.component("cache")->group, QString());
        QCOMPARE(a.component("web")->group, QStringLiteral("a"));
    }

    void refusedEdits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("remove a missing component") << Edit(RemoveComponent{"ghost"}) << "no component 'ghost'";
        QTest::newRow("change a missing component") << Edit(ChangeComponent{"ghost", QStringLiteral("x"), {}, {}, {}, {}})
                                                    << "no component 'ghost'";
        QTest::newRow("remove a missing connection") << Edit(RemoveConnection{"users", "db"}) << "no connection 'users -> db'";
        QTest::newRow("change a missing connection") << Edit(ChangeConnection{"db", "web", 0.5}) << "no connection 'db -> web'";
        QTest::newRow("remove a missing group") << Edit(RemoveGroup{"ghost"}) << "no group 'ghost'";
        QTest::newRow("change a missing group") << Edit(ChangeGroup{"ghost", QStringLiteral("x"), {}, {}, {}, {}})
                                                << "no group 'ghost'";
        QTest::newRow("component id taken by a component") << Edit(AddComponent{component("web", "ec2", {})}) << "'web' is already taken";
        QTest::newRow("component id taken by a group") << Edit(AddComponent{component("v", "ec2", {})}) << "'v' is already taken";
        QTest::newRow("group id taken by a component") << Edit(AddGroup{group("db", "vpc", {})}) << "'db' is already taken";
        QTest::newRow("group id taken by a group") << Edit(AddGroup{group("a", "vpc", {})}) << "'a' is already taken";
        QTest::newRow("duplicate connection") << Edit(AddConnection{{"web", "db", 0.5}}) << "duplicate connection web -> db";
        QTest::newRow("unknown workload field") << Edit(ChangeWorkload{{{"aaa", 1.0}}}) << "unknown workload field 'aaa'";
        QTest::newRow("profile minutes backwards")
            << Edit(ChangeProfile{TrafficProfile{"x", {{600, 1}, {300, 1}}}}) << "profile points[1].minute";
        QTest::newRow("profile without points") << Edit(ChangeProfile{TrafficProfile{"x", {}}}) << "profile points";
    }
    void refusedEdits()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, keyword);
        Architecture a = base();
        QString problem;
        QVERIFY(!applyEdit(a, edit, &problem));
        QVERIFY2(problem.contains(keyword), qPrintable(problem));
        QVERIFY(a == base()); // untouched
        QVERIFY(!applyEdit(a, edit, nullptr)); // no message wanted: still refused
    }

    // Stage 1 sets a flash crowd, stage 2 keeps it, stage 3 a business day;
    // the base and a scenario without such an edit run the scenario's own.
    void aStageProfileHoldsFromThatStageOn()
    {
        Scenario s = scenario();
        const TrafficProfile own = s.profile;
        QVERIFY(profileAt(s, 3) == own);
        const TrafficProfile crowd = flashCrowd(4, 30);
        const TrafficProfile business = *profilePreset("business-hours");
        s.stages[0].edits.push_back(ChangeProfile{crowd});
        s.stages[2].edits.insert(s.stages[2].edits.begin(), ChangeProfile{business});
        QVERIFY(profileAt(s, 0) == own);
        QVERIFY(profileAt(s, 1) == crowd);
        QVERIFY(profileAt(s, 2) == crowd);
        QVERIFY(profileAt(s, 3) == business);
        QVERIFY(profileAt(s, 99) == business); // clamped, as architectureAt
        QCOMPARE(profileStage(s, 0), 0);
        QCOMPARE(profileStage(s, 2), 1);
        QCOMPARE(profileStage(s, 3), 3);
        // The last of a stage's profiles is the one it runs.
        s.stages[0].edits.push_back(ChangeProfile{business});
        QVERIFY(profileAt(s, 1) == business);
        // A profile is not part of the architecture.
        QVERIFY(architectureAt(s, 3) == architectureAt(scenario(), 3));
    }

    // A refused workload edit changes nothing, also the fields it named
    // before the unknown one (dailyActiveShare sorts before "zzz").
    void refusedWorkloadEditChangesNothing()
    {
        Architecture a;
        a.workload = defaultWorkload();
        const Architecture before = a;
        QString problem;
        QVERIFY(!applyEdit(a, ChangeWorkload{{{"dailyActiveShare", 0.5}, {"zzz", 1.0}}}, &problem));
        QVERIFY(problem.contains(QStringLiteral("zzz")));
        QCOMPARE(a.workload.dailyActiveShare, before.workload.dailyActiveShare);
    }
};

QTEST_GUILESS_MAIN(TestStages)
#include "tst_stages.moc"
