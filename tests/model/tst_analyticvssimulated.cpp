// The analytic model against the discrete-event simulator, on every stage of
// every shipped scenario at 50% and 80% of the stage's saturation ceiling:
// queue utilisation within 0.01, mean latency within 5%, p95 and p99 within
// 10% per user class (docs/model.md, "How close the percentiles are"). Each
// case prints its deviations, the median's too. Seeded; each run is sized so
// that the whole file stays within a few minutes.
#include "evaluation.h"
#include "network.h"
#include "shippedscenario.h"
#include "simulator.h"
#include "stages.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

constexpr double kRequestsPerRun = 300000; // measured, all classes
constexpr double kMinimumSeconds = 120;    // a slow station's busy time needs a long window to settle: a 16-vCPU database fed by a queue reads 0.011 off its offered load over 60 s, 0.006 over 120 s
constexpr double kMaximumEvents = 3e7;     // about 5 s of computing

struct Case {
    QString file;
    int stage;
    double share; // of the saturation ceiling
};

QString describe(const Case &c) { return QStringLiteral("%1 stage %2 at %3%").arg(c.file).arg(c.stage).arg(c.share * 100); }

} // namespace

class TestAnalyticVsSimulated : public QObject {
    Q_OBJECT
private slots:
    void agree_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stage");
        QTest::addColumn<double>("share");
        const QStringList files = QDir(QStringLiteral(SCALESCOPE_SCENARIOS)).entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &file : files) {
            const Scenario s = loadShipped(file);
            for (int stage = 0; stage <= int(s.stages.size()); ++stage)
                for (double share : {0.5, 0.8})
                    QTest::newRow(qPrintable(describe({file, stage, share}))) << file << stage << share;
        }
    }

    void agree()
    {
        QFETCH(QString, file);
        QFETCH(int, stage);
        QFETCH(double, share);
        const Network n = compileNetwork(architectureAt(loadShipped(file), stage));
        if (!std::isfinite(n.ceilingUsers) || n.ceilingUsers <= 0)
            QSKIP("no finite ceiling");
        const double users = n.ceilingUsers * share;
        const Evaluation e = evaluate(n, users);
        const double rate = e.peakRequestRate;
        QVERIFY(rate > 0);
        SimulationOptions o;
        o.users = users;
        o.seconds = std::max(kRequestsPerRun / rate, kMinimumSeconds);
        o.seed = 20261206;
        o.seconds = std::min(o.seconds, o.seconds * kMaximumEvents / expectedSimulationEvents(n, o));
        const SimulationResult sim = simulate(n, o);

        for (const SimulatedResource &r : sim.resources) {
            const double analytic = e.components[size_t(r.component)].resources[size_t(r.resource)].utilization;
            QVERIFY2(std::abs(r.utilization - analytic) <= 0.01,
                     qPrintable(QStringLiteral("%1 %2: simulated %3, analytic %4")
                                    .arg(n.components[size_t(r.component)].label,
                                         n.components[size_t(r.component)].resources[size_t(r.resource)].name)
                                    .arg(r.utilization).arg(analytic)));
        }
        for (int cls = 0; cls < kUserClasses; ++cls) {
            const SimulatedClass &s = sim.classes[size_t(cls)];
            const ClassResult &a = e.classes[size_t(cls)];
            if (s.served < 1000)
                continue; // too few requests of this class to compare
            auto within = [&](const char *what, double simulated, double analytic, double tolerance) {
                QVERIFY2(std::abs(analytic - simulated) <= tolerance * simulated,
                         qPrintable(QStringLiteral("%1 %2: simulated %3 ms, analytic %4 ms")
                                        .arg(QLatin1String(className(cls)), QLatin1String(what))
                                        .arg(simulated * 1000).arg(analytic * 1000)));
            };
            qInfo("%s: mean %+.1f%%, p50 %+.1f%%, p95 %+.1f%%, p99 %+.1f%% (analytic against simulated)", className(cls),
                  100 * (a.latency / s.mean.value - 1), 100 * (a.p50 / s.p50.value - 1), 100 * (a.p95 / s.p95.value - 1),
                  100 * (a.p99 / s.p99.value - 1));
            within("mean", s.mean.value, a.latency, 0.05);
            within("p95", s.p95.value, a.p95, 0.10);
            within("p99", s.p99.value, a.p99, 0.10);
        }
    }
};

QTEST_APPLESS_MAIN(TestAnalyticVsSimulated)
#include "tst_analyticvssimulated.moc"
