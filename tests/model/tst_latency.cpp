// Latency per operation, percentiles and the SLO ceiling, against closed
// forms: M/M/1 and M/M/c (Erlang C), the M/G/1 Pollaczek-Khinchine wait,
// the M/G/1 processor-sharing conditional mean S/(1 - rho), and the M/M/1-PS
// sojourn variance (Coffman, Muntz and Trotter 1970: squared coefficient of
// variation (2 + rho) / (2 - rho)).
#include "latency.h"
#include "queueing.h"
#include "sloceiling.h"
#include "tst_network_fixture.h"

#include <QTest>

#include <cmath>

using namespace scalescope;
using namespace fixture;

namespace {

// A web server with one server (serversPerInstance 1), 1 ms per static file
// and 50 ms per dynamic request: the mixed fleet that M/M/c with one mean time got wrong.
Architecture mixedServer(double serversPerInstance = 1)
{
    ParamMap web = webParams();
    web["instanceType"] = QStringLiteral("m5.large");
    web["serversPerInstance"] = serversPerInstance;
    web["staticServiceTimeMs"] = 1.0;
    web["requestServiceTimeMs"] = 50.0;
    web["dbReadsPerRequest"] = 0.0;
    web["dbWritesPerWrite"] = 0.0;
    return architecture({component("users", "users"), component("web", "ec2", web)}, {edge("users", "web")});
}

} // namespace

class TestLatency : public QObject {
    Q_OBJECT
private slots:
    void mm1FcfsIsExponential()
    {
        // M/M/1 with lambda 8/s, S 0.1 s: R ~ Exp(mu - lambda = 2/s).
        const double lambda = 8, s = 0.1, rate = 1 / s - lambda;
        const StationState st = stationState(Discipline::Fcfs, 1, lambda, s, 2 * s * s);
        QCOMPARE_REL(st.meanWait, 0.8 / rate, 1e-12); // rho / (mu - lambda)
        const TimeMoments t = visitTime(Discipline::Fcfs, st, s);
        QCOMPARE_REL(t.mean, 1 / rate, 1e-12);
        QCOMPARE_REL(t.variance, 1 / (rate * rate), 1e-12);
        QCOMPARE_REL(timeQuantile(t, 0, 0.50), std::log(2.0) / rate, 1e-9);
        QCOMPARE_REL(timeQuantile(t, 0, 0.95), -std::log(0.05) / rate, 1e-9);
        QCOMPARE_REL(timeQuantile(t, 0, 0.99), -std::log(0.01) / rate, 1e-9);
        QCOMPARE_REL(timeQuantile(t, 0.02, 0.99), 0.02 - std::log(0.01) / rate, 1e-9);
    }

    void mmcFcfsPercentilesFromTheClosedForm()
    {
        // M/M/c first come first served: T = Wq + S with Wq = 0 (1 - C) or
        // exponential at rate theta = c mu - lambda (C), S exponential at mu:
        // P(T > t) = (1 - C) e^{-mu t} + C (theta e^{-mu t} - mu e^{-theta t}) / (theta - mu).
        const double s = 0.01, mu = 1 / s;
        for (int c : {2, 4, 8, 16})
            for (double rho : {0.5, 0.8, 0.95}) {
                const double lambda = rho * c * mu, theta = c * mu - lambda;
                const StationState st = stationState(Discipline::Fcfs, c, lambda, s, 2 * s * s);
                const double erlang = st.waitProbability;
                auto survival = [&](double t) {
                    const double both = std::abs(theta - mu) > 1e-9 * mu
                        ? (theta * std::exp(-mu * t) - mu * std::exp(-theta * t)) / (theta - mu)
                        : (1 + mu * t) * std::exp(-mu * t);
                    return (1 - erlang) * std::exp(-mu * t) + erlang * both;
                };
                const TimeMoments t = visitTime(Discipline::Fcfs, st, s);
                for (double p : {0.95, 0.99}) {
                    double lo = 0, hi = 1000 * s;
                    for (int i = 0; i < 200; ++i)
                        (1 - survival(0.5 * (lo + hi)) < p ? lo : hi) = 0.5 * (lo + hi);
                    const double exact = 0.5 * (lo + hi);
                    QVERIFY2(std::abs(timeQuantile(t, 0, p) / exact - 1) < 0.015,
                             qPrintable(QStringLiteral("c %1 rho %2 p%3: %4 against %5")
                                            .arg(c).arg(rho).arg(p * 100).arg(timeQuantile(t, 0, p)).arg(exact)));
                }
            }
    }

