// The distribution latency percentiles are read from: a shifted Weibull on
// three cumulants, exact for an exponential, and close to a processor-sharing
// visit (an exponential service times a gamma slowdown) worked out here by
// quadrature.
#include "latency.h"
#include "timeshape.h"
#include "tst_network_fixture.h"

#include <QTest>

#include <boost/math/distributions/gamma.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <cmath>
#include <limits>

using namespace scalescope;

namespace {

// The three cumulants of loc + scale x Weibull(shape), from its raw moments.
TimeMoments weibullCumulants(double shape, double scale, double location)
{
    const double g1 = std::tgamma(1 + 1 / shape), g2 = std::tgamma(1 + 2 / shape), g3 = std::tgamma(1 + 3 / shape);
    TimeMoments m;
    m.mean = location + scale * g1;
    m.variance = scale * scale * (g2 - g1 * g1);
    m.thirdCumulant = scale * scale * scale * (g3 - 3 * g1 * g2 + 2 * g1 * g1 * g1);
    return m;
}

// P(S K > t) for S exponential with mean s and K gamma with mean `stretch`
// and relative variance kappa: the integral of exp(-t / (s k)) over K.
double compoundSurvival(double t, double s, double stretch, double kappa)
{
    const boost::math::gamma_distribution<double> k(1 / kappa, stretch * kappa);
    auto f = [&](double x) { return x > 0 ? std::exp(-t / (s * x)) * boost::math::pdf(k, x) : 0.0; };
    return boost::math::quadrature::gauss_kronrod<double, 61>::integrate(f, 0, std::numeric_limits<double>::infinity(), 15, 1e-12);
}

double compoundQuantile(double p, double s, double stretch, double kappa)
{
    double lo = 0, hi = 1000 * s * stretch;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (1 - compoundSurvival(mid, s, stretch, kappa) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

class TestTimeShape : public QObject {
    Q_OBJECT
private slots:
    void weibullSkewnessAtKnownShapes()
    {
        // Shape 1 is the exponential (skewness 2); shape 2 the Rayleigh,
        // 2 sqrt(pi) (pi - 3) / (4 - pi)^1.5.
        const double pi = 3.14159265358979323846;
        QCOMPARE_REL(TimeShape::weibullSkewness(1), 2.0, 1e-12);
        QCOMPARE_REL(TimeShape::weibullSkewness(2), 2 * std::sqrt(pi) * (pi - 3) / std::pow(4 - pi, 1.5), 1e-12);
        QVERIFY(TimeShape::weibullSkewness(0.5) > TimeShape::weibullSkewness(1)); // smaller shapes, longer tails
    }

    void anExponentialStaysExact()
    {
        const double m = 0.2;
        const TimeShape shape(TimeMoments{m, m * m, 2 * m * m * m});
        for (double p : {0.5, 0.95, 0.99})
            QCOMPARE_REL(shape.quantile(p), -m * std::log(1 - p), 1e-9);
        QCOMPARE_REL(timeQuantile(TimeMoments{m, m * m, 2 * m * m * m}, 0.03, 0.99), 0.03 - m * std::log(0.01), 1e-9);
    }

    void threeCumulantsOfAWeibullGiveItBack()
    {
        for (double k : {0.45, 0.7, 1.6, 3.0}) {
            const double scale = 2, location = 0.5;
            const TimeShape shape(weibullCumulants(k, scale, location));
            for (double p : {0.5, 0.95, 0.99})
                QCOMPARE_REL(shape.quantile(p), location + scale * std::pow(-std::log(1 - p), 1 / k), 1e-8);
        }
    }

    void withoutAThirdCumulantAGammaOnTwo()
    {
        // Mean 2, variance 2: the gamma of shape 2 and scale 1, whose
        // distribution function is 1 - exp(-t)(1 + t).
        const TimeShape shape(TimeMoments{2, 2, 0});
        for (double p : {0.5, 0.95, 0.99}) {
            const double t = shape.quantile(p);
            QCOMPARE_REL(1 - std::exp(-t) * (1 + t), p, 1e-9);
        }
    }

    void aTimeWithoutSpreadIsItsMean()
    {
        const TimeShape shape(TimeMoments{0.04, 0, 0});
        QVERIFY(!shape.continuous());
        QCOMPARE(shape.quantile(0.99), 0.04);
    }

    void aProcessorSharingVisitFollowsItsSlowdownCompound_data()
    {
        QTest::addColumn<double>("rho");
        QTest::newRow("50%") << 0.5;
        QTest::newRow("80%") << 0.8;
        QTest::newRow("90%") << 0.9;
    }

    void aProcessorSharingVisitFollowsItsSlowdownCompound()
    {
        // One M/M/1-PS visit of mean service s: the model's three cumulants
        // (visitTime) against the compound they come from, by quadrature.
        QFETCH(double, rho);
        const double s = 0.05, lambda = rho / s;
        const StationState st = stationState(Discipline::ProcessorSharing, 1, lambda, s, 2 * s * s);
        const TimeShape shape(visitTime(Discipline::ProcessorSharing, st, s));
        const double stretch = 1 / (1 - rho), kappa = rho / (2 - rho);
        for (double p : {0.95, 0.99}) {
            const double expected = compoundQuantile(p, s, stretch, kappa);
            qInfo("rho %.1f p%.0f: fitted %+.2f%% against the compound", rho, p * 100, 100 * (shape.quantile(p) / expected - 1));
            QVERIFY2(std::abs(shape.quantile(p) / expected - 1) < 0.03,
                     qPrintable(QStringLiteral("p%1: %2 against %3").arg(p * 100).arg(shape.quantile(p)).arg(expected)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeShape)
#include "tst_timeshape.moc"
