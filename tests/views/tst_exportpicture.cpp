// A stage's diagram as a picture: PNG scale and background, SVG text and
// rendering, PDF pages and vectors, no editing marks, no grid, and files
// that are complete or absent.
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "export/diagrampicture.h"
#include "export/diagramsnapshot.h"
#include "export/loadlegend.h"
#include "export/picturewriter.h"
#include "export/scenepainter.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QFile>
#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

using namespace scalescope;
using test::readAll;
using test::ink;

namespace {

QImage renderSvg(const QByteArray &svg, const QSize &size)
{
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    return texts;
}

QStringList svgViewBox(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
            return xml.attributes().value(QLatin1String("viewBox")).toString().split(u' ', Qt::SkipEmptyParts);
    return {};
}

// The icon square of a component in picture coordinates (1 logical pixel = 1).
QRect iconArea(const DiagramPicture &picture, const CanvasScene &scene, const QString &id)
{
    const QPointF centre = picture.mapFromScene(scene.componentItem(id)->pos());
    const double half = ComponentItem::kIconSize / 2;
    return QRectF(centre - QPointF(half, half), QSizeF(2 * half, 2 * half)).toRect();
}

// Wider than any PNG may be at a scale of 8.
struct TooWide : ExportPicture {
    QSizeF size() const override { return {5000, 10}; }
    QString title() const override { return QStringLiteral("too wide"); }
    void paint(QPainter &) const override {}
};

} // namespace