    void mmcWaitFromThePublishedErlangC()
    {
        // A = 10 Erlangs on 14 servers: P(wait) = 0.1741319335950498 (pyworkforce's Erlang C guide).
        const double s = 1, lambda = 10;
        const StationState st = stationState(Discipline::Fcfs, 14, lambda, s, 2 * s * s);
        QCOMPARE_REL(st.waitProbability, 0.1741319335950498, 1e-12);
        QCOMPARE_REL(st.meanWait, 0.1741319335950498 / (14 / s - lambda), 1e-12);
        // Those who wait, wait Exp(c mu - lambda): P(W > t) = C exp(-(c mu - lambda) t).
        const double conditional = 1 / (14 / s - lambda);
        QCOMPARE_REL(st.waitSquaredMean, 0.1741319335950498 * 2 * conditional * conditional, 1e-12);
    }

    void fcfsWithMixedServiceTimesIsPollaczekKhinchine()
    {
        // One server, half the requests 1 ms and half 50 ms (each exponential):
        // Wq = lambda E[S^2] / (2 (1 - rho)) exactly for M/G/1; Allen-Cunneen agrees for c = 1.
        const double s1 = 0.001, s2 = 0.050, lambda = 30;
        const double mean = (s1 + s2) / 2, second = (2 * s1 * s1 + 2 * s2 * s2) / 2;
        const double rho = lambda * mean;
        const StationState st = stationState(Discipline::Fcfs, 1, lambda, mean, second);
        QCOMPARE_REL(st.meanWait, lambda * second / (2 * (1 - rho)), 1e-12);
    }

    void processorSharingKeepsEachOperationsTime()
    {
        // M/G/1-PS: a request needing S_k takes S_k / (1 - rho) on average, whatever the mix.
        const double s1 = 0.001, s2 = 0.050, lambda = 30;
        const double mean = (s1 + s2) / 2, second = (2 * s1 * s1 + 2 * s2 * s2) / 2;
        const double rho = lambda * mean;
        const StationState st = stationState(Discipline::ProcessorSharing, 1, lambda, mean, second);
        QCOMPARE_REL(visitTime(Discipline::ProcessorSharing, st, s1).mean, s1 / (1 - rho), 1e-12);
        QCOMPARE_REL(visitTime(Discipline::ProcessorSharing, st, s2).mean, s2 / (1 - rho), 1e-12);
        // The M/M/1-PS sojourn's squared coefficient of variation.
        const TimeMoments t = visitTime(Discipline::ProcessorSharing, st, s2);
        QCOMPARE_REL(t.variance / (t.mean * t.mean), (2 + rho) / (2 - rho), 1e-12);
    }

    void visitsToOneCopyShareItsSlowdown()
    {
        // Two visits of s each to one M/M/1-PS copy. Written T_i = K x S_i with
        // S_i exponential and K the slowdown the queue sets: one visit's
        // SCV (2 + rho) / (2 - rho) = 2 E[K^2] / E[K]^2 - 1 gives
        // Var[K] = E[K]^2 rho / (2 - rho), and the two visits' covariance is
        // Var[K] s^2 when they meet the same copy (the queue changes far more
        // slowly than one request's visits follow each other).
        const double s = 0.01, lambda = 80, rho = lambda * s;
        const StationState st = stationState(Discipline::ProcessorSharing, 1, lambda, s, 2 * s * s);
        const double stretch = 1 / (1 - rho);
        const double one = stretch * stretch * s * s * (2 + rho) / (2 - rho);
        const double covariance = stretch * stretch * rho / (2 - rho) * s * s;
        QueueVisits twice;
        twice.visits = 2;
        twice.service = 2 * s;
        twice.serviceSquared = 2 * s * s;
        const TimeMoments same = queueTime(Discipline::ProcessorSharing, st, twice, 1);
        QCOMPARE_REL(same.mean, 2 * s * stretch, 1e-12);
        QCOMPARE_REL(same.variance, 2 * one + 2 * covariance, 1e-12);
        // Over four copies at random the two meet one time in four.
        QCOMPARE_REL(queueTime(Discipline::ProcessorSharing, st, twice, 4).variance, 2 * one + 2 * covariance / 4, 1e-12);
        // One visit has no pair.
        QueueVisits once;
        once.visits = 1;
        once.service = s;
        once.serviceSquared = s * s;
        QCOMPARE_REL(queueTime(Discipline::ProcessorSharing, st, once, 1).variance, one, 1e-12);
    }

