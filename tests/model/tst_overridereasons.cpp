// A scenario explains every override that is not a size: the shipped ones
// have none unexplained, and the check finds one when it is there.
#include "overridereasons.h"
#include "shippedscenario.h"
#include "workload.h"

#include <QDir>
#include <QTest>

using namespace scalescope;

namespace {

Scenario oneServer()
{
    Scenario s;
    Component users{QStringLiteral("users"), QStringLiteral("users"), {}, {}, {}, {}};
    Component web{QStringLiteral("web"), QStringLiteral("ec2"), {}, {}, {}, {}};
    s.base.components = {users, web};
    s.base.connections = {{QStringLiteral("users"), QStringLiteral("web"), std::nullopt}};
    s.base.workload = defaultWorkload();
    return s;
}

QStringList keys(const std::vector<UnexplainedOverride> &found)
{
    QStringList k;
    for (const auto &f : found)
        k << QStringLiteral("%1@%2").arg(f.key).arg(f.stage);
    return k;
}

} // namespace

class TestOverrideReasons : public QObject {
    Q_OBJECT
private slots:
    void shippedScenariosExplainTheirOverrides_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(SCALESCOPE_SCENARIOS)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void shippedScenariosExplainTheirOverrides()
    {
        QFETCH(QString, file);
        const Scenario s = loadShipped(file);
        const QStringList found = keys(unexplainedOverrides(s, Catalog::builtin()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

    void aServiceTimeChangedWithoutAReasonIsFound()
    {
        Scenario s = oneServer();
        s.base.components[1].params.insert(QStringLiteral("requestServiceTimeMs"), 5.0);
        QCOMPARE(keys(unexplainedOverrides(s, Catalog::builtin())), QStringList{QStringLiteral("web.requestServiceTimeMs@0")});
        s.reasons.insert(QStringLiteral("web.requestServiceTimeMs"), QStringLiteral("measured on our own servers"));
        QVERIFY(unexplainedOverrides(s, Catalog::builtin()).empty());
    }

    void sizesNeedNoReason()
    {
        Scenario s = oneServer();
        s.base.components[1].params.insert(QStringLiteral("count"), 3.0);
        s.base.components[1].params.insert(QStringLiteral("instanceType"), QStringLiteral("m5.large"));
        QVERIFY(unexplainedOverrides(s, Catalog::builtin()).empty());
    }

    void aDefaultWrittenOutIsNoOverride()
    {
        Scenario s = oneServer();
        const ParamSpec *spec = Catalog::builtin().kind(QStringLiteral("ec2"))->param(QStringLiteral("dbPoolSize"));
        s.base.components[1].params.insert(QStringLiteral("dbPoolSize"), spec->defaultValue);
        QVERIFY(unexplainedOverrides(s, Catalog::builtin()).empty());
    }

    void anOverrideInALaterStageIsFoundAtThatStage()
    {
        Scenario s = oneServer();
        Stage first, second;
        first.title = QStringLiteral("first");
        second.title = QStringLiteral("second");
        ChangeComponent change;
        change.id = QStringLiteral("web");
        change.set.insert(QStringLiteral("localDatabase"), true);
        second.edits.push_back(change);
        s.stages = {first, second};
        QCOMPARE(keys(unexplainedOverrides(s, Catalog::builtin())), QStringList{QStringLiteral("web.localDatabase@2")});
    }

    void aWorkloadAssumptionNeedsAReason()
    {
        Scenario s = oneServer();
        s.base.workload.minutesPerDailyUser = 60;
        s.base.workload.users = 5000; // where the slider starts: not an assumption
        QCOMPARE(keys(unexplainedOverrides(s, Catalog::builtin())), QStringList{QStringLiteral("workload.minutesPerDailyUser@0")});
    }
};

QTEST_GUILESS_MAIN(TestOverrideReasons)
#include "tst_overridereasons.moc"
