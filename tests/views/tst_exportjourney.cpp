// The whole journey: a PDF deck with a page per stage, and a folder of
// numbered pictures that appears complete or not at all.
#include "export/journeyexport.h"
#include "scalescope_resources.h"
#include "scenariofile.h"

#include "testsupport.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace scalescope;
using test::shipped;
using test::readAll;

namespace {

int pdfPages(const QString &path)
{
    return int(QString::fromLatin1(readAll(path)).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

// Every text a PDF shows, as pdftotext reads it (empty when not installed).
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestExportJourney : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void frameNamesAreNumberedAfterTheTitles()
    {
        QCOMPARE(frameFileName(0, QStringLiteral("Anything"), ExportFormat::Png), QStringLiteral("stage-00-base.png"));
        QCOMPARE(frameFileName(3, QStringLiteral("1,000 users: a second availability zone"), ExportFormat::Svg),
                 QStringLiteral("stage-03-1-000-users-a-second-availability-zone.svg"));
        QCOMPARE(frameFileName(12, QStringLiteral("Caf\u00e9 & r\u00e9plicas!"), ExportFormat::Png),
                 QStringLiteral("stage-12-cafe-replicas.png"));
        QCOMPARE(frameFileName(1, QStringLiteral("???"), ExportFormat::Png), QStringLiteral("stage-01-stage.png"));
    }

    void theDeckHasOnePagePerStage()
    {
        const Scenario s = shipped(QStringLiteral("journey-to-10-million-users.json"));
        QTemporaryDir dir;
        const QString path = dir.filePath("deck.pdf");
        QString error;
        QVERIFY2(writeJourneyDeck(s, path, {}, &error), qPrintable(error));
        QCOMPARE(pdfPages(path), int(s.stages.size()) + 1);
        const QString text = pdfText(path);
        if (!text.isEmpty()) {
            QVERIFY(text.contains(QLatin1String("Base architecture")));
            for (const Stage &stage : s.stages)
                QVERIFY2(text.contains(stage.title.simplified()), qPrintable(stage.title));
            QVERIFY(text.contains(QLatin1String("Bottleneck")));
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%1\\b").arg(s.stages.size() + 1))));
        }
    }

    void framesAreOnePicturePerStageOfOneSize()
    {
        const Scenario s = shipped(QStringLiteral("journey-to-10-million-users.json"));
        QTemporaryDir dir;
        const QString folder = dir.filePath("frames/png");
        JourneyOptions options;
        options.picture.scale = 1;
        QStringList written;
        QString error;
        QVERIFY2(writeJourneyFrames(s, folder, ExportFormat::Png, options, &error, &written), qPrintable(error));
        QCOMPARE(written.size(), int(s.stages.size()) + 1);
        QStringList expected{frameFileName(0, {}, ExportFormat::Png)};
        for (size_t k = 0; k < s.stages.size(); ++k)
            expected << frameFileName(int(k + 1), s.stages[k].title, ExportFormat::Png);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), expected);
        // One scene rectangle for all: every frame has the first one's size.
        const QSize first = QImage(written.front()).size();
        QVERIFY(!first.isEmpty());
        for (const QString &path : std::as_const(written))
            QCOMPARE(QImage(path).size(), first);
    }

    void svgFramesRender()
    {
        const Scenario s = shipped(QStringLiteral("three-tier.json"));
        QTemporaryDir dir;
        QStringList written;
        QVERIFY(writeJourneyFrames(s, dir.path(), ExportFormat::Svg, {}, nullptr, &written));
        QCOMPARE(written.size(), 2);
        for (const QString &path : std::as_const(written)) {
            QVERIFY(path.endsWith(QLatin1String(".svg")));
            QVERIFY(QSvgRenderer(path).isValid());
            QVERIFY(readAll(path).contains("Web servers"));
        }
    }

    void aFailedExportLeavesTheFolderAsItWas()
    {
        const Scenario s = shipped(QStringLiteral("journey-to-10-million-users.json"));
        QTemporaryDir dir;
        // An old frame stays as it was when the new ones cannot all be made
        // (here: too large a scale for a PNG).
        const QString old = dir.filePath("stage-00-base.png");
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        JourneyOptions huge;
        huge.picture.scale = PictureOptions::kMaxScale;
        QString error;
        QVERIFY(!writeJourneyFrames(s, dir.path(), ExportFormat::Png, huge, &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"stage-00-base.png"});
        QCOMPARE(readAll(old), QByteArray("old"));
        // A folder the export made is gone again.
        const QString fresh = dir.filePath("new/frames");
        QVERIFY(!writeJourneyFrames(s, fresh, ExportFormat::Png, huge, &error));
        QVERIFY(!QFileInfo::exists(dir.filePath("new")));
    }

    void unwritablePlacesFailCleanly()
    {
        const Scenario s = shipped(QStringLiteral("three-tier.json"));
        QTemporaryDir dir;
        const QString file = dir.filePath("a-file");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(!writeJourneyFrames(s, file, ExportFormat::Png, {}, &error));
        QVERIFY2(error.contains(QLatin1String("a-file")), qPrintable(error));
        QVERIFY(!writeJourneyFrames(s, file + QStringLiteral("/frames"), ExportFormat::Png, {}, &error));
        QVERIFY(!writeJourneyDeck(s, dir.filePath("missing/deck.pdf"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"a-file"});
    }
};

QTEST_MAIN(TestExportJourney)
#include "tst_exportjourney.moc"
