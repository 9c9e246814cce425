// A big network's charts sweep is worked out on later turns of the event
// loop, so a big file's first frame does not wait for it. Through the real
// event loop it must end exactly as the model's sweep() over the same
// range, charts included, also when the architecture changes meanwhile;
// small networks are swept at once, as before.
#include "charts/chartspanel.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "scalescope_resources.h"
#include "sizelimits.h"
#include "testsupport.h"
#include "usercount.h"
#include "workload.h"

#include <QSignalSpy>
#include <qcustomplot.h>
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
    return sweep(network, kMinUsers, kMaxUsers, EvaluationService::sweepPointsFor(qsizetype(network.components.size())));
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

    // A huge network's sweep keeps within kMaxSweepValues with fewer user
    // counts, still from the slider's least to its most.
    void hugeNetworksSweepFewerPoints()
    {
        const qsizetype full = kMaxSweepValues / EvaluationService::kSweepPoints; // the most with every point
        QCOMPARE(EvaluationService::sweepPointsFor(1), EvaluationService::kSweepPoints);
        QCOMPARE(EvaluationService::sweepPointsFor(full), EvaluationService::kSweepPoints);
        QVERIFY(EvaluationService::sweepPointsFor(full + 1) < EvaluationService::kSweepPoints);
        int previous = EvaluationService::kSweepPoints;
        for (const qsizetype components : {full + 1, qsizetype(50'000), qsizetype(100'000), kMaxComponents}) {
            const int points = EvaluationService::sweepPointsFor(components);
            QVERIFY2(points <= previous, qPrintable(QString::number(components)));
            QVERIFY(points >= EvaluationService::kFewestSweepPoints);
            QVERIFY(qint64(points) * components <= kMaxSweepValues);
            QVERIFY(qint64(points + 1) * components > kMaxSweepValues); // as many as fit
            previous = points;
        }
        QCOMPARE(EvaluationService::sweepPointsFor(100'000), int(kMaxSweepValues / 100'000));
        QVERIFY(EvaluationService::sweepPointsFor(kMaxComponents) < EvaluationService::kSweepPoints);
    }

    // The charts draw the fewest points a huge network gets, over the
    // whole range (a small network here, swept as coarsely).
    void chartsDrawTheFewestPoints()
    {
        const int points = EvaluationService::sweepPointsFor(kMaxComponents);
        EvaluationService service;
        service.setArchitecture(servers(20));
        const Sweep coarse = sweep(service.network(), kMinUsers, kMaxUsers, points);
        QCOMPARE(int(coarse.points.size()), points);
        QCOMPARE(coarse.points.front().users, kMinUsers);
        QCOMPARE(coarse.points.back().users, kMaxUsers);

        ChartsPanel charts;
        charts.setFixedSize(1280, 260);
        ChartsPanel empty;
        empty.setFixedSize(1280, 260);
        charts.setData(service.network(), coarse);
        charts.setEvaluation(service.evaluation());
        empty.setData(service.network(), Sweep{});
        charts.show();
        empty.show();
        QTest::qWait(100);
        const QStringList shown = charts.utilizationChart()->shownComponents();
        QVERIFY(!shown.isEmpty());
        const QCPGraph *curve = charts.utilizationChart()->curve(shown.front());
        QVERIFY(curve);
        QCOMPARE(curve->data()->size(), points);
        QCOMPARE(curve->data()->constBegin()->key, kMinUsers);
        QCOMPARE((curve->data()->constEnd() - 1)->key, kMaxUsers);
        QVERIFY(charts.grab().toImage() != empty.grab().toImage());
    }
};

QTEST_MAIN(TestDeferredSweep)
#include "tst_deferredsweep.moc"
