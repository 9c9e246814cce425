// The one number format: each row written out by the rule in report.h, and
// the advisor's sentences, which once printed "500000 req/s", keep to it.
#include "advisor.h"
#include "report.h"
#include "shippedscenario.h"
#include "stages.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace scalescope;

class TestHumanNumber : public QObject {
    Q_OBJECT
private slots:
    void rule_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("fraction: three digits") << 0.3749 << "0.375";
        QTest::newRow("small whole") << 7.0 << "7";
        QTest::newRow("below 100") << 12.46 << "12.5";
        QTest::newRow("hundreds, whole") << 275.4 << "275";
        QTest::newRow("thousands separator") << 2500.0 << "2,500";
        QTest::newRow("quota doubled") << 500000.0 << "500,000";
        QTest::newRow("just below a million") << 999999.0 << "999,999";
        QTest::newRow("millions") << 2.5e6 << "2.5M";
        QTest::newRow("2^24 users") << 16777216.0 << "16.8M";
        QTest::newRow("billions") << 1.234e9 << "1.23B";
        QTest::newRow("negative") << -12345.0 << "-12,345";
        QTest::newRow("unbounded") << std::numeric_limits<double>::infinity() << "unbounded";
    }
    void rule()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(humanNumber(value), text);
    }

    // No advice shows a figure of four or more digits unseparated.
    void adviceKeepsToTheFormat()
    {
        const QRegularExpression raw(QStringLiteral("\\d{4,}"));
        int sentences = 0;
        for (const char *file : {"journey-to-10-million-users.json", "cloud-native-five-stages.json", "ten-steps-to-millions.json"}) {
            const Scenario s = loadShipped(QLatin1String(file));
            for (int k = 0; k <= int(s.stages.size()); ++k)
                for (double users : {1000.0, 1e6})
                    for (const Proposal &p : propose(architectureAt(s, k), users)) {
                        ++sentences;
                        QVERIFY2(!raw.match(p.sentence).hasMatch(), qPrintable(p.sentence));
                    }
        }
        QVERIFY(sentences > 0);
    }
};

QTEST_APPLESS_MAIN(TestHumanNumber)
#include "tst_humannumber.moc"
