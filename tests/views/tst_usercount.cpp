// The user count control: the log slider scale, short text, round steps,
// typed values, keys and presets.
#include "controls/usercountcontrol.h"
#include "controls/userscale.h"

#include "usercount.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace scalescope;

class TestUserCount : public QObject {
    Q_OBJECT
private slots:
    void sliderCoversTheRange()
    {
        QCOMPARE(UserScale::sliderMaximum(), 8 * UserScale::kTicksPerDecade);
        QCOMPARE(UserScale::fromSlider(0), 1.0);
        QCOMPARE(UserScale::fromSlider(UserScale::sliderMaximum()), 100e6);
        QCOMPARE(UserScale::toSlider(1), 0);
        QCOMPARE(UserScale::toSlider(100e6), UserScale::sliderMaximum());
        QCOMPARE(UserScale::toSlider(0.01), 0);                    // clamped
        QCOMPARE(UserScale::toSlider(1e12), UserScale::sliderMaximum());
    }

    void sliderRoundTrip_data()
    {
        QTest::addColumn<double>("users");
        for (const double u : {1.0, 7.0, 100.0, 2500.0, 34467.0, 344828.0, 1e6, 2.5e6, 12345678.0, 100e6})
            QTest::newRow(qPrintable(QString::number(u, 'f', 0))) << u;
    }

    void sliderRoundTrip()
    {
        QFETCH(double, users);
        const double back = UserScale::fromSlider(UserScale::toSlider(users));
        QVERIFY2(std::abs(back - users) / users < 0.006, qPrintable(QString::number(back)));
    }

    void roundValuesSurviveTheSlider()
    {
        for (const double u : {100.0, 2500.0, 10e3, 345e3, 1e6, 2.5e6, 10e6})
            QCOMPARE(UserScale::fromSlider(UserScale::toSlider(u)), u);
    }

    void everyDragStepIsSmall()
    {
        // Whole users below 100; above, no step changes the count by more than 1.1%.
        double previous = UserScale::fromSlider(0);
        for (int p = 1; p <= UserScale::sliderMaximum(); ++p) {
            const double u = UserScale::fromSlider(p);
            QVERIFY(u >= previous);
            if (previous >= 100)
                QVERIFY2(u / previous <= 1.011, qPrintable(QStringLiteral("tick %1: %2 -> %3").arg(p).arg(previous).arg(u)));
            else
                QVERIFY(u - previous <= 1);
            previous = u;
        }
    }

    void shortText_data()
    {
        QTest::addColumn<double>("users");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << 1.0 << "1";
        QTest::newRow("hundreds") << 250.0 << "250";
        QTest::newRow("999") << 999.0 << "999";
        QTest::newRow("2,500") << 2500.0 << "2,500";
        QTest::newRow("10,000") << 10e3 << "10,000";
        QTest::newRow("four digits stay") << 1234.0 << "1,234";
        QTest::newRow("five digits stay") << 34467.0 << "34,467";
        QTest::newRow("345,000") << 345e3 << "345,000";
        QTest::newRow("exact ceiling") << 344828.0 << "344,828";
        QTest::newRow("2.5M") << 2.5e6 << "2.5M";
        QTest::newRow("1.23M") << 1.23e6 << "1.23M";
        QTest::newRow("100M") << 100e6 << "100M";
        QTest::newRow("fraction rounds") << 2499.6 << "2,500";
        QTest::newRow("millions keep every digit") << 16777216.0 << "16,777,216";
    }

    void shortText()
    {
        QFETCH(double, users);
        QFETCH(QString, text);
        QCOMPARE(UserScale::format(users), text);
        // What the field shows, it reads back.
        QCOMPARE(parseUserCount(text).value(), std::round(users));
    }

    void roundSteps_data()
    {
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("up");
        QTest::addColumn<double>("down");
        QTest::newRow("10k") << 10e3 << 12e3 << 8e3;
        QTest::newRow("12k") << 12e3 << 15e3 << 10e3;
        QTest::newRow("between") << 13456.0 << 15e3 << 12e3;
        QTest::newRow("2.5M") << 2.5e6 << 3e6 << 2e6;
        QTest::newRow("small") << 5.0 << 6.0 << 4.0;
        QTest::newRow("ten") << 10.0 << 12.0 << 9.0;
        QTest::newRow("bottom") << 1.0 << 2.0 << 1.0;
        QTest::newRow("top") << 100e6 << 100e6 << 80e6;
    }

    void roundSteps()
    {
        QFETCH(double, users);
        QFETCH(double, up);
        QFETCH(double, down);
        QCOMPARE(UserScale::stepUp(users), up);
        QCOMPARE(UserScale::stepDown(users), down);
    }

