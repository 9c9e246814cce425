// The SLO ceiling's search checks the p99 targets without a full evaluation
// (no costs, no availability, one percentile): it must find exactly the user
// count that the same search over full evaluations finds, on every shipped
// stage, with the shipped targets and with tighter and looser ones.
#include "evaluation.h"
#include "shippedscenario.h"
#include "sloceiling.h"
#include "stagenetwork.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace scalescope;

namespace {

// The same search (firstFailingUsers), each step a full evaluate() read by
// meetsObjectives instead of the ceiling's lighter check.
double searchedWithFullEvaluations(const Network &net, double maxUsers = 1e9)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (p99Target(net.workload, ClassRead) <= 0 && p99Target(net.workload, ClassWrite) <= 0)
        return inf;
    const double upper = std::min(maxUsers, std::isfinite(net.ceilingUsers) ? net.ceilingUsers : maxUsers);
    return firstFailingUsers(upper, maxUsers,
                             [&](double users) { return meetsObjectives(net.workload, evaluate(net, users)); });
}

} // namespace

class TestSloCeilingSearch : public QObject {
    Q_OBJECT
private slots:
    void sameAsFullEvaluations()
    {
        int finite = 0, checked = 0;
        for (const QString &name : {QStringLiteral("journey-to-10-million-users.json"),
                                    QStringLiteral("cloud-native-five-stages.json"), QStringLiteral("three-tier.json"),
                                    QStringLiteral("one-million-concurrent.json")}) {
            const Scenario s = loadShipped(name);
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Network compiled = compileStage(s, stage, {}, Catalog::builtin());
                // The targets only judge latencies: scaling them leaves the network as it is.
                for (double scale : {1.0, 0.05, 0.2, 5.0}) {
                    Network n = compiled;
                    n.workload.readP99TargetMs *= scale;
                    n.workload.writeP99TargetMs *= scale;
                    const double expected = searchedWithFullEvaluations(n);
                    const double found = sloCeilingUsers(n);
                    QVERIFY2(found == expected || (std::isnan(found) && std::isnan(expected)),
                             qPrintable(QStringLiteral("%1 stage %2, targets x%3: %4 against %5")
                                            .arg(name).arg(stage).arg(scale).arg(found, 0, 'g', 17).arg(expected, 0, 'g', 17)));
                    // A network assembled without its latency compiled: the
                    // check works the visit sums out itself, to the same figure.
                    Network bare = n;
                    bare.latencyCompiled = false;
                    bare.queueVisits.clear();
                    for (ComponentModel &m : bare.components)
                        m.queueVisitsAt = {-1, -1, -1};
                    const double foundBare = sloCeilingUsers(bare);
                    QVERIFY2(foundBare == expected || (std::isnan(foundBare) && std::isnan(expected)),
                             qPrintable(QStringLiteral("%1 stage %2, targets x%3, not compiled: %4 against %5")
                                            .arg(name).arg(stage).arg(scale).arg(foundBare, 0, 'g', 17).arg(expected, 0, 'g', 17)));
                    finite += std::isfinite(expected) && expected > 0 ? 1 : 0;
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40);
        QVERIFY(finite > 10); // the targets bind somewhere, not just "unbounded"
    }
};

QTEST_GUILESS_MAIN(TestSloCeilingSearch)
#include "tst_sloceilingsearch.moc"
