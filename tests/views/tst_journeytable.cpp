// The journey table's rows are the model's stage summaries, and the chart
// plots each stage's ceiling.
#include "document/scenariodocument.h"
#include "journey/ceilingchart.h"
#include "journey/journeymodel.h"
#include "journey/journeytable.h"
#include "report.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include "commands/editcommand.h"

using namespace scalescope;

namespace {

Scenario shipped(const QString &file)
{
    LoadError error;
    auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/") + file, &error);
    if (!s)
        qFatal("cannot load %s: %s", qPrintable(file), qPrintable(error.toString()));
    return *s;
}

} // namespace

class TestJourneyTable : public QObject {
    Q_OBJECT
private slots:
    void rowsAreTheStageSummaries_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"journey-to-10-million-users.json", "three-tier.json", "cloud-native-five-stages.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void rowsAreTheStageSummaries()
    {
        QFETCH(QString, file);
        ScenarioDocument document;
        document.setScenario(shipped(file));
        JourneyTable table(&document);
        JourneyModel *model = table.model();
        const std::vector<StageSummary> expected = summarizeStages(document.scenario());
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const StageSummary &e = expected[size_t(row)];
            const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
            QCOMPARE(cell(JourneyModel::CeilingColumn), humanNumber(e.ceilingUsers));
            QCOMPARE(model->index(row, JourneyModel::CeilingColumn).data(Qt::UserRole).toDouble(), e.ceilingUsers);
            QCOMPARE(cell(JourneyModel::LimitColumn), limitKindName(e.kind));
            QVERIFY(cell(JourneyModel::FirstToBreakColumn).startsWith(e.componentLabel));
            QVERIFY(cell(JourneyModel::FirstToBreakColumn).endsWith(e.resource));
            QCOMPARE(model->index(row, JourneyModel::AvailabilityColumn).data(Qt::UserRole).toDouble(), e.availability);
            QCOMPARE(model->index(row, JourneyModel::CostColumn).data(Qt::UserRole).toDouble(), e.monthlyCost);
            QCOMPARE(model->index(row, JourneyModel::LatencyColumn).data(Qt::UserRole).toDouble(), e.readLatency);
            QCOMPARE(table.chart()->plottedCeiling(e.stage), std::max(1.0, e.ceilingUsers));
        }
    }

    void defaultJourneyReadsAsTheReadme()
    {
        ScenarioDocument document;
        document.setScenario(shipped(QStringLiteral("journey-to-10-million-users.json")));
        JourneyModel model(&document);
        QCOMPARE(model.index(3, JourneyModel::StageColumn).data().toString(),
                 QStringLiteral("3. 1,000 users: a second availability zone"));
        QCOMPARE(model.index(3, JourneyModel::CeilingColumn).data().toString(), QStringLiteral("3,922"));
        QCOMPARE(model.index(3, JourneyModel::LimitColumn).data().toString(), QStringLiteral("web tier"));
        QCOMPARE(model.index(4, JourneyModel::LimitColumn).data().toString(), QStringLiteral("database reads"));
        QCOMPARE(model.index(5, JourneyModel::LimitColumn).data().toString(), QStringLiteral("database writes"));
    }

    void viewedStageIsBoldAndActivationAsksForTheStage()
    {
        ScenarioDocument document;
        document.setScenario(shipped(QStringLiteral("journey-to-10-million-users.json")), 2);
        JourneyTable table(&document);
        QVERIFY(table.model()->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!table.model()->index(3, 0).data(Qt::FontRole).isValid());
        QCOMPARE(table.chart()->viewedStage(), 2);
        document.setStage(3);
        QVERIFY(table.model()->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(table.chart()->viewedStage(), 3);
        QSignalSpy spy(&table, &JourneyTable::stageRequested);
        emit table.view()->activated(table.model()->index(5, 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 5);
    }

    void editsUpdateTheRows()
    {
        ScenarioDocument document;
        document.setScenario(shipped(QStringLiteral("journey-to-10-million-users.json")), 3);
        JourneyModel model(&document);
        const double before = model.rows()[3].ceilingUsers;
        // A third web server at stage 3 raises its ceiling.
        const Component *web = nullptr;
        for (const Component &c : document.architecture().components)
            if (c.label == QStringLiteral("Web servers"))
                web = &c;
        QVERIFY(web);
        ChangeComponent more;
        more.id = web->id;
        more.set.insert(QStringLiteral("count"), 3.0);
        QVERIFY(pushEdit(&document, new EditCommand(&document, {more}, QStringLiteral("More"))));
        QVERIFY(model.rows()[3].ceilingUsers > before);
        QCOMPARE(model.rows()[3].ceilingUsers, summarizeStages(document.scenario())[3].ceilingUsers);
        document.undoStack()->undo();
        QCOMPARE(model.rows()[3].ceilingUsers, before);
    }
};

QTEST_MAIN(TestJourneyTable)
#include "tst_journeytable.moc"
