// The discrete-event simulator against closed forms: M/M/1 and M/M/c FCFS
// (mean from Erlang C, M/M/1 percentiles of the exponential response
// time), M/G/1 processor sharing (per class S_k / (1 - rho), whatever the
// service distribution), Jackson networks in series with random routing,
// and utilisation lambda S / c. Networks are built by hand; every run is
// seeded and a few simulated thousand seconds at most.
#include "queueing.h"
#include "simulationrandom.h"
#include "simulator.h"

#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

// A component whose queue serves `op` in `serviceTime` seconds.
ComponentModel queueComponent(const char *id, int op, double serviceTime, double servers, Discipline discipline,
                              int copies = 1)
{
    ComponentModel c;
    c.id = c.label = QString::fromLatin1(id);
    ResourceModel r;
    r.name = QStringLiteral("queue");
    r.type = ResourceType::Queueing;
    QueueTerms<OpCount>::Figures figures;
    figures.servers = servers;
    figures.serviceTime = serviceTime;
    figures.fixedCopies = copies;
    std::array<double, OpCount> times{};
    times[size_t(op)] = serviceTime;
    r.queue.set(figures, times);
    r.discipline = discipline;
    r.copiesAreInstances = false;
    c.resources.push_back(r);
    c.queueResource = 0;
    return c;
}

// One queue fed by read requests at `lambda` per second (one user).
Network singleQueue(double lambda, double serviceTime, double servers, Discipline discipline, int copies = 1)
{
    Network n;
    n.classRatePerUser = {0, lambda, 0};
    ComponentModel c = queueComponent("q", OpRead, serviceTime, servers, discipline, copies);
    c.arrival.ref(ClassRead, OpRead) = lambda;
    c.resources[0].perUser = lambda;
    n.components.push_back(c);
    return n;
}

SimulationOptions run(double seconds, std::uint64_t seed,
                      ServiceDistribution distribution = ServiceDistribution::Exponential, double cv = 1)
{
    SimulationOptions o;
    o.users = 1;
    o.seconds = seconds;
    o.seed = seed;
    o.distribution = distribution;
    o.coefficientOfVariation = cv;
    return o;
}

// The exact value lies within three half widths of the estimate (a 95%
// interval misses that by chance far less than once in a hundred runs), and
// the interval is narrow enough for that to mean something.
void checkEstimate(const Estimate &e, double exact, double precision, const char *what)
{
    const QByteArray message = QByteArray(what) + ": simulated " + QByteArray::number(e.value, 'g', 6) + " +- "
        + QByteArray::number(e.halfWidth, 'g', 3) + ", exact " + QByteArray::number(exact, 'g', 6);
    qInfo("%s", message.constData());
    QVERIFY2(std::isfinite(e.halfWidth), message.constData());
    QVERIFY2(std::abs(e.value - exact) <= 3 * e.halfWidth, message.constData());
    QVERIFY2(e.halfWidth <= precision * exact, message.constData());
}

