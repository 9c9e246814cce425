// User counts as people type them (the slider's box and --users).
#include "usercount.h"

#include <QTest>

using namespace scalescope;

class TestUserCount : public QObject {
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("users");
        QTest::newRow("plain") << "2500" << 2500.0;
        QTest::newRow("thousands separator") << "2,500" << 2500.0;
        QTest::newRow("millions separators") << "1,234,567" << 1234567.0;
        QTest::newRow("k") << "10k" << 10000.0;
        QTest::newRow("K") << "10K" << 10000.0;
        QTest::newRow("M with a fraction") << "2.5M" << 2500000.0;
        QTest::newRow("m") << "2.5m" << 2500000.0;
        QTest::newRow("B") << "1.5B" << 1.5e9;
        QTest::newRow("exponent") << "1e6" << 1e6;
        QTest::newRow("surrounding spaces") << "  42  " << 42.0;
        QTest::newRow("space before the suffix") << "10 k" << 10000.0;
        QTest::newRow("underscores") << "1_000_000" << 1e6;
        QTest::newRow("fraction") << "0.5" << 0.5;
        QTest::newRow("zero") << "0" << 0.0;
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(double, users);
        const std::optional<double> v = parseUserCount(text);
        QVERIFY2(v.has_value(), qPrintable(text));
        QCOMPARE(*v, users);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("word") << "lots";
        QTest::newRow("suffix only") << "k";
        QTest::newRow("two suffixes") << "10kk";
        QTest::newRow("unknown suffix") << "10x";
        QTest::newRow("trailing junk") << "100 users";
        QTest::newRow("two points") << "1.2.3";
        QTest::newRow("negative") << "-5";
        QTest::newRow("negative with suffix") << "-2k";
        QTest::newRow("NaN") << "NaN";
        QTest::newRow("nan") << "nan";
        QTest::newRow("infinity") << "inf";
        QTest::newRow("Infinity") << "Infinity";
        QTest::newRow("overflow") << "1e309";
        QTest::newRow("overflow by suffix") << "1e308B";
    }
    void refused()
    {
        QFETCH(QString, text);
        const std::optional<double> v = parseUserCount(text);
        QVERIFY2(!v.has_value(), qPrintable(QStringLiteral("'%1' gave %2").arg(text).arg(v.value_or(0))));
    }
};

QTEST_GUILESS_MAIN(TestUserCount)
#include "tst_usercount.moc"
