// `scalescope [FILE] [--stage N|last] [--users N] [--workshop]`: what the
// editor is asked to open with, and clear errors for what it cannot use.
#include "window/editoroptions.h"

#include <QTest>

using namespace scalescope;

class TestEditorOptions : public QObject {
    Q_OBJECT
private slots:
    void nothingOpensTheDefault()
    {
        QString error;
        const EditorOptions o = parseEditorOptions({}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(o.file.isEmpty());
        QVERIFY(!o.stage && !o.users && !o.workshop);
    }

    void everyOptionTogether()
    {
        QString error;
        const EditorOptions o = parseEditorOptions(
            {"--stage", "3", "journey.json", "--users", "2.5M", "--workshop"}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(o.file, QStringLiteral("journey.json"));
        QCOMPARE(*o.stage, 3);
        QCOMPARE(*o.users, 2'500'000.0);
        QVERIFY(o.workshop);
        QCOMPARE(*parseEditorOptions({"--stage", "last"}, &error).stage, -1);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "--bogus";
        QTest::newRow("stage not a number") << QStringList{"--stage", "two"} << "'two'";
        QTest::newRow("negative stage") << QStringList{"--stage", "-1"} << "'-1'";
        QTest::newRow("users junk") << QStringList{"--users", "lots"} << "'lots'";
        QTest::newRow("users out of range") << QStringList{"--users", "1e12"} << "from 1 to 100M";
        QTest::newRow("value missing") << QStringList{"--users"} << "--users needs a value";
        QTest::newRow("two files") << QStringList{"a.json", "b.json"} << "'b.json'";
    }
    void badInputIsNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString error;
        parseEditorOptions(args, &error);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEditorOptions)
#include "tst_editoroptions.moc"
