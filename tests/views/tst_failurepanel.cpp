// Failure injection as the panel reports it: an availability zone lost at
// the 1,000-user stage leaves the service up at reduced capacity; at the
// single-server stage it takes the service down.
#include "document/scenariodocument.h"
#include "stages/failurepanel.h"
#include "testsupport.h"

#include <QListWidget>
#include <QSignalSpy>

using namespace scalescope;

namespace {

using test::journey;

QListWidgetItem *itemFor(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

} // namespace

class TestFailurePanel : public QObject {
    Q_OBJECT
private slots:
    void zoneLostAtTheThousandUserStageKeepsServiceUp()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 3);
        FailurePanel panel(&document);
        panel.setUsers(1000);
        QVERIFY(panel.report().serviceUp);
        QListWidgetItem *zone = itemFor(panel.list(), QStringLiteral("az-a"));
        QVERIFY(zone);
        zone->setCheckState(Qt::Checked); // as a click on the check box does
        QCOMPARE(panel.failed(), QStringList{QStringLiteral("az-a")});
        const FailureReport &r = panel.report();
        QVERIFY(r.serviceUp);
        QVERIFY(r.holdsUsers);
        QVERIFY(r.ceiling > 1000);
        QVERIFY(r.ceiling < r.healthyCeiling);
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("Service up at 50% capacity")), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("holds 1,000 users")));
    }

    void zoneLostAtTheSingleServerStageTakesItDown()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 1);
        FailurePanel panel(&document);
        panel.setUsers(100);
        QSignalSpy spy(&panel, &FailurePanel::reportChanged);
        panel.setFailed(QStringLiteral("az-a"), true);
        QCOMPARE(spy.count(), 1);
        const FailureReport &r = panel.report();
        QVERIFY(!r.serviceUp);
        QVERIFY(!r.holdsUsers);
        QVERIFY(r.down.contains(QStringLiteral("web")));
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("Service down")), qPrintable(panel.summaryText()));
        QCOMPARE(itemFor(panel.list(), QStringLiteral("az-a"))->checkState(), Qt::Checked);
        panel.clear();
        QVERIFY(panel.report().serviceUp);
        QVERIFY(panel.report().down.isEmpty());
        QCOMPARE(itemFor(panel.list(), QStringLiteral("az-a"))->checkState(), Qt::Unchecked);
    }

    void failuresOfWhatAStageLacksAreIgnored()
    {
        ScenarioDocument document;
        document.setScenario(journey(), 3);
        FailurePanel panel(&document);
        panel.setFailed(QStringLiteral("az-b"), true);
        QVERIFY(panel.report().ceiling < panel.report().healthyCeiling);
        document.setStage(1); // no az-b at launch
        QVERIFY(panel.report().error.isEmpty());
        QVERIFY(panel.report().failed.isEmpty());
        QVERIFY(panel.report().serviceUp);
        QVERIFY(!itemFor(panel.list(), QStringLiteral("az-b")));
        document.setStage(3); // back: the what-if is still on
        QCOMPARE(panel.report().failed, QStringList{QStringLiteral("az-b")});
    }
};

QTEST_MAIN(TestFailurePanel)
#include "tst_failurepanel.moc"