class TestExportPicture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void pngSizeAndDpiFollowTheScale()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        QTemporaryDir dir;
        for (const double scale : {1.0, 2.5}) {
            const QString path = dir.filePath(QStringLiteral("d%1.png").arg(scale));
            PictureOptions options;
            options.scale = scale;
            QString error;
            QVERIFY2(writePicture(picture, path, ExportFormat::Png, options, &error), qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(int(std::ceil(picture.size().width() * scale)),
                                         int(std::ceil(picture.size().height() * scale))));
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(96 * scale));
        }
    }

    void backgroundIsWhiteOrTransparent()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 0, 1000);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        QTemporaryDir dir;
        PictureOptions options;
        options.scale = 1;
        QVERIFY(writePicture(picture, dir.filePath("white.png"), ExportFormat::Png, options, nullptr));
        options.transparent = true;
        QVERIFY(writePicture(picture, dir.filePath("clear.png"), ExportFormat::Png, options, nullptr));
        QCOMPARE(QImage(dir.filePath("white.png")).pixelColor(2, 2), QColor(Qt::white));
        QCOMPARE(QImage(dir.filePath("clear.png")).pixelColor(2, 2).alpha(), 0);
        // The components are drawn on both.
        const QRect web = iconArea(picture, snapshot.scene(), "web");
        QVERIFY(ink(QImage(dir.filePath("clear.png")), web) > 200);
        QVERIFY(ink(QImage(dir.filePath("white.png")), web) > 200);
    }

    void svgKeepsTextAndRendersTheComponents()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        QTemporaryDir dir;
        const QString path = dir.filePath("d.svg");
        QVERIFY(writePicture(picture, path, ExportFormat::Svg, PictureOptions{}, nullptr));
        const QByteArray svg = readAll(path);
        const QSize size(int(std::ceil(picture.size().width())), int(std::ceil(picture.size().height())));
        const QStringList viewBox = svgViewBox(svg);
        QCOMPARE(viewBox.size(), 4);
        QCOMPARE(viewBox[0].toDouble(), 0.0);
        QCOMPARE(viewBox[1].toDouble(), 0.0);
        QVERIFY(std::abs(viewBox[2].toDouble() - picture.size().width()) < 0.01);
        QVERIFY(std::abs(viewBox[3].toDouble() - picture.size().height()) < 0.01);
        const QString texts = svgTexts(svg).join(u'|');
        for (const char *label : {"Users", "Route 53", "Load balancer", "Web servers", "Primary DB", "us-east-1a"})
            QVERIFY2(texts.contains(QLatin1String(label)), label);
        QVERIFY(texts.contains(QLatin1String("Bottleneck")));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY2(!svg.contains("<image"), "the SVG holds bitmaps: an item drew a pixmap (cached icon or sprite) on a vector device");
        const QImage image = renderSvg(svg, size);
        for (const Component &c : snapshot.document().architecture().components)
            QVERIFY2(ink(image, iconArea(picture, snapshot.scene(), c.id)) > 200, qPrintable(c.id));
        // Nothing in an empty stretch of canvas between the users and the region.
        QCOMPARE(ink(image, QRectF(picture.mapFromScene({40, 300}), QSizeF(60, 50)).toRect()), 0);
    }

    void pdfIsOneVectorPage()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        QTemporaryDir dir;
        const QString path = dir.filePath("d.pdf");
        QVERIFY(writePicture(picture, path, ExportFormat::Pdf, PictureOptions{}, nullptr));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = QString::fromLatin1(pdf);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
        // Icons, boxes and lines are paths, not bitmaps of them.
        QVERIFY2(text.count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))) == 0,
                 "the PDF holds bitmaps: an item drew a pixmap (cached icon or sprite) on a vector device");
        // A4 landscape: 842 x 595 points.
        const QRegularExpressionMatch box = QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)")).match(text);
        QVERIFY(box.hasMatch());
        QCOMPARE(qRound(box.captured(1).toDouble()), 842);
        QCOMPARE(qRound(box.captured(2).toDouble()), 595);
    }

    void selectionAndHoverNeverShow()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        CanvasScene &scene = snapshot.scene();
        const DiagramPicture picture(scene, snapshot.facts(), {});
        QTemporaryDir dir;
        PictureOptions options;
        options.scale = 1;
        QVERIFY(writePicture(picture, dir.filePath("clean.png"), ExportFormat::Png, options, nullptr));

        scene.selectAll();
        const Selection everything = scene.selection();
        QVERIFY(everything.components.size() == 5 && everything.groups.size() == 2 && everything.connections.size() == 4);
        QGraphicsSceneHoverEvent hover(QEvent::GraphicsSceneHoverEnter);
        scene.sendEvent(scene.componentItem("web"), &hover); // shows the connect handle
        QVERIFY(writePicture(picture, dir.filePath("marked.png"), ExportFormat::Png, options, nullptr));
        QVERIFY(writePicture(picture, dir.filePath("marked.svg"), ExportFormat::Svg, options, nullptr));

        const QImage clean(dir.filePath("clean.png")), marked(dir.filePath("marked.png"));
        QCOMPARE(marked.size(), clean.size());
        QVERIFY(marked == clean);
        // The selection blue appears nowhere in the SVG either.
        QVERIFY(!readAll(dir.filePath("marked.svg")).toLower().contains("#1a73e8"));
        // And the scene is as it was.
        QCOMPARE(scene.selection(), everything);
    }

    void theGridNeverShows()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 0, 1000);
        QVERIFY(snapshot.scene().isGridVisible());
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {false, false});
        QImage image(picture.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            picture.paint(painter);
        }
        // Grid dots every 20 scene units would fall in this empty stretch.
        QCOMPARE(ink(image, QRectF(picture.mapFromScene({30, 290}), QSizeF(80, 60)).toRect()), 0);
        QVERIFY(ink(image, iconArea(picture, snapshot.scene(), "db")) > 200);
    }

    void legendColoursAreTheRings_data()
    {
        QTest::addColumn<double>("utilization");
        for (const double u : {0.3, 0.65, 0.8, 0.9, 1.4})
            QTest::addRow("%d%%", qRound(u * 100)) << u;
    }

    void legendColoursAreTheRings()
    {
        QFETCH(double, utilization);
        const DiagramSnapshot snapshot(test::threeTier(), 0, 1000);
        ComponentItem *web = snapshot.scene().componentItem("web");
        web->setLoad(ComponentLoad{utilization, 1, 0});
        // The ring's arc starts at 12 o'clock; sample it a little clockwise.
        const double angle = qDegreesToRadians(6.0);
        const QPointF onRing = web->pos() + QPointF(32 * std::sin(angle), -32 * std::cos(angle));
        const QRectF source(onRing - QPointF(4, 4), QSizeF(8, 8));
        QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.translate(-source.topLeft());
            paintSceneItems(snapshot.scene(), painter, source);
        }
        const QColor ring = image.pixelColor(4, 4);
        const QColor legend = LoadLegend::colorAt(utilization);
        QVERIFY2(std::abs(ring.red() - legend.red()) <= 6 && std::abs(ring.green() - legend.green()) <= 6
                     && std::abs(ring.blue() - legend.blue()) <= 6,
                 qPrintable(QStringLiteral("ring %1, legend %2").arg(ring.name(), legend.name())));
    }

    void overlaysAddTheFigures()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        const DiagramPicture bare(snapshot.scene(), snapshot.facts(), {false, false});
        const DiagramPicture full(snapshot.scene(), snapshot.facts(), {true, true});
        QVERIFY(full.size().width() * full.size().height() > bare.size().width() * bare.size().height());
        QTemporaryDir dir;
        QVERIFY(writePicture(bare, dir.filePath("bare.svg"), ExportFormat::Svg, PictureOptions{}, nullptr));
        const QString texts = svgTexts(readAll(dir.filePath("bare.svg"))).join(u'|');
        QVERIFY(texts.contains(QLatin1String("Web servers")));
        QVERIFY(!texts.contains(QLatin1String("Bottleneck")));
        QVERIFY(!texts.contains(QLatin1String("Utilisation of each")));
    }

    void failuresLeaveNothingBehind()
    {
        const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        QTemporaryDir dir;
        QString error;
        // A folder that is not there.
        const QString missing = dir.filePath("missing/out.svg");
        QVERIFY(!writePicture(picture, missing, ExportFormat::Svg, PictureOptions{}, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath("missing")));
        // A picture that cannot be made keeps the old file as it was, and no
        // temporary file stays next to it.
        const QString kept = dir.filePath("kept.png");
        {
            QFile f(kept);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        PictureOptions scaled;
        scaled.scale = 8;
        QVERIFY(!writePicture(TooWide(), kept, ExportFormat::Png, scaled, &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QCOMPARE(readAll(kept), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"kept.png"});
    }
};

QTEST_MAIN(TestExportPicture)
#include "tst_exportpicture.moc"
