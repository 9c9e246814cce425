// The export dialog and the menu actions the window adds: formats per
// subject, names offered, and exports of what the window shows.
#include "document/scenariodocument.h"
#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

using namespace scalescope;
using test::readAll;

namespace {

using Subject = ExportDialog::Subject;

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        m_document = std::make_unique<ScenarioDocument>();
        m_document->setScenario(test::threeTier(), 1);
    }

    void formatsFollowTheSubject()
    {
        ExportDialog dialog(m_document.get(), 5000, Subject::Diagram);
        QCOMPARE(dialog.offeredFormats(), (QList<ExportFormat>{ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}));
        dialog.setFormat(ExportFormat::Svg);
        dialog.setSubject(Subject::JourneyPictures);
        QCOMPARE(dialog.offeredFormats(), (QList<ExportFormat>{ExportFormat::Png, ExportFormat::Svg}));
        QCOMPARE(dialog.format(), ExportFormat::Svg); // kept where it can be
        dialog.setSubject(Subject::JourneyDeck);
        QCOMPARE(dialog.offeredFormats(), QList<ExportFormat>{ExportFormat::Pdf});
        QCOMPARE(dialog.format(), ExportFormat::Pdf);
    }

    void suggestedNamesSayWhatItIs()
    {
        ExportDialog dialog(m_document.get(), 5000, Subject::LatencyChart);
        dialog.setFormat(ExportFormat::Svg);
        QCOMPARE(dialog.suggestedName(), QStringLiteral("a-small-three-tier-web-app-stage-1-latency.svg"));
        dialog.setSubject(Subject::Diagram);
        dialog.setFormat(ExportFormat::Png);
        QCOMPARE(dialog.suggestedName(), QStringLiteral("a-small-three-tier-web-app-stage-1.png"));
        dialog.setSubject(Subject::JourneyDeck);
        QCOMPARE(dialog.suggestedName(), QStringLiteral("a-small-three-tier-web-app.pdf"));
    }

    void exportsTheViewedStageAtTheWindowsUsers()
    {
        QTemporaryDir dir;
        ExportDialog dialog(m_document.get(), 12345, Subject::Diagram);
        dialog.setFormat(ExportFormat::Svg);
        QString error;
        QVERIFY2(dialog.exportTo(dir.filePath("d.svg"), &error), qPrintable(error));
        const QByteArray svg = readAll(dir.filePath("d.svg"));
        QVERIFY(svg.contains("Stage 1 of 1: Second availability zone"));
        QVERIFY(svg.contains("12,345"));

        dialog.setFormat(ExportFormat::Png);
        dialog.setScale(1);
        QVERIFY(dialog.exportTo(dir.filePath("1.png"), &error));
        dialog.setScale(2);
        QVERIFY(dialog.exportTo(dir.filePath("2.png"), &error));
        QCOMPARE(QImage(dir.filePath("2.png")).width(), 2 * QImage(dir.filePath("1.png")).width());

        dialog.setSubject(Subject::CostChart);
        dialog.setFormat(ExportFormat::Pdf);
        QVERIFY(dialog.exportTo(dir.filePath("cost.pdf"), &error));
        QVERIFY(readAll(dir.filePath("cost.pdf")).startsWith("%PDF-"));

        dialog.setSubject(Subject::JourneyPictures);
        dialog.setFormat(ExportFormat::Png);
        QVERIFY(dialog.exportTo(dir.filePath("frames"), &error));
        QCOMPARE(QDir(dir.filePath("frames")).entryList(QDir::Files).size(), 2);

        dialog.setSubject(Subject::Diagram);
        QVERIFY(!dialog.exportTo(dir.filePath("missing/d.png"), &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    }

    void overlaysCanBeLeftOut()
    {
        QTemporaryDir dir;
        ExportDialog dialog(m_document.get(), 5000, Subject::Diagram);
        dialog.setFormat(ExportFormat::Svg);
        dialog.setOverlays(false, false);
        QVERIFY(dialog.exportTo(dir.filePath("bare.svg"), nullptr));
        const QByteArray svg = readAll(dir.filePath("bare.svg"));
        QVERIFY(svg.contains("Web servers"));
        QVERIFY(!svg.contains("Bottleneck"));
        QVERIFY(!svg.contains("Utilisation of each"));
    }

    void actionsForTheFileMenu()
    {
        QWidget window;
        ExportActions actions(m_document.get(), [] { return 5000.0; }, &window);
        QCOMPARE(actions.actions().size(), 3);
        QCOMPARE(actions.diagramAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        for (QAction *a : actions.actions())
            QVERIFY(a->text().endsWith(QChar(0x2026)));
    }

private:
    std::unique_ptr<ScenarioDocument> m_document;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