    void typedValues_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("users");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "2500" << 2500.0 << "2,500";
        QTest::newRow("k") << "10k" << 10e3 << "10,000";
        QTest::newRow("M") << "2.5M" << 2.5e6 << "2.5M";
        QTest::newRow("commas") << "34,467" << 34467.0 << "34,467";
        QTest::newRow("above the range") << "500M" << 100e6 << "100M";
        QTest::newRow("below the range") << "0" << 1.0 << "1";
    }

    void typedValues()
    {
        QFETCH(QString, typed);
        QFETCH(double, users);
        QFETCH(QString, shown);
        UserCountControl control;
        control.setUsers(1000);
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        control.field()->clear();
        QTest::keyClicks(control.field(), typed);
        QVERIFY(!control.inputFlagged());
        QTest::keyClick(control.field(), Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toDouble(), users);
        QCOMPARE(control.users(), users);
        QCOMPARE(control.field()->text(), shown);
        QCOMPARE(control.slider()->value(), UserScale::toSlider(users));
    }

    void invalidInputIsFlaggedAndReverted()
    {
        UserCountControl control;
        control.setUsers(2500);
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        control.field()->clear();
        QTest::keyClicks(control.field(), QStringLiteral("lots"));
        QVERIFY(control.inputFlagged());
        QVERIFY(!control.field()->styleSheet().isEmpty());
        QTest::keyClick(control.field(), Qt::Key_Return);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(control.users(), 2500.0);
        QCOMPARE(control.field()->text(), QStringLiteral("2,500"));
        QVERIFY(!control.inputFlagged());
        QVERIFY(control.field()->styleSheet().isEmpty());
    }

    void sliderMovesReportUsers()
    {
        UserCountControl control;
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        control.slider()->setValue(5 * UserScale::kTicksPerDecade); // as a drag does
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toDouble(), 100e3);
        QCOMPARE(control.field()->text(), QStringLiteral("100,000"));
        control.slider()->setValue(UserScale::toSlider(2.5e6));
        QCOMPARE(changed.last().first().toDouble(), 2.5e6);
        QCOMPARE(control.field()->text(), QStringLiteral("2.5M"));
    }

    void keysStepTheCount_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("users");
        QTest::newRow("up") << int(Qt::Key_Up) << 3000.0;
        QTest::newRow("right") << int(Qt::Key_Right) << 3000.0;
        QTest::newRow("down") << int(Qt::Key_Down) << 2000.0;
        QTest::newRow("left") << int(Qt::Key_Left) << 2000.0;
        QTest::newRow("page up") << int(Qt::Key_PageUp) << 25000.0;
        QTest::newRow("page down") << int(Qt::Key_PageDown) << 250.0;
        QTest::newRow("home") << int(Qt::Key_Home) << 1.0;
        QTest::newRow("end") << int(Qt::Key_End) << 100e6;
    }

    void keysStepTheCount()
    {
        QFETCH(int, key);
        QFETCH(double, users);
        UserCountControl control;
        control.setUsers(2500);
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        QTest::keyClick(control.slider(), Qt::Key(key));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toDouble(), users);
        QCOMPARE(control.slider()->value(), UserScale::toSlider(users));
        QCOMPARE(control.field()->text(), UserScale::format(users));
    }

    void arrowsInTheFieldStepToo()
    {
        UserCountControl control;
        control.setUsers(10e3);
        QTest::keyClick(control.field(), Qt::Key_Up);
        QCOMPARE(control.users(), 12e3);
        QTest::keyClick(control.field(), Qt::Key_PageDown);
        QCOMPARE(control.users(), 1200.0);
    }

    void pageStepsStopAtTheEnds()
    {
        UserCountControl control;
        control.setUsers(50e6);
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        QTest::keyClick(control.slider(), Qt::Key_PageUp);
        QCOMPARE(control.users(), 100e6);
        QTest::keyClick(control.slider(), Qt::Key_PageUp);
        QCOMPARE(changed.count(), 1); // already at the top: no change, no signal
    }

    void presetsGiveExactValues()
    {
        UserCountControl control;
        control.setUsers(3333);
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        for (int i = 0; i < int(UserCountControl::kPresets.size()); ++i) {
            QTest::mouseClick(control.presetButton(i), Qt::LeftButton);
            QCOMPARE(changed.last().first().toDouble(), UserCountControl::kPresets[size_t(i)]);
            QCOMPARE(control.users(), UserCountControl::kPresets[size_t(i)]);
            QCOMPARE(control.field()->text(), control.presetButton(i)->text());
        }
        QCOMPARE(changed.count(), 4);
        QCOMPARE(control.presetButton(0)->text(), QStringLiteral("100"));
        QCOMPARE(control.presetButton(3)->text(), QStringLiteral("10M"));
    }

    void setUsersDoesNotEcho()
    {
        UserCountControl control;
        QSignalSpy changed(&control, &UserCountControl::usersChanged);
        control.setUsers(34467);
        control.setUsers(2e6);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(control.users(), 2e6);
        QCOMPARE(control.slider()->value(), UserScale::toSlider(2e6));
        QCOMPARE(control.field()->text(), QStringLiteral("2M"));
    }
};

QTEST_MAIN(TestUserCount)
#include "tst_usercount.moc"
