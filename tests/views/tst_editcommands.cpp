// Every command as redo, check, undo, check: the document after undo saves
// to the same bytes as before the command.
#include "commands/addcomponentcommand.h"
#include "commands/addconnectioncommand.h"
#include "commands/addgroupcommand.h"
#include "commands/changeparametercommand.h"
#include "commands/moveitemscommand.h"
#include "commands/pasteitemscommand.h"
#include "commands/removeitemscommand.h"
#include "commands/resizegroupcommand.h"
#include "document/fragment.h"
#include "document/scenariodocument.h"
#include "stages.h"
#include "testsupport.h"

#include <QDir>

#include <QSignalSpy>
#include <QUndoStack>

using namespace scalescope;

class TestEditCommands : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(test::threeTier());
        m_original = test::saved(m_doc->scenario());
    }

    void addComponentThenUndo()
    {
        QSignalSpy added(m_doc.get(), &ScenarioDocument::componentAdded);
        auto *cmd = new AddComponentCommand(m_doc.get(), QStringLiteral("elasticache"), Point{600, 300});
        const QString id = cmd->componentId();
        QVERIFY(pushEdit(m_doc.get(), cmd));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), id);
        const Component *c = m_doc->component(id);
        QVERIFY(c);
        QCOMPARE(c->kind, QStringLiteral("elasticache"));
        QCOMPARE(c->position, (Point{600, 300}));
        QCOMPARE(c->group, QStringLiteral("az-a")); // inside az-a (420..800, 120..320)
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->component(id));
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->component(id));
    }

    void freshIdsDoNotClash()
    {
        QVERIFY(pushEdit(m_doc.get(), new AddComponentCommand(m_doc.get(), QStringLiteral("ec2"), Point{0, 0})));
        auto *second = new AddComponentCommand(m_doc.get(), QStringLiteral("ec2"), Point{40, 0});
        const QString id = second->componentId();
        QVERIFY(pushEdit(m_doc.get(), second));
        QCOMPARE(id, QStringLiteral("ec2-2"));
    }

    void deleteThenUndoRestoresExactly()
    {
        const QStringList order = ids();
        QVERIFY(pushEdit(m_doc.get(), new RemoveItemsCommand(m_doc.get(), Selection{{QStringLiteral("lb")}, {}, {}})));
        QVERIFY(!m_doc->component(QStringLiteral("lb")));
        QCOMPARE(m_doc->architecture().connectionIndex(QStringLiteral("dns"), QStringLiteral("lb")), -1);
        QCOMPARE(m_doc->architecture().connectionIndex(QStringLiteral("lb"), QStringLiteral("web")), -1);
        m_doc->undoStack()->undo();
        QCOMPARE(ids(), order);
        QCOMPARE(m_doc->architecture().connectionIndex(QStringLiteral("dns"), QStringLiteral("lb")), 1);
        QCOMPARE(m_doc->architecture().connectionIndex(QStringLiteral("lb"), QStringLiteral("web")), 2);
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void moveThenUndo()
    {
        Moves moves;
        moves.components.insert(QStringLiteral("users"), Point{-100, 40});
        QVERIFY(pushEdit(m_doc.get(), new MoveItemsCommand(m_doc.get(), moves)));
        QCOMPARE(m_doc->component(QStringLiteral("users"))->position, (Point{-100, 40}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->component(QStringLiteral("users"))->position, (Point{0, 200}));
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void moveAcrossABorderChangesMembership()
    {
        Moves moves;
        moves.components.insert(QStringLiteral("db"), Point{900, 500}); // out of every group
        QVERIFY(pushEdit(m_doc.get(), new MoveItemsCommand(m_doc.get(), moves)));
        QCOMPARE(m_doc->component(QStringLiteral("db"))->group, QString());
        moves.components.insert(QStringLiteral("db"), Point{300, 100}); // region, outside az-a
        QVERIFY(pushEdit(m_doc.get(), new MoveItemsCommand(m_doc.get(), moves)));
        QCOMPARE(m_doc->component(QStringLiteral("db"))->group, QStringLiteral("region"));
    }

    void refusedConnectionsChangeNothing_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("into users") << "web" << "users" << "nothing may send traffic into";
        QTest::newRow("duplicate") << "lb" << "web" << "duplicate";
        QTest::newRow("cycle") << "db" << "dns" << "cycle";
        QTest::newRow("itself") << "web" << "web" << "itself";
    }

    void refusedConnectionsChangeNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QSignalSpy refused(m_doc.get(), &ScenarioDocument::editRefused);
        QSignalSpy changed(m_doc.get(), &ScenarioDocument::changed);
        QVERIFY(!pushEdit(m_doc.get(), new AddConnectionCommand(m_doc.get(), from, to)));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(reason), qPrintable(refused.first().first().toString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    // The refusal names the ring by the labels on the canvas, not the ids.
    void cycleRefusalNamesLabels()
    {
        QSignalSpy refused(m_doc.get(), &ScenarioDocument::editRefused);
        QVERIFY(!pushEdit(m_doc.get(), new AddConnectionCommand(m_doc.get(), QStringLiteral("db"), QStringLiteral("dns"))));
        QCOMPARE(refused.count(), 1);
        const QString message = refused.first().first().toString();
        // Each step of the ring dns -> lb -> web -> db -> dns, wherever it starts.
        const char *ring[] = {"dns", "lb", "web", "db", "dns"};
        for (int i = 0; i + 1 < 5; ++i) {
            const QString step = m_doc->component(QLatin1String(ring[i]))->label + QStringLiteral(" -> ")
                                 + m_doc->component(QLatin1String(ring[i + 1]))->label;
            QVERIFY2(message.contains(step), qPrintable(message));
        }
        QVERIFY2(!message.contains(QStringLiteral("db -> ")), qPrintable(message));
    }

    void refusalKeepsRedoHistory()
    {
        Moves moves;
        moves.components.insert(QStringLiteral("users"), Point{-100, 40});
        QVERIFY(pushEdit(m_doc.get(), new MoveItemsCommand(m_doc.get(), moves)));
        m_doc->undoStack()->undo();
        QVERIFY(!pushEdit(m_doc.get(), new AddConnectionCommand(m_doc.get(), QStringLiteral("web"), QStringLiteral("users"))));
        QVERIFY(m_doc->undoStack()->canRedo());
    }

    void parameterEditThenUndo()
    {
        ChangeComponent change;
        change.id = QStringLiteral("web");
        change.set.insert(QStringLiteral("count"), 4.0);
        QVERIFY(pushEdit(m_doc.get(), new ChangeParameterCommand(m_doc.get(), change, QStringLiteral("count"))));
        QCOMPARE(std::get<double>(m_doc->component(QStringLiteral("web"))->params.value(QStringLiteral("count"))), 4.0);
        m_doc->undoStack()->undo();
        QCOMPARE(std::get<double>(m_doc->component(QStringLiteral("web"))->params.value(QStringLiteral("count"))), 2.0);
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void workloadEditThenUndo()
    {
        QSignalSpy workload(m_doc.get(), &ScenarioDocument::workloadChanged);
        ChangeWorkload change;
        change.set.insert(QStringLiteral("writeShare"), 0.25);
        QVERIFY(pushEdit(m_doc.get(), new ChangeParameterCommand(m_doc.get(), change, QStringLiteral("write share"))));
        QCOMPARE(workload.count(), 1);
        QCOMPARE(m_doc->architecture().workload.writeShare, 0.25);
        m_doc->undoStack()->undo();
        QCOMPARE(workload.count(), 2);
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void editAtStageIsRecordedThere()
    {
        const Architecture base = m_doc->scenario().base;
        m_doc->setStage(1);
        auto *cmd = new AddComponentCommand(m_doc.get(), QStringLiteral("elasticache"), Point{1000, 600});
        const QString id = cmd->componentId();
        QVERIFY(pushEdit(m_doc.get(), cmd));
        QVERIFY(pushEdit(m_doc.get(), new AddConnectionCommand(m_doc.get(), QStringLiteral("web"), id)));
        Moves moves;
        moves.components.insert(id, Point{1040, 600});
        QVERIFY(pushEdit(m_doc.get(), new MoveItemsCommand(m_doc.get(), moves)));

        QCOMPARE(m_doc->scenario().base, base); // stage 0 unaffected
        const std::vector<Edit> &edits = m_doc->scenario().stages[0].edits;
        QCOMPARE(edits.size(), size_t(4)); // the file's two, one add (moved in place), one connection
        const auto *add = std::get_if<AddComponent>(&edits[2]);
        QVERIFY(add);
        QCOMPARE(add->component.position, (Point{1040, 600}));
        QVERIFY(std::holds_alternative<AddConnection>(edits[3]));

        m_doc->setStage(0);
        QVERIFY(!m_doc->component(id));
        m_doc->setStage(1);
        QVERIFY(m_doc->component(id));

        // Removing it again in the same stage leaves the stage as it was.
        QVERIFY(pushEdit(m_doc.get(), new RemoveItemsCommand(m_doc.get(), Selection{{id}, {}, {}})));
        QCOMPARE(m_doc->scenario().stages[0].edits.size(), size_t(2));
        for (int i = 0; i < 4; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void editAtEveryStageOfEveryScenario_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stage");
        const QDir dir(QStringLiteral(SCALESCOPE_SCENARIOS));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            LoadError error;
            const auto s = loadScenario(dir.filePath(name), &error);
            QVERIFY2(s, qPrintable(error.toString()));
            for (int k = 1; k <= int(s->stages.size()); ++k)
                QTest::addRow("%s stage %d", qPrintable(name), k) << dir.filePath(name) << k;
        }
    }

    void editAtEveryStageOfEveryScenario()
    {
        QFETCH(QString, file);
        QFETCH(int, stage);
        LoadError error;
        const auto s = loadScenario(file, &error);
        QVERIFY(s);
        m_doc->setScenario(*s, stage);
        const QByteArray original = test::saved(m_doc->scenario());
        const Architecture previous = architectureAt(m_doc->scenario(), stage - 1);
        const size_t recorded = m_doc->scenario().stages[size_t(stage - 1)].edits.size();

        auto *add = new AddComponentCommand(m_doc.get(), QStringLiteral("sqs"), Point{-2000, -2000});
        const QString id = add->componentId();
        QVERIFY(pushEdit(m_doc.get(), add));
        // Recorded in stage k, and stage k-1 is as it was.
        QCOMPARE(m_doc->scenario().stages[size_t(stage - 1)].edits.size(), recorded + 1);
        QCOMPARE(architectureAt(m_doc->scenario(), stage - 1), previous);
        QVERIFY(m_doc->component(id));
        // Later stages still show it, built on this one.
        for (int k = stage; k <= m_doc->stageCount(); ++k)
            QVERIFY(architectureAt(m_doc->scenario(), k).component(id));
        // The edit survives a save and load.
        LoadError reloadError;
        const auto reloaded = parseScenario(test::saved(m_doc->scenario()), QStringLiteral("saved"), &reloadError);
        QVERIFY2(reloaded, qPrintable(reloadError.toString()));
        QCOMPARE(*reloaded, m_doc->scenario());
        m_doc->undoStack()->undo();
        QCOMPARE(test::saved(m_doc->scenario()), original);
    }

    void editBreakingALaterStageIsRefused()
    {
        // Stage 1 changes "db": removing it from the base would break that stage.
        QSignalSpy refused(m_doc.get(), &ScenarioDocument::editRefused);
        QVERIFY(!pushEdit(m_doc.get(), new RemoveItemsCommand(m_doc.get(), Selection{{QStringLiteral("db")}, {}, {}})));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("stage 1")));
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void undoOfAnEditAtALaterStageShowsThatStage()
    {
        m_doc->setStage(1);
        QVERIFY(pushEdit(m_doc.get(), new AddComponentCommand(m_doc.get(), QStringLiteral("s3"), Point{0, 600})));
        m_doc->setStage(0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->stage(), 1);
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void addGroupAdoptsWhatItCovers()
    {
        // A VPC dropped around the web servers and the database inside az-a.
        auto *cmd = new AddGroupCommand(m_doc.get(), QStringLiteral("vpc"), Rect{440, 140, 340, 160});
        const QString id = cmd->groupId();
        QVERIFY(pushEdit(m_doc.get(), cmd));
        QCOMPARE(m_doc->group(id)->parent, QStringLiteral("az-a"));
        QCOMPARE(m_doc->component(QStringLiteral("web"))->group, id);
        QCOMPARE(m_doc->component(QStringLiteral("db"))->group, id);
        m_doc->undoStack()->undo();
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void resizeGroupChangesWhatCrossedTheBorder()
    {
        // Shrink az-a so the database (x = 700) falls out of it, into the region.
        QVERIFY(pushEdit(m_doc.get(), new ResizeGroupCommand(m_doc.get(), QStringLiteral("az-a"), Rect{420, 120, 200, 200})));
        QCOMPARE(m_doc->component(QStringLiteral("db"))->group, QStringLiteral("region"));
        QCOMPARE(m_doc->component(QStringLiteral("web"))->group, QStringLiteral("az-a"));
        m_doc->undoStack()->undo();
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void pasteKeepsInternalConnectionsWithNewIds()
    {
        const Architecture fragment = extractFragment(
            m_doc->architecture(), Selection{{QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("lb")}, {}, {}});
        QCOMPARE(fragment.connections.size(), size_t(2)); // lb->web, web->db; dns->lb is outside
        QString error;
        const auto back = fragmentFromJson(fragmentToJson(fragment), &error);
        QVERIFY2(back, qPrintable(error));
        auto *cmd = new PasteItemsCommand(m_doc.get(), *back, Point{0, 400});
        const QStringList pasted = cmd->componentIds();
        QVERIFY(pushEdit(m_doc.get(), cmd));
        QCOMPARE(pasted.size(), 3);
        for (const QString &id : pasted) {
            QVERIFY(m_doc->component(id));
            QVERIFY(!QStringList({"web", "db", "lb"}).contains(id));
        }
        const Architecture &a = m_doc->architecture();
        QVERIFY(a.connectionIndex(pasted[1], pasted[2]) >= 0 || a.connectionIndex(pasted[2], pasted[1]) >= 0);
        QCOMPARE(a.connections.size(), size_t(6));
        QCOMPARE(m_doc->component(pasted.first())->position.y, 600.0);
        m_doc->undoStack()->undo();
        QCOMPARE(test::saved(m_doc->scenario()), m_original);
    }

    void copyingAGroupCarriesItsMembers()
    {
        const Architecture fragment = extractFragment(m_doc->architecture(), Selection{{}, {QStringLiteral("az-a")}, {}});
        QCOMPARE(fragment.groups.size(), size_t(1));
        QCOMPARE(fragment.groups.front().parent, QString());
        QCOMPARE(fragment.components.size(), size_t(2));
        QCOMPARE(fragment.connections.size(), size_t(1));
    }

private:
    QStringList ids() const
    {
        QStringList out;
        for (const Component &c : m_doc->architecture().components)
            out << c.id;
        return out;
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    QByteArray m_original;
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
