// The journey table's rows are each stage's figures from the model (checked
// against the stage's own network, compiled here), and the chart plots each
// stage's ceiling.
#include "document/scenariodocument.h"
#include "journey/ceilingchart.h"
#include "journey/journeymodel.h"
#include "journey/journeytable.h"
#include "evaluation.h"
#include "network.h"
#include "report.h"
#include "stages.h"
#include "testsupport.h"
#include "workload.h"

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
        const Scenario &s = document.scenario();
        QCOMPARE(model->rowCount(), int(s.stages.size()) + 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            // The stage on its own: its ceiling and first resource to
            // break, and the figures at 90% of the ceiling.
            const Network n = compileNetwork(architectureAt(s, row), document.catalog());
            QVERIFY(n.ceilingComponent >= 0 && n.ceilingResource >= 0);
            const ComponentModel &first = n.components[size_t(n.ceilingComponent)];
            const Evaluation e = evaluate(n, std::max(1.0, 0.9 * n.ceilingUsers));
            const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
            const auto value = [&](int column) { return model->index(row, column).data(Qt::UserRole).toDouble(); };
            QCOMPARE(cell(JourneyModel::CeilingColumn), humanNumber(n.ceilingUsers));
            QCOMPARE(value(JourneyModel::CeilingColumn), n.ceilingUsers);
            QCOMPARE(cell(JourneyModel::LimitColumn), limitKindName(classifyLimit(first, n.ceilingResource)));
            QCOMPARE(cell(JourneyModel::FirstToBreakColumn),
                     first.label + ' ' + first.resources[size_t(n.ceilingResource)].name);
            QCOMPARE(value(JourneyModel::AvailabilityColumn), e.availability);
            QCOMPARE(value(JourneyModel::CostColumn), e.monthlyCost);
            QCOMPARE(value(JourneyModel::LatencyColumn), e.classes[ClassRead].latency);
            QCOMPARE(table.chart()->plottedCeiling(row), std::max(1.0, n.ceilingUsers));
        }
    }

    void defaultJourneyReadsAsTheReadme()
    {
        ScenarioDocument document;
        document.setScenario(shipped(QStringLiteral("journey-to-10-million-users.json")));
        JourneyModel model(&document);
        QCOMPARE(model.index(3, JourneyModel::StageColumn).data().toString(),
                 QStringLiteral("3. 60,000 users: a second availability zone"));
        // Two t3.medium web servers: 4 vCPU at full speed over the mean of a
        // 0.2 ms file and a 10 ms API call, for 8.33 requests/s per 1,000 users.
        const Workload w = defaultWorkload();
        const double perUser = peakRates(w, 1).total;
        const double meanService = (peakRates(w, 1).staticRate * 0.0002 + (perUser - peakRates(w, 1).staticRate) * 0.010) / perUser;
        QCOMPARE(model.index(3, JourneyModel::CeilingColumn).data().toString(), humanNumber(4 / meanService / perUser));
        QCOMPARE(model.index(3, JourneyModel::LimitColumn).data().toString(), QStringLiteral("web tier"));
        QCOMPARE(model.index(4, JourneyModel::LimitColumn).data().toString(), QStringLiteral("database connections"));
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
        QCOMPARE(model.rows()[3].ceilingUsers, compileNetwork(document.architecture(), document.catalog()).ceilingUsers);
        document.undoStack()->undo();
        QCOMPARE(model.rows()[3].ceilingUsers, before);
    }
};

QTEST_MAIN(TestJourneyTable)
#include "tst_journeytable.moc"
