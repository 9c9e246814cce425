// The inspector: editors that know type, unit and limits; each committed
// value is one command; undo shows in the editors.
#include "document/scenariodocument.h"
#include "inspector/componentinspector.h"
#include "inspector/connectioninspector.h"
#include "inspector/focusedinputs.h"
#include "inspector/groupinspector.h"
#include "inspector/inspectorwidget.h"
#include "inspector/parametereditor.h"
#include "inspector/parameterform.h"
#include "inspector/parameterlabels.h"
#include "inspector/workloadinspector.h"
#include "scalescope_resources.h"
#include "testsupport.h"
#include "commands/addgroupcommand.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace scalescope;

class TestInspector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(test::threeTier());
        m_inspector = std::make_unique<InspectorWidget>(m_doc.get());
        m_inspector->resize(360, 800);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    }

    void cleanup()
    {
        m_inspector.reset();
        m_doc.reset();
    }

    void pageFollowsTheSelection()
    {
        QVERIFY(qobject_cast<WorkloadInspector *>(m_inspector->page()));
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        QVERIFY(qobject_cast<ComponentInspector *>(m_inspector->page()));
        m_inspector->inspect(Selection{{}, {QStringLiteral("az-a")}, {}});
        QVERIFY(qobject_cast<GroupInspector *>(m_inspector->page()));
        m_inspector->inspect(Selection{{}, {}, {{QStringLiteral("lb"), QStringLiteral("web")}}});
        QVERIFY(qobject_cast<ConnectionInspector *>(m_inspector->page()));
        m_inspector->inspect(Selection{{QStringLiteral("web"), QStringLiteral("db")}, {}, {}});
        QVERIFY(!qobject_cast<ComponentInspector *>(m_inspector->page()));
    }

    void zeroThatMeansDerivedSaysSo()
    {
        // Servers per instance 0 takes the instance type's vCPUs: the field
        // says so instead of "0 servers".
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        auto *servers = qobject_cast<IntegerSpinBox *>(
            page->parameters()->editor(QStringLiteral("serversPerInstance"))->input());
        QVERIFY(servers);
        QCOMPARE(servers->value(), 0);
        QCOMPARE(servers->text(), QStringLiteral("one per vCPU"));
        servers->setValue(4);
        QCOMPARE(servers->text(), QStringLiteral("4 servers"));
    }

    void aCountOfOneReadsInTheSingular()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        auto *count = qobject_cast<IntegerSpinBox *>(page->parameters()->editor(QStringLiteral("count"))->input());
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("2 instances"));
        count->setValue(1);
        QCOMPARE(count->text(), QStringLiteral("1 instance"));
        count->setValue(3);
        QCOMPARE(count->text(), QStringLiteral("3 instances"));
    }

    void numberEditChangesTheDocumentAndUndoReverts()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        auto *count = qobject_cast<IntegerSpinBox *>(page->parameters()->editor(QStringLiteral("count"))->input());
        QVERIFY(count);
        QCOMPARE(count->value(), 2);
        QCOMPARE(count->suffix(), QStringLiteral(" instances"));
        QCOMPARE(count->minimum(), 1);
        // Typed and committed with Enter: one command.
        count->setFocus();
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("6"));
        QCOMPARE(m_doc->undoStack()->count(), 0); // no command per keystroke
        QTest::keyClick(count, Qt::Key_Return);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(std::get<double>(m_doc->component(QStringLiteral("web"))->params.value(QStringLiteral("count"))), 6.0);
        m_doc->undoStack()->undo();
        QCOMPARE(std::get<double>(m_doc->component(QStringLiteral("web"))->params.value(QStringLiteral("count"))), 2.0);
        QCOMPARE(count->value(), 2); // the editor follows the undo
    }

    void unitsLimitsAndSources()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        auto *serviceTime = qobject_cast<NumberSpinBox *>(
            page->parameters()->editor(QStringLiteral("requestServiceTimeMs"))->input());
        QVERIFY(serviceTime);
        QCOMPARE(serviceTime->suffix(), QStringLiteral(" ms"));
        QCOMPARE(serviceTime->minimum(), 0.001);
        // The catalog default, shown without trailing zeros.
        const double typical = std::get<double>(
            Catalog::builtin().kind(QStringLiteral("ec2"))->param(QStringLiteral("requestServiceTimeMs"))->defaultValue);
        QCOMPARE(serviceTime->text(), QString::number(typical) + QStringLiteral(" ms"));
        QVERIFY(serviceTime->toolTip().contains(QStringLiteral("Source:")));
        const QList<QLabel *> hit = page->findChildren<QLabel *>();
        bool labelled = false;
        for (QLabel *l : hit)
            labelled = labelled || l->text() == QStringLiteral("Request service time");
        QVERIFY(labelled);
    }

    void instanceTypePicksFromTheCatalogTable()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        auto *type = qobject_cast<ChoiceBox *>(page->parameters()->editor(QStringLiteral("instanceType"))->input());
        QVERIFY(type);
        QCOMPARE(type->count(), qsizetype(Catalog::builtin().instanceTypes(QStringLiteral("ec2")).size()));
        QCOMPARE(type->currentData().toString(), QStringLiteral("m5.large"));
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        const QString next = type->currentData().toString();
        QVERIFY(next != QStringLiteral("m5.large"));
        QCOMPARE(std::get<QString>(m_doc->component(QStringLiteral("web"))->params.value(QStringLiteral("instanceType"))), next);
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void resetPutsTheDefaultBack()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        const QList<QToolButton *> buttons = page->parameters()->findChildren<QToolButton *>();
        QToolButton *resetCount = nullptr;
        for (QToolButton *b : buttons)
            if (b->accessibleName() == QStringLiteral("Reset Count"))
                resetCount = b;
        QVERIFY(resetCount);
        QVERIFY(resetCount->isEnabled()); // the file sets count = 2
        resetCount->click();
        QVERIFY(!m_doc->component(QStringLiteral("web"))->params.contains(QStringLiteral("count")));
        QVERIFY(!resetCount->isEnabled());
    }

    void labelEditIsOneCommandOnEnter()
    {
        m_inspector->inspect(Selection{{QStringLiteral("db")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        QLineEdit *label = page->labelField();
        label->setFocus();
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Orders DB"));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(m_doc->component(QStringLiteral("db"))->label, QStringLiteral("Orders DB"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(label->text(), QStringLiteral("Primary DB"));
    }

    void groupParametersAreEditable()
    {
        auto *add = new AddGroupCommand(m_doc.get(), QStringLiteral("auto-scaling-group"), Rect{460, 140, 100, 120});
        const QString id = add->groupId();
        QVERIFY(pushEdit(m_doc.get(), add));
        m_inspector->inspect(Selection{{}, {id}, {}});
        auto *page = qobject_cast<GroupInspector *>(m_inspector->page());
        QVERIFY(page && page->parameters());
        auto *maxSize = qobject_cast<IntegerSpinBox *>(page->parameters()->editor(QStringLiteral("maxSize"))->input());
        QVERIFY(maxSize);
        maxSize->setValue(20);
        QCOMPARE(std::get<double>(m_doc->group(id)->params.value(QStringLiteral("maxSize"))), 20.0);
    }

    void workloadWhenNothingIsSelected()
    {
        auto *page = qobject_cast<WorkloadInspector *>(m_inspector->page());
        QVERIFY(page);
        auto *share = qobject_cast<NumberSpinBox *>(page->editor(QStringLiteral("writeShare"))->input());
        QVERIFY(share);
        QCOMPARE(share->maximum(), 1.0);
        share->setValue(0.3);
        QCOMPARE(m_doc->architecture().workload.writeShare, 0.3);
        m_doc->undoStack()->undo();
        QVERIFY(std::abs(share->value() - 1.0 / 11.0) < 1e-6);
    }

    void connectionShare()
    {
        m_inspector->inspect(Selection{{}, {}, {{QStringLiteral("lb"), QStringLiteral("web")}}});
        auto *equal = m_inspector->page()->findChild<QCheckBox *>();
        QVERIFY(equal && equal->isChecked());
        equal->click();
        const Architecture &a = m_doc->architecture();
        QVERIFY(a.connections[size_t(a.connectionIndex(QStringLiteral("lb"), QStringLiteral("web")))].share.has_value());
        m_doc->undoStack()->undo();
        QVERIFY(equal->isChecked());
    }

    void wheelDoesNotEditUnfocusedInputs()
    {
        m_inspector->inspect(Selection{{QStringLiteral("web")}, {}, {}});
        auto *page = qobject_cast<ComponentInspector *>(m_inspector->page());
        QWidget *count = page->parameters()->editor(QStringLiteral("count"))->input();
        QWheelEvent wheel(QPointF(5, 5), count->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(count, &wheel);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void readableParameterNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("label");
        QTest::newRow("unit dropped") << "requestServiceTimeMs" << "ms" << "Request service time";
        QTest::newRow("mebibytes") << "dataPerUserMiB" << "MiB" << "Data per user";
        QTest::newRow("price") << "hourlyUsd" << "USD/h" << "Hourly";
        QTest::newRow("acronym kept") << "ebsIops" << "IOPS" << "EBS IOPS";
        QTest::newRow("alone") << "iops" << "IOPS" << "IOPS";
        QTest::newRow("no unit") << "multiAzAvailability" << "" << "Multi AZ availability";
        QTest::newRow("unit is a word") << "maxConnections" << "connections" << "Max connections";
        QTest::newRow("price per unit") << "lcuHourUsd" << "USD/LCU-h" << "LCU hour";
    }

    void readableParameterNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(QString, label);
        QCOMPARE(humanizeName(name, unit), label);
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<InspectorWidget> m_inspector;
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
