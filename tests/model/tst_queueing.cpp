// Erlang C / M/M/c against the closed forms and published values in docs/model.md.
#include "queueing.h"

#include <QTest>

#include <cmath>

using namespace scalescope;

class TestQueueing : public QObject {
    Q_OBJECT
private slots:
    void publishedErlangC()
    {
        // pyworkforce Erlang C guide: A = 10, c = 14.
        QCOMPARE_LE(std::abs(erlangC(14, 10.0) - 0.1741319335950498), 1e-12);
        // Service level at t = 20 s, mean service 180 s: 1 - C * exp(-(c*mu - lambda) t).
        const double mu = 1.0 / 180, lambda = 10 * mu;
        const double serviceLevel = 1 - erlangC(14, 10.0) * std::exp(-(14 * mu - lambda) * 20);
        QCOMPARE_LE(std::abs(serviceLevel - 0.8883500191794669), 1e-12);
    }

    void vectors_data()
    {
        QTest::addColumn<int>("c");
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("mu");
        QTest::addColumn<double>("pWait");
        QTest::addColumn<double>("wq");
        QTest::addColumn<double>("r");
        QTest::newRow("M/M/1") << 1 << 0.5 << 1.0 << 0.5 << 1.0 << 2.0;
        QTest::newRow("c=2") << 2 << 1.5 << 1.0 << 0.642857 << 1.285714 << 2.285714;
        QTest::newRow("c=5") << 5 << 4.0 << 1.0 << 0.554113 << 0.554113 << 1.554113;
        QTest::newRow("c=10") << 10 << 8.0 << 1.0 << 0.409180 << 0.204590 << 1.204590;
        QTest::newRow("c=50") << 50 << 45.0 << 1.0 << 0.363864 << 0.072773 << 1.072773;
        QTest::newRow("c=100") << 100 << 90.0 << 1.0 << 0.216940 << 0.021694 << 1.021694;
        QTest::newRow("4 x 100/s") << 4 << 300.0 << 100.0 << 0.509434 << 0.005094 << 0.015094;
    }
    void vectors()
    {
        QFETCH(int, c);
        QFETCH(double, lambda);
        QFETCH(double, mu);
        QFETCH(double, pWait);
        QFETCH(double, wq);
        QFETCH(double, r);
        const QueueResult q = mmc(c, lambda, 1.0 / mu);
        QVERIFY(q.stable);
        // The reference prints six decimals.
        QCOMPARE_LE(std::abs(q.waitProbability - pWait), 5e-7);
        QCOMPARE_LE(std::abs(q.meanWait - wq), 5e-7 + 1e-6 * wq);
        QCOMPARE_LE(std::abs(q.responseTime - r), 5e-7 + 1e-6 * r);
        QCOMPARE_LE(std::abs(q.utilization - lambda / (c * mu)), 1e-12);
    }

    void mm1ClosedForm()
    {
        // M/M/1: P(wait) = rho, R = 1 / (mu - lambda).
        for (double rho : {0.1, 0.5, 0.9, 0.99}) {
            const QueueResult q = mmc(1, rho * 50, 1.0 / 50);
            QCOMPARE_LE(std::abs(q.waitProbability - rho), 1e-12);
            QCOMPARE_LE(std::abs(q.responseTime - 1.0 / (50 - rho * 50)), 1e-12);
        }
    }

    void saturatedQueueIsUnstable()
    {
        const QueueResult q = mmc(2, 2.0, 1.0);
        QVERIFY(!q.stable);
        QCOMPARE(q.utilization, 1.0);
        QVERIFY(std::isinf(q.meanWait));
        QCOMPARE(erlangC(3, 5.0), 1.0);
    }

    void idleQueueHasNoWait()
    {
        const QueueResult q = mmc(8, 0.0, 0.004);
        QCOMPARE(q.meanWait, 0.0);
        QCOMPARE(q.responseTime, 0.004);
    }
};

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
