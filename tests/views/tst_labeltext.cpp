// Hostile label text is bounded before layout: a label of thousands of
// combining accents and emoji froze the window and took a minute to export.
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/labeltext.h"
#include "document/scenariodocument.h"
#include "export/stageexport.h"
#include "scalescope_resources.h"
#include "sizelimits.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace scalescope;

namespace {

QString repeated(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

const QString kAccent = QString(QChar(0x0301));
const QString kEmoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units

QStringList clustersOf(const QString &text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        out << text.mid(start, end - start);
        start = end;
    }
    return out;
}

} // namespace

class TestLabelText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void shortTextIsKept()
    {
        QCOMPARE(boundedDisplayText(QStringLiteral("Web servers"), 60), QStringLiteral("Web servers"));
        QCOMPARE(boundedDisplayText(repeated(kEmoji, 10), 60), repeated(kEmoji, 10));
        QCOMPARE(boundedDisplayText(QString(), 60), QString());
    }

    void hostileTextIsBounded()
    {
        // One base letter with 5,000 accents, then 1,000 emoji.
        const QString hostile = QStringLiteral("a") + repeated(kAccent, 5000) + repeated(kEmoji, 1000);
        const QString bounded = boundedDisplayText(hostile, 60);
        QVERIFY(bounded.endsWith(QChar(0x2026)));
        const QStringList clusters = clustersOf(bounded.chopped(1));
        QCOMPARE(clusters.size(), 60);
        // The accented letter, cut to kMaxClusterUnits units, then 59 whole emoji.
        QCOMPARE(clusters.front(), QStringLiteral("a") + repeated(kAccent, kMaxClusterUnits - 1));
        for (qsizetype i = 1; i < clusters.size(); ++i)
            QCOMPARE(clusters[i], kEmoji);
    }

    void noHalfCodePoint()
    {
        // A cluster whose 16th unit starts a supplementary-plane mark
        // (VARIATION SELECTOR-17, U+E0100): the cut keeps 15 units.
        const QString selector = QString::fromUcs4(U"\U000E0100");
        const QString letter = QStringLiteral("e") + repeated(kAccent, 14) + selector + repeated(kAccent, 5);
        QCOMPARE(clustersOf(letter).size(), 1);
        const QString bounded = boundedDisplayText(letter + repeated(QStringLiteral("x"), 100), 60);
        QCOMPARE(clustersOf(bounded).front(), QStringLiteral("e") + repeated(kAccent, 14));
    }

    // The longest labels a file may hold, of the worst kinds, on the canvas
    // and in an export: they lay out and draw, elided to two lines.
    void worstLabelsDrawAndExport()
    {
        Scenario s;
        s.base.components.push_back(Component{QStringLiteral("accents"), QStringLiteral("s3"),
                                              QStringLiteral("a") + repeated(kAccent, kMaxLabelLength - 1), QString(),
                                              Point{0, 0}, {}});
        s.base.components.push_back(Component{QStringLiteral("emoji"), QStringLiteral("s3"),
                                              repeated(kEmoji, kMaxLabelLength / 2), QString(), Point{200, 0}, {}});
        ScenarioDocument doc;
        doc.setScenario(s);
        CanvasScene scene(&doc);
        for (const QString &id : {QStringLiteral("accents"), QStringLiteral("emoji")}) {
            ComponentItem *item = scene.componentItem(id);
            QVERIFY(item);
            QVERIFY(item->boundingRect().height() < 200); // two lines of label, not a tower of accents
        }
        QTemporaryDir dir;
        QString error;
        QVERIFY2(exportDiagram(s, 0, 1000, dir.filePath(QStringLiteral("d.svg")), ExportFormat::Svg, PictureOptions{},
                               OverlayOptions{}, &error),
                 qPrintable(error));
        QVERIFY2(exportDiagram(s, 0, 1000, dir.filePath(QStringLiteral("d.png")), ExportFormat::Png, PictureOptions{},
                               OverlayOptions{}, &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestLabelText)
#include "tst_labeltext.moc"