void checkUtilization(const SimulatedResource &r, double exact)
{
    // A time average over about 10^5 services or more: within 2% of lambda S / c.
    const QByteArray message = "utilisation " + QByteArray::number(r.utilization, 'g', 6) + ", exact "
        + QByteArray::number(exact, 'g', 6);
    qInfo("%s", message.constData());
    QVERIFY2(std::abs(r.utilization - exact) <= 0.02 * exact, message.constData());
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT
private slots:
    void serviceTimeDistributions_data()
    {
        QTest::addColumn<int>("distribution");
        QTest::addColumn<double>("cv");
        QTest::newRow("exponential") << int(ServiceDistribution::Exponential) << 1.0;
        QTest::newRow("deterministic") << int(ServiceDistribution::Deterministic) << 0.0;
        QTest::newRow("lognormal cv 0.5") << int(ServiceDistribution::Lognormal) << 0.5;
    }
    void serviceTimeDistributions()
    {
        // 200,000 draws around a mean of 4 ms: the sample mean within 1% (the
        // standard error is cv / 447, at most 0.23%) and the sample CV within 2%.
        QFETCH(int, distribution);
        QFETCH(double, cv);
        SimulationRandom random(99);
        const ServiceTimes times(ServiceDistribution(distribution), cv);
        const int count = 200000;
        const double mean = 0.004;
        double sum = 0, squares = 0;
        for (int i = 0; i < count; ++i) {
            const double x = times.draw(random, mean);
            QVERIFY(x >= 0);
            sum += x;
            squares += x * x;
        }
        const double m = sum / count;
        const double sd = std::sqrt(std::max(0.0, squares / count - m * m));
        QVERIFY2(std::abs(m - mean) <= 0.01 * mean, qPrintable(QString::number(m)));
        QVERIFY2(std::abs(sd / m - cv) <= 0.02 * std::max(cv, 0.01), qPrintable(QString::number(sd / m)));
    }

    void mm1Fcfs_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<std::uint64_t>("seed");
        QTest::newRow("one copy") << 1 << std::uint64_t(1);
        // Random routing splits a Poisson stream into Poisson streams: four M/M/1 queues.
        QTest::newRow("four copies") << 4 << std::uint64_t(2);
    }
    void mm1Fcfs()
    {
        QFETCH(int, copies);
        QFETCH(std::uint64_t, seed);
        // Per copy lambda = 50/s, mu = 100/s: rho = 0.5.
        const double lambda = 50, mu = 100;
        const Network n = singleQueue(lambda * copies, 1 / mu, 1, Discipline::Fcfs, copies);
        const SimulationResult r = simulate(n, run(4000.0 / copies, seed));
        const SimulatedClass &c = r.classes[ClassRead];
        QCOMPARE(c.timedOut, std::int64_t(0));
        QVERIFY(c.served > 150000);
        // The response time of M/M/1 FCFS is exponential with rate mu - lambda.
        checkEstimate(c.mean, 1 / (mu - lambda), 0.02, "mean");
        checkEstimate(c.p50, std::log(2.0) / (mu - lambda), 0.02, "p50");
        checkEstimate(c.p95, -std::log(0.05) / (mu - lambda), 0.03, "p95");
        checkEstimate(c.p99, -std::log(0.01) / (mu - lambda), 0.05, "p99");
        QCOMPARE(r.resources.size(), size_t(1));
        QCOMPARE(r.resources[0].copies, copies);
        checkUtilization(r.resources[0], lambda / mu);
        QVERIFY(std::abs(r.resources[0].offeredUtilization - lambda / mu) < 1e-12);
    }

    void mmcMatchesErlangC_data()
    {
        QTest::addColumn<int>("discipline");
        QTest::addColumn<std::uint64_t>("seed");
        QTest::newRow("FCFS") << int(Discipline::Fcfs) << std::uint64_t(3);
        // With exponential service the number present is the same birth-death
        // process (departures at min(n, c) mu), so by Little's law the mean
        // response is the same as FCFS.
        QTest::newRow("processor sharing") << int(Discipline::ProcessorSharing) << std::uint64_t(14);
    }
    void mmcMatchesErlangC()
    {
        QFETCH(int, discipline);
        QFETCH(std::uint64_t, seed);
        // c = 4, S = 20 ms, lambda = 150/s: A = 3 Erlangs, rho = 0.75.
        const int c = 4;
        const double s = 0.020, lambda = 150;
        const Network n = singleQueue(lambda, s, c, Discipline(discipline));
        const SimulationResult r = simulate(n, run(2000, seed));
        const double a = lambda * s;
        const double exact = s + erlangC(c, a) * s / (c - a);
        checkEstimate(r.classes[ClassRead].mean, exact, 0.02, "M/M/4 mean");
        checkUtilization(r.resources[0], lambda * s / c);
    }

    void processorSharingIsInsensitive_data()
    {
        QTest::addColumn<int>("distribution");
        QTest::addColumn<double>("cv");
        QTest::addColumn<std::uint64_t>("seed");
        QTest::addColumn<double>("precision"); // of the read mean; the write mean's is 1.5 times that
        QTest::newRow("exponential") << int(ServiceDistribution::Exponential) << 1.0 << std::uint64_t(4) << 0.04;
        QTest::newRow("deterministic") << int(ServiceDistribution::Deterministic) << 0.0 << std::uint64_t(5) << 0.04;
        // A heavier tail: the same means, known less precisely from as many samples.
        QTest::newRow("lognormal cv 2") << int(ServiceDistribution::Lognormal) << 2.0 << std::uint64_t(6) << 0.07;
    }
    void processorSharingIsInsensitive()
    {
        QFETCH(int, distribution);
        QFETCH(double, cv);
        QFETCH(std::uint64_t, seed);
        QFETCH(double, precision);
        // Two classes 50x apart: reads of 1 ms at 200/s, writes of 50 ms at
        // 10/s on one processor-sharing server, rho = 0.2 + 0.5 = 0.7. M/G/1-PS:
        // each class's mean response is S_k / (1 - rho), for any distribution.
        const double sRead = 0.001, sWrite = 0.050, lRead = 200, lWrite = 10;
        Network n;
        n.classRatePerUser = {0, lRead, lWrite};
        ComponentModel cpu = queueComponent("cpu", OpRead, sRead, 1, Discipline::ProcessorSharing);
        cpu.resources[0].queue.setOpTime(OpWrite, sWrite);
        cpu.arrival.ref(ClassRead, OpRead) = lRead;
        cpu.arrival.ref(ClassWrite, OpWrite) = lWrite;
        n.components.push_back(cpu);
        const SimulationResult r = simulate(n, run(10000, seed, ServiceDistribution(distribution), cv));
        const double rho = lRead * sRead + lWrite * sWrite;
        checkEstimate(r.classes[ClassRead].mean, sRead / (1 - rho), precision, "read mean");
        checkEstimate(r.classes[ClassWrite].mean, sWrite / (1 - rho), 1.5 * precision, "write mean");
        checkUtilization(r.resources[0], rho);
    }

    void jacksonNetworkInSeriesWithRandomRouting()
    {
        // Read requests at 40/s visit queue A (mu 100/s) once, then queue B
        // (mu 80/s) with probability 0.6: a feed-forward Jackson network, so
        // each queue is M/M/1 and the mean end to end is
        // 1/(muA - lambda) + 0.6/(muB - 0.6 lambda).
        const double lambda = 40, muA = 100, muB = 80, p = 0.6;
        Network n;
        n.classRatePerUser = {0, lambda, 0};
        ComponentModel a = queueComponent("a", OpRead, 1 / muA, 1, Discipline::Fcfs);
        a.arrival.ref(ClassRead, OpRead) = lambda;
        ComponentModel b = queueComponent("b", OpDbRead, 1 / muB, 1, Discipline::Fcfs);
        b.arrival.ref(ClassRead, OpDbRead) = p * lambda;
        n.components = {a, b};
        const SimulationResult r = simulate(n, run(3000, 7));
        checkEstimate(r.classes[ClassRead].mean, 1 / (muA - lambda) + p / (muB - p * lambda), 0.02, "tandem mean");
        checkUtilization(r.resources[0], lambda / muA);
        checkUtilization(r.resources[1], p * lambda / muB);
    }

    void fleetSplitManyWays()
    {
        // Read requests at 400/s visit each of 20 queues (mu 50/s) with its own
        // chance, 2% or 8% alternately, independently: Markov routing, so a
        // Jackson network, each queue M/M/1 at lambda p_i, and the mean end to
        // end is the sum of p_i / (mu - lambda p_i).
        const double lambda = 400, mu = 50;
        Network n;
        n.classRatePerUser = {0, lambda, 0};
        double exact = 0, busy = 0;
        for (int i = 0; i < 20; ++i) {
            const double p = i % 2 ? 0.08 : 0.02;
            ComponentModel q = queueComponent("web", OpRead, 1 / mu, 1, Discipline::Fcfs);
            q.arrival.ref(ClassRead, OpRead) = p * lambda;
            n.components.push_back(q);
            exact += p / (mu - lambda * p);
            busy += lambda * p / mu;
        }
        const SimulationResult r = simulate(n, run(1000, 13));
        checkEstimate(r.classes[ClassRead].mean, exact, 0.03, "mean over 20 chances");
        double measured = 0;
        for (const SimulatedResource &q : r.resources)
            measured += q.utilization;
        QVERIFY2(std::abs(measured - busy) <= 0.02 * busy, qPrintable(QString::number(measured)));
    }

    void backgroundWorkLoadsTheQueue()
    {
        // Reads at 30/s and background jobs at 30/s share an M/M/1 FCFS queue
        // (mu 100/s): reads see 1/(mu - 60), and only reads are requests.
        const double lambda = 30, jobs = 30, mu = 100;
        Network n = singleQueue(lambda, 1 / mu, 1, Discipline::Fcfs);
        n.components[0].resources[0].queue.setOpTime(OpJob, 1 / mu);
        n.components[0].arrival.ref(ClassAsync, OpJob) = jobs;
        const SimulationResult r = simulate(n, run(6000, 8));
        checkEstimate(r.classes[ClassRead].mean, 1 / (mu - lambda - jobs), 0.02, "mean with background work");
        QVERIFY(std::abs(double(r.classes[ClassRead].arrived) - lambda * 6000) < 5 * std::sqrt(lambda * 6000));
        checkUtilization(r.resources[0], (lambda + jobs) / mu);
    }

    void fixedDelaysAddUp()
    {
        // No queue: a managed service's 30 ms per visit, 2 visits, then a
        // function of 120 ms: every request takes exactly 180 ms.
        Network n;
        n.classRatePerUser = {0, 5, 0};
        ComponentModel managed;
        managed.id = QStringLiteral("managed");
        managed.extras.update([](auto &t) { t.fixedLatency = 0.030; });
        managed.arrival.ref(ClassRead, OpRead) = 10;
        ComponentModel function;
        function.id = QStringLiteral("function");
        function.arrival.ref(ClassRead, OpRead) = 5;
        function.extras.update([](auto &t) { t.serviceSeconds[ClassRead] = 0.120; });
        n.components = {managed, function};
        const SimulationResult r = simulate(n, run(100, 9));
        const SimulatedClass &c = r.classes[ClassRead];
        QVERIFY(c.served > 300);
        QVERIFY(std::abs(c.mean.value - 0.180) < 1e-9);
        // The histogram's buckets are 0.5% wide.
        QVERIFY(std::abs(c.p99.value - 0.180) < 0.005 * 0.180);
        QVERIFY(r.resources.empty());
    }

    void timeoutsAndFailures()
    {
        // A 2 s deterministic service against a 1 s timeout: every request times out.
        Network slow = singleQueue(0.1, 2.0, 100, Discipline::Fcfs);
        slow.workload.timeoutMs = 1000;
        const SimulationResult r = simulate(slow, run(2000, 10, ServiceDistribution::Deterministic));
        QVERIFY(r.classes[ClassRead].arrived > 100);
        QCOMPARE(r.classes[ClassRead].timedOut, r.classes[ClassRead].arrived);
        QCOMPARE(r.classes[ClassRead].timedOutShare.value, 1.0);
        QCOMPARE(r.classes[ClassRead].served, std::int64_t(0));
        // Timed-out requests leave their servers: each holds one for 1 s, not
        // 2 (up to a request's second at each edge of the window).
        const double busySeconds = r.resources[0].utilization * 100 * 2000;
        QVERIFY(std::abs(busySeconds - double(r.classes[ClassRead].arrived) * 1.0) <= 2.0);

        // A down component fails every request that visits it.
        Network down = singleQueue(10, 0.01, 1, Discipline::Fcfs);
        down.components[0].down = true;
        const SimulationResult d = simulate(down, run(100, 11));
        QVERIFY(d.classes[ClassRead].arrived > 500);
        QCOMPARE(d.classes[ClassRead].failed, d.classes[ClassRead].arrived);
        QCOMPARE(d.classes[ClassRead].failedShare.value, 1.0);
        QVERIFY(d.resources.empty());
    }

    void overloadStaysBounded()
    {
        // Twice the capacity with a 2 s timeout: about half the requests time
        // out, the rest are served within the timeout, and the run ends.
        Network n = singleQueue(200, 0.01, 1, Discipline::Fcfs);
        n.workload.timeoutMs = 2000;
        const SimulationResult r = simulate(n, run(200, 12));
        const SimulatedClass &c = r.classes[ClassRead];
        QVERIFY(c.timedOutShare.value > 0.4 && c.timedOutShare.value < 0.6);
        QVERIFY(c.p99.value <= 2.0 * 1.005);
        QVERIFY(r.resources[0].utilization > 0.98);
    }

    void sameSeedSameRun()
    {
        const Network n = singleQueue(50, 0.01, 1, Discipline::ProcessorSharing);
        const SimulationResult a = simulate(n, run(100, 42));
        const SimulationResult b = simulate(n, run(100, 42));
        const SimulationResult c = simulate(n, run(100, 43));
        QCOMPARE(a.classes[ClassRead].mean.value, b.classes[ClassRead].mean.value);
        QCOMPARE(a.classes[ClassRead].arrived, b.classes[ClassRead].arrived);
        QCOMPARE(a.events, b.events);
        QVERIFY(a.classes[ClassRead].mean.value != c.classes[ClassRead].mean.value);
    }

    void refusesRunsTooLarge()
    {
        const Network n = singleQueue(1, 0.01, 1, Discipline::Fcfs);
        SimulationOptions o = run(60, 1);
        o.users = 1e9; // 10^9 requests/s
        QVERIFY(expectedSimulationEvents(n, o) > kMaxSimulationEvents);
        try {
            simulate(n, o);
            QFAIL("a run over the event limit must be refused");
        } catch (const SimulationTooLarge &e) {
            QVERIFY2(QByteArray(e.what()).contains("--seconds"), e.what());
        }
        o.seconds = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulate(n, o));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
