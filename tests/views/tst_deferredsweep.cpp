// A big network's charts sweep is worked out on later turns of the event
// loop, so a big file's first frame does not wait for it. Through the real
// event loop it must end exactly as the model's sweep() over the same
// range, charts included, also when the architecture changes meanwhile;
// small networks are swept at once, as before.
#include "charts/chartspanel.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "scalescope_resources.h"
#include "testsupport.h"
#include "usercount.h"
#include "workload.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

// Users behind a load balancer and `count` web servers in rows of ten:
// more components than are swept at once.
Architecture servers(int count) { return test::serverRows(count, 10); }

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// Every figure of every point and every utilisation, bit for bit.
void compareSweeps(const Sweep &actual, const Sweep &expected)
{
    QCOMPARE(actual.componentCount, expected.componentCount);
    QCOMPARE(actual.points.size(), expected.points.size());
    for (size_t p = 0; p < expected.points.size(); ++p) {
        const SweepPoint &a = actual.points[p], &e = expected.points[p];
        QCOMPARE(a.users, e.users);
        QCOMPARE(a.bottleneckComponent, e.bottleneckComponent);
        QCOMPARE(a.bottleneckResource, e.bottleneckResource);
        QVERIFY(same(a.bottleneckUtilization, e.bottleneckUtilization));
        for (size_t c = 0; c < size_t(kUserClasses); ++c) {
            QVERIFY(same(a.latency[c], e.latency[c]));
            QVERIFY(same(a.p50[c], e.p50[c]));
            QVERIFY(same(a.p95[c], e.p95[c]));
            QVERIFY(same(a.p99[c], e.p99[c]));
            QCOMPARE(a.saturated[c], e.saturated[c]);
            QVERIFY(same(a.errorRate[c], e.errorRate[c]));
        }
        QVERIFY(same(a.availability, e.availability));
        QVERIFY(same(a.monthlyCost, e.monthlyCost));
        QVERIFY(same(a.costPerUser, e.costPerUser));
    }
    QCOMPARE(actual.utilization.size(), expected.utilization.size());
    for (size_t i = 0; i < expected.utilization.size(); ++i)
        QVERIFY2(same(actual.utilization[i], expected.utilization[i]), qPrintable(QString::number(i)));
}

Sweep modelSweep(const Network &network)
{
    return sweep(network, kMinUsers, kMaxUsers, EvaluationService::kSweepPoints);
}

} // namespace

class TestDeferredSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initScaleScopeResources(); }

    void smallNetworksAreSweptAtOnce()
    {
        EvaluationService service;
        QSignalSpy later(&service, &EvaluationService::sweepChanged);
        service.setArchitecture(servers(20));
        QVERIFY(service.hasNetwork());
        QVERIFY(service.sweepSettled());
        QCOMPARE(later.count(), 0);
        compareSweeps(service.sweep(), modelSweep(service.network()));
    }

    void bigNetworkEndsAsTheModelSweepsIt()
    {
        EvaluationService service;
        QSignalSpy later(&service, &EvaluationService::sweepChanged);
        service.setArchitecture(servers(EvaluationService::kEagerSweepComponents + 10));
        QVERIFY(service.hasNetwork());
        QVERIFY(!service.sweepSettled());
        QVERIFY(service.sweep().points.empty()); // nothing half done is shown
        QVERIFY(later.wait(60000));
        QCOMPARE(later.count(), 1);
        QVERIFY(service.sweepSettled());
        compareSweeps(service.sweep(), modelSweep(service.network()));
    }

    void anEditWhileSweepingStartsOver()
    {
        EvaluationService service;
        QSignalSpy later(&service, &EvaluationService::sweepChanged);
        service.setArchitecture(servers(EvaluationService::kEagerSweepComponents + 10));
        QCoreApplication::processEvents(); // a slice of the first network
        QVERIFY(!service.sweepSettled());
        service.setArchitecture(servers(EvaluationService::kEagerSweepComponents + 15));
        QVERIFY(later.wait(60000));
        QCOMPARE(later.count(), 1);
        compareSweeps(service.sweep(), modelSweep(service.network()));

        // An error meanwhile: no sweep, and none arrives later.
        service.setArchitecture(servers(EvaluationService::kEagerSweepComponents + 20));
        Architecture broken = servers(EvaluationService::kEagerSweepComponents + 20);
        broken.components[4].kind = QStringLiteral("no-such-kind");
        service.setArchitecture(broken);
        QVERIFY(!service.hasNetwork());
        QVERIFY(service.sweepSettled());
        QVERIFY(service.sweep().points.empty());
        QTest::qWait(50);
        QCOMPARE(later.count(), 1);
    }

    void settleSweepFinishesAtOnce()
    {
        EvaluationService service;
        QSignalSpy later(&service, &EvaluationService::sweepChanged);
        service.setArchitecture(servers(EvaluationService::kEagerSweepComponents + 10));
        service.settleSweep();
        QVERIFY(service.sweepSettled());
        QCOMPARE(later.count(), 1);
        compareSweeps(service.sweep(), modelSweep(service.network()));
    }

    // The charts wired as the window wires them end as charts given the
    // whole sweep at once: the same pixels.
    void chartsEndAsWithTheWholeSweep()
    {
        ScenarioDocument document;
        Scenario s;
        s.title = QStringLiteral("servers");
        s.base = servers(EvaluationService::kEagerSweepComponents + 10);
        document.setScenario(s);
        EvaluationService *service = EvaluationService::of(&document);
        QVERIFY(!service->sweepSettled());
        ChartsPanel deferred;
        deferred.setFixedSize(1280, 260);
        deferred.setData(service->network(), service->sweep(), !service->sweepSettled());
        deferred.setEvaluation(service->evaluation());
        // Until the curves are in, each chart says they are coming.
        QVERIFY(deferred.latencyChart()->emptyText().startsWith(QStringLiteral("Working out the curves")));
        QVERIFY(deferred.utilizationChart()->emptyText().startsWith(QStringLiteral("Working out the curves")));
        QVERIFY(deferred.costChart()->emptyText().startsWith(QStringLiteral("Working out the curves")));
        connect(service, &EvaluationService::sweepChanged, &deferred,
                [&] {
                    deferred.setData(service->network(), service->sweep());
                    deferred.setEvaluation(service->evaluation());
                });
        deferred.show();
        QSignalSpy later(service, &EvaluationService::sweepChanged);
        QVERIFY(later.wait(60000));
        QVERIFY(deferred.latencyChart()->emptyText().isEmpty());

        ChartsPanel eager;
        eager.setFixedSize(1280, 260);
        const Sweep whole = modelSweep(service->network());
        eager.setData(service->network(), whole);
        eager.setEvaluation(service->evaluation());
        eager.show();
        QTest::qWait(100); // both charts' queued replots
        QCOMPARE(deferred.grab().toImage(), eager.grab().toImage());
    }
};

QTEST_MAIN(TestDeferredSweep)
#include "tst_deferredsweep.moc"
