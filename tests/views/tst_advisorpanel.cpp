// The advisor panel shows what the model's advisor proposes for the viewed
// stage, and its buttons hand over the proposal they show.
#include "advisor/advisorpanel.h"
#include "advisor/proposaltext.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "stages.h"
#include "testsupport.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace scalescope;

namespace {

using test::journey;

QString describe(const std::vector<Proposal> &proposals)
{
    QStringList out;
    for (const Proposal &p : proposals)
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(stepKindName(p.kind), p.title, p.sentence)
                   .arg(p.ceilingAfter).arg(p.monthlyCostAfter);
    return out.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(scalescope::Proposal)

class TestAdvisorPanel : public QObject {
    Q_OBJECT
private slots:
    void shownProposalsArePropose_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<double>("users");
        for (int k = 0; k <= 6; ++k)
            QTest::addRow("stage %d", k) << k << 1000.0;
        QTest::addRow("stage 3 at 50k") << 3 << 50000.0;
    }

    void shownProposalsArePropose()
    {
        QFETCH(int, stage);
        QFETCH(double, users);
        ScenarioDocument document;
        document.setScenario(journey(), stage);
        AdvisorPanel panel(&document);
        panel.setUsers(users);
        const std::vector<Proposal> expected = propose(architectureAt(document.scenario(), stage), users);
        QCOMPARE(describe(panel.proposals()), describe(expected));
        for (int i = 0; i < int(expected.size()); ++i) {
            const QString shown = panel.shownText(i);
            QVERIFY(shown.contains(expected[size_t(i)].sentence));
            QVERIFY(shown.contains(proposalEffectText(expected[size_t(i)])));
            QVERIFY(panel.applyButton(i));
        }
        QVERIFY(!panel.applyButton(int(expected.size())));
        QCOMPARE(panel.emptyText().isEmpty(), !expected.empty());
    }

    void followsTheViewedStage()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 3);
        AdvisorPanel panel(&document);
        const QString atThree = describe(panel.proposals());
        document.setStage(4);
        QCOMPARE(describe(panel.proposals()), describe(propose(architectureAt(document.scenario(), 4), 1000)));
        QVERIFY(describe(panel.proposals()) != atThree);
    }

    void applyHandsOverTheShownProposal()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 4);
        AdvisorPanel panel(&document);
        QVERIFY(panel.proposals().size() >= 1);
        QSignalSpy spy(&panel, &AdvisorPanel::applyRequested);
        const int last = int(panel.proposals().size()) - 1;
        panel.applyButton(last)->click();
        QCOMPARE(spy.count(), 1);
        const auto handed = spy.at(0).at(0).value<Proposal>();
        QCOMPARE(handed.title, panel.proposals()[size_t(last)].title);
        QVERIFY(handed.edits == panel.proposals()[size_t(last)].edits);
    }

    void effectTextNamesCeilingLimitAndCost()
    {
        Proposal p;
        p.ceilingBefore = 3922;
        p.ceilingAfter = 101364;
        p.limitAfter = LimitKind::DatabaseReads;
        p.firstToBreakAfter = QStringLiteral("Read follower queries");
        p.monthlyCostBefore = 269;
        p.monthlyCostAfter = 10499;
        const QString text = proposalEffectText(p);
        QVERIFY2(text.contains(QStringLiteral("3,922")) && text.contains(QStringLiteral("101,364")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("database reads break first (Read follower queries)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$269")) && text.contains(QStringLiteral("$10,499")), qPrintable(text));
    }

    // The owner works the advice out on a worker thread: asking returns at
    // once (the result is only taken on this thread, from the event loop),
    // and what comes back is what the model proposes.
    void adviceIsWorkedOutOffTheWindowsThread()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 6);
        EvaluationService *owner = EvaluationService::of(&document);
        owner->setUsers(2e6);
        owner->flush();
        QVERIFY(!owner->adviceIsCurrent());
        QSignalSpy ready(owner, &EvaluationService::adviceReady);
        owner->requestAdvice();
        QVERIFY(!owner->adviceIsCurrent());
        QVERIFY(ready.isEmpty());
        QVERIFY(ready.wait(120000));
        QVERIFY(owner->adviceIsCurrent());
        QCOMPARE(describe(owner->advice()), describe(propose(architectureAt(document.scenario(), 6), 2e6)));
    }

    // A job that ends after a newer user count is dropped; the owner asks
    // again and ends with the advice at the latest count.
    void aLateJobGivesWayToTheLatestFigures()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 6);
        EvaluationService *owner = EvaluationService::of(&document);
        owner->setUsers(2e6);
        owner->requestAdvice();
        owner->setUsers(5e4);
        owner->requestAdvice(); // while the first is under way
        QTRY_VERIFY_WITH_TIMEOUT(owner->adviceIsCurrent(), 120000);
        QCOMPARE(owner->users(), 5e4);
        QCOMPARE(describe(owner->advice()), describe(propose(architectureAt(document.scenario(), 6), 5e4)));
    }

    // A panel not shown (the advisor is a tab behind the inspector) asks for
    // nothing as the slider moves; shown, it gets the advice at the latest
    // count without being asked through its accessors.
    void aHiddenPanelAsksOnlyWhenShown()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 3);
        EvaluationService *owner = EvaluationService::of(&document);
        AdvisorPanel panel(&document);
        for (double users : {1e3, 1e4, 3e4}) {
            panel.setUsers(users);
            owner->flush();
            QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
        QVERIFY(!owner->adviceIsCurrent());
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(owner->adviceIsCurrent(), 120000);
        QCoreApplication::processEvents();
        const std::vector<Proposal> expected = propose(architectureAt(document.scenario(), 3), 3e4);
        QVERIFY(!expected.empty());
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), qsizetype(expected.size()));
        QCOMPARE(describe(panel.proposals()), describe(expected));
        QVERIFY(panel.card(0)->isEnabled());
    }
};

QTEST_MAIN(TestAdvisorPanel)
#include "tst_advisorpanel.moc"