    void processorSharingOnSeveralServersMatchesMmcOnAverage()
    {
        // The number in system of c-server PS equals M/M/c's: E[R] = S + C S / (c (1 - rho)).
        const double s = 0.02, lambda = 150;
        const int c = 4;
        const double rho = lambda * s / c;
        const double erlang = erlangC(c, lambda * s);
        const StationState st = stationState(Discipline::ProcessorSharing, c, lambda, s, 2 * s * s);
        QCOMPARE_REL(visitTime(Discipline::ProcessorSharing, st, s).mean, s + erlang * s / (c * (1 - rho)), 1e-12);
        QCOMPARE_REL(visitTime(Discipline::ProcessorSharing, st, s).mean, mmc(c, lambda, s).responseTime, 1e-12);
    }

    void severalServersAverageTheFrozenSlowdown()
    {
        // Two servers at 50%: A = 1, Erlang C = (A^2/2)/(1 - rho) / (1 + A + (A^2/2)/(1 - rho)) = 1/3.
        // Frozen slowdown K = max(1, (N + 1)/2): relative variance
        // C (1 + rho - C) / (c (1 - rho) + C)^2 = (1/3)(7/6) / (4/3)^2 = 7/32; averaged by
        // 1/(2 - rho) = 2/3: the visit's SCV is 1 + 2 x 7/32 x 2/3 = 31/24.
        const double s = 0.02;
        const StationState st = stationState(Discipline::ProcessorSharing, 2, 1 / s, s, 2 * s * s);
        QCOMPARE_REL(st.waitProbability, 1.0 / 3, 1e-12);
        const TimeMoments t = visitTime(Discipline::ProcessorSharing, st, s);
        QCOMPARE_REL(t.variance / (t.mean * t.mean), 31.0 / 24, 1e-12);
    }

    void aMixedFleetGivesEachClassItsOwnTime()
    {
        const Network n = compileValid(mixedServer());
        const double users = 300;
        const Evaluation e = evaluate(n, users);
        // Per user: static 0.05/s at 1 ms, reads 0.04/s and writes 0.01/s at 50 ms; one server.
        const double rho = users * (0.05 * 0.001 + 0.05 * 0.050);
        QVERIFY(rho < 1);
        QCOMPARE_REL(e.classes[ClassStatic].latency, 0.001 / (1 - rho), 1e-9);
        QCOMPARE_REL(e.classes[ClassRead].latency, 0.050 / (1 - rho), 1e-9);
        QCOMPARE_REL(e.classes[ClassWrite].latency, 0.050 / (1 - rho), 1e-9);
        // One visit to one PS server: an exponential service times a gamma
        // slowdown K with mean 1/(1 - rho) and relative variance kappa, where
        // 1 + 2 kappa is the M/M/1-PS sojourn's (2 + rho)/(2 - rho).
        const double m = 0.050 / (1 - rho), scv = (2 + rho) / (2 - rho), kappa = rho / (2 - rho);
        const double k = 1 / (1 - rho), s = 0.050;
        const double third = 6 * s * s * s * k * k * k * (1 + kappa) * (1 + 2 * kappa); // E[S^3] E[K^3]
        const TimeMoments t{m, m * m * scv, third - 3 * m * m * m * scv - m * m * m};
        QCOMPARE_REL(e.classes[ClassRead].p99, timeQuantile(t, 0, 0.99), 1e-9);
        QVERIFY(e.classes[ClassRead].p50 < e.classes[ClassRead].latency); // right-skewed
        QVERIFY(e.classes[ClassRead].p95 < e.classes[ClassRead].p99);
    }

