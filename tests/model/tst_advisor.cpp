// The advisor proposes, for what breaks first, the step the journeys take
// next, and every proposal applies, validates and helps.
#include "advisor.h"
#include "network.h"
#include "shippedscenario.h"
#include "stages.h"
#include "validation.h"

#include <QTest>

using namespace scalescope;

namespace {

QString kindNames(const std::set<StepKind> &kinds)
{
    QStringList names;
    for (StepKind k : kinds)
        names << stepKindName(k);
    return names.join(QStringLiteral(", "));
}

} // namespace

class TestAdvisor : public QObject {
    Q_OBJECT
private slots:
    void firstProposalMatchesTheJourneysNextStep_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stage");
        // Stages whose next step answers a capacity limit. The journey's base is the
        // landing page (launch replaces it); ten steps' CDN and monitoring steps answer
        // latency and operations, not a limit, so the step before each is left out.
        const QList<std::pair<QString, QList<int>>> cases{
            {"journey-to-10-million-users.json", {1, 2, 3, 4, 5}},
            {"cloud-native-five-stages.json", {0, 1, 2, 3}},
            {"ten-steps-to-millions.json", {0, 1, 2, 3, 5, 6, 7, 8}},
        };
        for (const auto &[file, stages] : cases)
            for (int k : stages)
                QTest::newRow(qPrintable(QStringLiteral("%1 stage %2").arg(file).arg(k))) << file << k;
    }
    void firstProposalMatchesTheJourneysNextStep()
    {
        QFETCH(QString, file);
        QFETCH(int, stage);
        const Scenario s = loadShipped(file);
        const Architecture now = architectureAt(s, stage);
        const std::vector<Proposal> proposals = propose(now, 1000);
        QVERIFY(!proposals.empty());
        const std::set<StepKind> next = stepKinds(now, s.stages[size_t(stage)].edits);
        QVERIFY2(next.count(proposals.front().kind),
                 qPrintable(QStringLiteral("advice '%1' (%2); the journey takes: %3")
                                .arg(proposals.front().sentence, stepKindName(proposals.front().kind), kindNames(next))));
    }

    void everyProposalAppliesAndRaisesTheCeiling()
    {
        for (const char *file : {"journey-to-10-million-users.json", "cloud-native-five-stages.json", "ten-steps-to-millions.json"}) {
            const Scenario s = loadShipped(QLatin1String(file));
            for (int k = 0; k <= int(s.stages.size()); ++k) {
                const Architecture a = architectureAt(s, k);
                const double ceiling = compileNetwork(a).ceilingUsers;
                for (const Proposal &p : propose(a, 1000)) {
                    Architecture after = a;
                    for (const Edit &e : p.edits)
                        QVERIFY(applyEdit(after, e, nullptr));
                    QVERIFY(!validateArchitecture(after, Catalog::builtin()));
                    QCOMPARE(p.ceilingBefore, ceiling);
                    QCOMPARE(compileNetwork(after).ceilingUsers, p.ceilingAfter);
                    QVERIFY(p.ceilingAfter > ceiling);
                    QVERIFY(!p.sentence.isEmpty() && !p.title.isEmpty());
                }
            }
        }
    }

    void aLargerInstanceStaysOnItsProcessorArchitecture()
    {
        // Stage 2's single web server runs out of CPU; among the larger types
        // the catalog has Graviton ones that are cheaper, but moving to arm64
        // rebuilds the software: the advice stays on the server's side.
        Architecture a = architectureAt(loadShipped("journey-to-10-million-users.json"), 2);
        const Catalog &cat = Catalog::builtin();
        auto largerType = [&](const Architecture &arch) -> const InstanceType * {
            for (const Proposal &p : propose(arch, 1000))
                for (const Edit &e : p.edits)
                    if (const auto *change = std::get_if<ChangeComponent>(&e); change && change->id == QLatin1String("web"))
                        if (const auto it = change->set.find(QStringLiteral("instanceType")); it != change->set.end())
                            return cat.instanceType(QStringLiteral("ec2"), std::get<QString>(*it));
            return nullptr;
        };
        Component *web = a.component(QStringLiteral("web"));
        QVERIFY(web);
        for (const char *type : {"t3.medium", "t4g.medium"}) {
            web->params.insert(QStringLiteral("instanceType"), QString::fromLatin1(type));
            const InstanceType *current = cat.instanceType(QStringLiteral("ec2"), QString::fromLatin1(type));
            const InstanceType *next = largerType(a);
            QVERIFY2(next, type);
            QCOMPARE(next->arm64, current->arm64);
            QVERIFY(next->memoryGiB > current->memoryGiB);
            // For the x86 server a cheaper Graviton candidate was there, so the rule decided.
            bool cheaperElsewhere = false;
            for (const InstanceType &t : cat.instanceTypes(QStringLiteral("ec2")))
                cheaperElsewhere = cheaperElsewhere
                    || (t.arm64 != current->arm64 && t.memoryGiB > current->memoryGiB && t.vcpus > current->vcpus
                        && t.baseline >= current->baseline && t.hourlyUsd < next->hourlyUsd);
            QVERIFY2(current->arm64 || cheaperElsewhere, type);
        }
    }

    void singleServerAdviceIsASeparateDatabase()
    {
        const Architecture a = architectureAt(loadShipped("journey-to-10-million-users.json"), 1);
        const Proposal p = propose(a, 500).front();
        QCOMPARE(p.kind, StepKind::SeparateDatabase);
        QVERIFY(p.sentence.contains(QLatin1String("RDS")));
        // The preview: higher ceiling, the web tier next, and a dearer bill.
        QVERIFY(p.ceilingAfter > p.ceilingBefore);
        QCOMPARE(p.limitAfter, LimitKind::WebTier);
        QVERIFY(p.monthlyCostAfter > p.monthlyCostBefore);
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
