// An evaluation keeps every component's resource results and bill lines in
// two lists, one after another, and each component views its own part. The
// views follow the evaluation they belong to: a copy views the copy's lists
// (so evaluating the original again leaves the copy as it was), a move keeps
// them, and an evaluation reused for another network (as the editor reuses
// one for every slider move and edit) reads as a fresh one would.
#include "evaluation.h"
#include "shippedscenario.h"
#include "stagenetwork.h"

#include <QTest>

#include <bit>
#include <cstdint>
#include <functional>
#include <utility>

using namespace scalescope;

namespace {

// Equal to the bit: the same computation gives the same bits, infinities
// and all.
bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

template <typename T>
bool inside(std::span<T> view, const std::vector<std::remove_const_t<T>> &list)
{
    // std::less: a total order even on pointers into different arrays.
    const std::less<const void *> before;
    return view.empty()
        || (!before(view.data(), list.data()) && !before(list.data() + list.size(), view.data() + view.size()));
}

// Where `got` first differs from `want`, or empty: the per-component figures
// and lists, and the evaluation's totals.
QString firstDifference(const Evaluation &got, const Evaluation &want)
{
    if (got.components.size() != want.components.size())
        return QStringLiteral("%1 components, not %2").arg(got.components.size()).arg(want.components.size());
    for (size_t i = 0; i < got.components.size(); ++i) {
        const ComponentResult &g = got.components[i], &w = want.components[i];
        const QString at = QStringLiteral("component %1: ").arg(i);
        if (!same(g.arrivalRate, w.arrivalRate) || !same(g.instances, w.instances) || !same(g.utilization, w.utilization)
            || g.busiest != w.busiest || !same(g.errorShare, w.errorShare) || !same(g.availability, w.availability)
            || !same(g.monthlyCost, w.monthlyCost))
            return at + QStringLiteral("figures");
        if (g.resources.size() != w.resources.size() || g.costLines.size() != w.costLines.size())
            return at + QStringLiteral("list sizes");
        for (size_t k = 0; k < g.resources.size(); ++k) {
            const ResourceResult &a = g.resources[k], &b = w.resources[k];
            if (!same(a.demand, b.demand) || !same(a.capacity, b.capacity) || !same(a.utilization, b.utilization)
                || !same(a.copies, b.copies) || !same(a.responseTime, b.responseTime))
                return at + QStringLiteral("resource %1").arg(k);
        }
        for (size_t k = 0; k < g.costLines.size(); ++k)
            if (!same(g.costLines[k], w.costLines[k]))
                return at + QStringLiteral("bill line %1").arg(k);
    }
    if (!same(got.monthlyCost, want.monthlyCost) || !same(got.availability, want.availability)
        || got.bottleneckComponent != want.bottleneckComponent || got.bottleneckResource != want.bottleneckResource)
        return QStringLiteral("totals");
    return {};
}

// Each component views its own part of the evaluation's lists, in order,
// sized as the network's lists.
QString viewsOwnLists(const Network &n, const Evaluation &e)
{
    const ResourceResult *nextResource = e.resourceResults.data();
    const double *nextLine = e.costLineResults.data();
    for (size_t i = 0; i < e.components.size(); ++i) {
        const ComponentResult &c = e.components[i];
        if (c.resources.size() != n.components[i].resources.size() || c.costLines.size() != n.components[i].costLines.size())
            return QStringLiteral("component %1: sizes").arg(i);
        if (!inside(c.resources, e.resourceResults) || !inside(c.costLines, e.costLineResults))
            return QStringLiteral("component %1: views another evaluation's lists").arg(i);
        if ((!c.resources.empty() && c.resources.data() != nextResource) || (!c.costLines.empty() && c.costLines.data() != nextLine))
            return QStringLiteral("component %1: out of order").arg(i);
        nextResource += c.resources.size();
        nextLine += c.costLines.size();
    }
    if (nextResource != e.resourceResults.data() + e.resourceResults.size()
        || nextLine != e.costLineResults.data() + e.costLineResults.size())
        return QStringLiteral("the lists hold more than the components view");
    return {};
}

// Every stage of two shipped scenarios: fleets, queues, tiers and bills.
std::vector<Network> stages()
{
    std::vector<Network> out;
    for (const char *name : {"journey-to-10-million-users.json", "cloud-native-five-stages.json"}) {
        const Scenario s = loadShipped(QString::fromLatin1(name));
        for (int stage = 0; stage <= int(s.stages.size()); ++stage)
            out.push_back(compileStage(s, stage, {}, Catalog::builtin()));
    }
    return out;
}

} // namespace

class TestEvaluationLists : public QObject {
    Q_OBJECT
private slots:
    void componentsViewTheirPartInOrder()
    {
        for (const Network &n : stages()) {
            const Evaluation e = evaluate(n, 250000);
            QVERIFY(!e.resourceResults.empty() && !e.costLineResults.empty());
            const QString wrong = viewsOwnLists(n, e);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
    }

    void aCopyKeepsItsFiguresWhenTheOriginalChanges()
    {
        const std::vector<Network> networks = stages();
        const Network &n = networks.back();
        Evaluation original = evaluate(n, 1000);
        const Evaluation copied(original);
        Evaluation assigned = evaluate(networks.front(), 5); // another size, copied over
        assigned = original;

        // The original evaluated again (reusing its lists) and then gone.
        evaluate(n, 5e6, original);
        QVERIFY(firstDifference(original, evaluate(n, 5e6)).isEmpty());
        original = Evaluation();

        const Evaluation fresh = evaluate(n, 1000);
        for (const Evaluation *copy : {&copied, static_cast<const Evaluation *>(&assigned)}) {
            QString wrong = viewsOwnLists(n, *copy);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            wrong = firstDifference(*copy, fresh);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }

        Evaluation self = evaluate(n, 1000);
        const Evaluation &alias = self;
        self = alias;
        QVERIFY(viewsOwnLists(n, self).isEmpty());
        QVERIFY(firstDifference(self, fresh).isEmpty());
    }

    void aMoveKeepsTheViews()
    {
        const Network n = stages().back();
        const Evaluation fresh = evaluate(n, 40000);
        Evaluation e = evaluate(n, 40000);
        Evaluation moved(std::move(e));
        QVERIFY(viewsOwnLists(n, moved).isEmpty());
        Evaluation target = evaluate(n, 7);
        target = std::move(moved);
        QVERIFY(viewsOwnLists(n, target).isEmpty());
        QVERIFY(firstDifference(target, fresh).isEmpty());
    }

    // One evaluation for every stage in turn, up and down, at counts that
    // saturate queues and at counts that do not: each reads as a fresh one.
    void oneEvaluationReusedForOtherNetworksReadsAsAFreshOne()
    {
        const std::vector<Network> networks = stages();
        Evaluation reused;
        for (int pass = 0; pass < 2; ++pass)
            for (size_t k = 0; k < networks.size(); ++k) {
                const Network &n = networks[pass == 0 ? k : networks.size() - 1 - k];
                for (double users : {1.0, 3e4, 2e7}) {
                    evaluate(n, users, reused);
                    QString wrong = viewsOwnLists(n, reused);
                    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
                    wrong = firstDifference(reused, evaluate(n, users));
                    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("network %1 at %2 users: %3").arg(k).arg(users).arg(wrong)));
                }
            }
    }
};

QTEST_GUILESS_MAIN(TestEvaluationLists)
#include "tst_evaluationlists.moc"