    void hitsAndMissesMakeAMixture()
    {
        // A CDN (10 ms) hits 90% of the files; the misses also wait 30 ms at S3.
        // The time is 10 ms for 90% of requests and 40 ms for 10%: mean 13 ms,
        // median 10 ms, p95 and p99 40 ms.
        const ParamMap cdn{{"hitRatio", 0.9}, {"rpsLimit", 250000.0}, {"latencyMs", 10.0}, {"availability", 0.999}};
        const ParamMap s3{{"prefixes", 2.0}, {"getLimitPerPrefix", 5500.0}, {"storageGiB", 10.0},
                          {"latencyMs", 30.0}, {"availability", 0.999}};
        const Network n = compileValid(architecture(
            {component("users", "users"), component("cdn", "cloudfront", cdn), component("s3", "s3", s3),
             component("web", "ec2", webParams())},
            {edge("users", "cdn"), edge("cdn", "s3"), edge("cdn", "web")}));
        const Evaluation e = evaluate(n, 10);
        const ClassResult &c = e.classes[ClassStatic];
        QCOMPARE_REL(c.latency, 0.013, 1e-9);
        QCOMPARE_REL(c.p50, 0.010, 1e-9);
        QCOMPARE_REL(c.p95, 0.040, 1e-9);
        QCOMPARE_REL(c.p99, 0.040, 1e-9);
    }

    void delayAtomsStayFewAndKeepTheMean()
    {
        DelayAtoms d;
        double mean = 0;
        for (int i = 1; i <= 6; ++i) { // 64 combinations, merged down to a few atoms
            d.add(0.5, 0.001 * i);
            mean += 0.5 * 0.001 * i;
        }
        QVERIFY(d.count() <= DelayAtoms::kMaxAtoms);
        QCOMPARE_REL(d.mean(), mean, 1e-12);
        double total = 0;
        for (int i = 0; i < d.count(); ++i)
            total += d.probability(i);
        QCOMPARE_REL(total, 1.0, 1e-12);
    }

    void aSaturatedPathReportsServedRequestsAndErrorsNotMinutes()
    {
        const Network n = compileValid(mixedServer());
        const Evaluation e = evaluate(n, n.ceilingUsers * 3);
        const double timeout = n.workload.timeoutMs / 1000;
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const ClassResult &c = e.classes[size_t(cls)];
            QVERIFY(c.saturated);
            QVERIFY(c.latency <= timeout);
            QVERIFY(c.p99 <= timeout);
            QCOMPARE_REL(c.errorRate, 1 - 1.0 / 3, 1e-9); // a resource at 300% serves a third
        }
    }

    void theSloCeilingComesBeforeSaturation()
    {
        Architecture a = mixedServer();
        a.workload.readP99TargetMs = 300;
        a.workload.writeP99TargetMs = 500;
        const Network n = compileValid(a);
        const double slo = sloCeilingUsers(n);
        QVERIFY(slo > 0);
        QVERIFY(slo < n.ceilingUsers);
        // At the SLO ceiling the read p99 is at its 300 ms target (reads and writes
        // take the same 50 ms here, so the tighter target binds).
        QCOMPARE_REL(evaluate(n, slo).classes[ClassRead].p99, 0.300, 1e-3);
        QVERIFY(meetsObjectives(a.workload, evaluate(n, slo * 0.99)));
        QVERIFY(!meetsObjectives(a.workload, evaluate(n, slo * 1.01)));
        a.workload.readP99TargetMs = a.workload.writeP99TargetMs = 0;
        QVERIFY(std::isinf(sloCeilingUsers(compileValid(a))));
    }
};

QTEST_APPLESS_MAIN(TestLatency)
#include "tst_latency.moc"
