// The canvas and the charts follow the application's palette: on a dark
// one the background is dark and labels are light, and text keeps a
// contrast of at least 4.5:1 (WCAG 2, level AA for normal text). The Stage
// and Inspector docks keep their secondary greys readable, the cost chart
// its axis colours, and exported pictures stay light whatever the palette.
#include "canvas/canvascolors.h"
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/groupstyle.h"
#include "canvas/iconlibrary.h"
#include "charts/costchart.h"
#include "charts/daychart.h"
#include "charts/chartpalette.h"
#include "charts/sweepplot.h"
#include "charts/utilizationchart.h"
#include "export/chartpicture.h"
#include "export/diagrampicture.h"
#include "export/diagramsnapshot.h"
#include "export/picturewriter.h"
#include "inspector/inspectorwidget.h"
#include "inspector/loadbar.h"
#include "profile/profileeditor.h"
#include "stages/narrativepanel.h"
#include "network.h"
#include "sweep.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QPainter>
#include <QTest>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

using namespace scalescope;

namespace {

// Relative luminance and contrast ratio as WCAG 2.1 defines them.
double relativeLuminance(const QColor &c)
{
    const auto linear = [](double s) { return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour as it shows over an opaque one.
QColor over(const QColor &top, const QColor &ground)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + ground.redF() * (1 - a)), float(top.greenF() * a + ground.greenF() * (1 - a)),
                            float(top.blueF() * a + ground.blueF() * (1 - a)));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE0, 0xE0, 0xE0));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Text, QColor(0xE0, 0xE0, 0xE0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE0, 0xE0, 0xE0));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QImage renderScene(CanvasScene &scene, const QRectF &area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), area.size()), area);
    return image;
}

// The labels of a dock drawn in the secondary grey, with their colour and ground.
QList<QLabel *> secondaryLabels(QWidget *root)
{
    QList<QLabel *> labels;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->foregroundRole() == QPalette::PlaceholderText)
            labels << label;
    return labels;
}

QImage png(const ExportPicture &picture)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PictureOptions options;
    options.scale = 1;
    QString error;
    if (!writePng(picture, buffer, options, &error))
        qFatal("%s", qPrintable(error));
    return QImage::fromData(buffer.data(), "png");
}

// The lightest and darkest pixels of an image.
std::pair<int, int> lightnessRange(const QImage &image)
{
    int lo = 255, hi = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int l = image.pixelColor(x, y).lightness();
            lo = std::min(lo, l);
            hi = std::max(hi, l);
        }
    return {lo, hi};
}

} // namespace

class TestCanvasPalette : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void aDarkPaletteGivesADarkCanvasWithLightLabels()
    {
        QApplication::setPalette(darkPalette());
        ScenarioDocument doc;
        doc.setScenario(test::threeTier());
        CanvasScene scene(&doc);
        const CanvasColors &c = scene.colors();
        QVERIFY(c.dark);
        QVERIFY(c.background.lightness() < 64);
        QVERIFY(c.ink.lightness() > 192);
        // Labels sit on their box, over the background (and maybe a line).
        const QColor labelGround = over(c.labelFill, c.background);
        QVERIFY(contrast(c.ink, labelGround) >= 4.5);
        QVERIFY(contrast(c.ink, over(c.labelFill, c.line)) >= 4.5);
        QVERIFY(contrast(c.ink, over(c.boxFill, c.background)) >= 4.5);
        QVERIFY(contrast(c.line, c.background) >= 3); // a graphic, not text: 3:1
        for (const char *kind : {"region", "availability-zone", "vpc", "auto-scaling-group"})
            QVERIFY2(contrast(c.readable(groupStyle(QLatin1String(kind)).text), c.background) >= 4.5, kind);

        // What is drawn: the empty canvas is the dark background ...
        const QRectF empty(-915, -915, 10, 10); // between the grid's dots
        QCOMPARE(renderScene(scene, empty).pixelColor(5, 5), c.background);
        // ... and a component's label, light text on a dark box.
        const ComponentItem *web = scene.componentItem(QStringLiteral("web"));
        const QRectF label = ComponentItem::labelBounds().translated(web->pos()).adjusted(20, 0, -20, -16);
        const auto [darkest, lightest] = lightnessRange(renderScene(scene, label));
        QVERIFY(darkest < 64);
        QVERIFY(lightest > 192);
    }

    void darkLineArtIconsGetALightGround()
    {
        IconLibrary icons;
        QVERIFY(icons.isDarkLineArt(QStringLiteral("users"))); // dark outlines on nothing
        QVERIFY(!icons.isDarkLineArt(QStringLiteral("ec2")));  // a filled orange square
        QApplication::setPalette(darkPalette());
        ScenarioDocument doc;
        doc.setScenario(test::threeTier());
        CanvasScene scene(&doc);
        scene.setGridVisible(false);
        const ComponentItem *users = scene.componentItem(QStringLiteral("users"));
        QVERIFY(users);
        // Around the icon's edge, inside the ground drawn under it.
        const QRectF corner = QRectF(-26, -26, 4, 4).translated(users->pos());
        QVERIFY(renderScene(scene, corner).pixelColor(2, 2).lightness() > 192);
    }

    void aPaletteChangeRepaintsInTheNewColours()
    {
        QApplication::setPalette(lightPalette());
        ScenarioDocument doc;
        doc.setScenario(test::threeTier());
        CanvasScene scene(&doc);
        QVERIFY(!scene.colors().dark);
        const QRectF empty(-915, -915, 10, 10); // between the grid's dots
        QCOMPARE(renderScene(scene, empty).pixelColor(5, 5), QColor(Qt::white));
        QVERIFY(contrast(scene.colors().ink, over(scene.colors().labelFill, Qt::white)) >= 4.5);
        QApplication::setPalette(darkPalette());
        QVERIFY(scene.colors().dark);
        QVERIFY(renderScene(scene, empty).pixelColor(5, 5).lightness() < 64);
    }

    void chartsFollowThePalette()
    {
        QApplication::setPalette(lightPalette());
        // In a window, as in the editor (a window not yet shown takes the
        // palette when it is).
        QWidget window;
        auto *plot = new SweepPlot(QStringLiteral("title"), &window);
        plot->resize(300, 200);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto corner = [plot] { return plot->toPixmap(300, 200).toImage().pixelColor(2, 198); };
        QCOMPARE(corner(), QColor(Qt::white));
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents(); // a window hears of the new palette through its event queue
        QCOMPARE(corner(), darkPalette().color(QPalette::Base));
        QVERIFY(contrast(plot->xAxis->tickLabelColor(), darkPalette().color(QPalette::Base)) >= 4.5);
    }

    void theCeilingNoteReadsOnEitherPalette()
    {
        QWidget window;
        auto *chart = new UtilizationChart(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QPalette &palette : {lightPalette(), darkPalette(), lightPalette()}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QColor ground = palette.color(QPalette::Base);
            const QCPItemText *note = chart->ceilingNote();
            QVERIFY(contrast(note->color(), over(note->brush().color(), ground)) >= 4.5);
        }
    }

    void theDayChartAndTheProfileEditorFollowThePalette()
    {
        QApplication::setPalette(lightPalette());
        ScenarioDocument doc;
        doc.setScenario(test::journey(), 4);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *day = new DayChart(&doc, &window);
        auto *profile = new ProfileEditor(&doc, &window);
        layout->addWidget(day);
        layout->addWidget(profile);
        window.resize(800, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Made dark, as the system does, and light again.
        for (const QPalette &palette : {lightPalette(), darkPalette(), lightPalette()}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QColor ground = palette.color(QPalette::Base);
            for (QCustomPlot *plot : {day->plot(), profile->plot()}) {
                QCOMPARE(plot->toPixmap(300, 200).toImage().pixelColor(1, 1), ground);
                QVERIFY(contrast(plot->axisRect()->axis(QCPAxis::atBottom)->tickLabelColor(), ground) >= 4.5);
            }
            // The panels' names read on their boxes over the plot.
            int names = 0;
            for (int i = 0; i < day->plot()->itemCount(); ++i)
                if (const auto *name = qobject_cast<QCPItemText *>(day->plot()->item(i))) {
                    ++names;
                    QVERIFY2(contrast(name->color(), over(name->brush().color(), ground)) >= 4.5, qPrintable(name->text()));
                }
            QCOMPARE(names, 5);
        }
    }

    void theStageAndInspectorGreysReadOnEitherPalette()
    {
        ScenarioDocument doc;
        doc.setScenario(test::journey(), 4);
        NarrativePanel stage(&doc);
        InspectorWidget inspector(&doc);
        inspector.resize(320, 600);
        stage.resize(320, 300);
        stage.show();
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        // Made light, then turned dark (as the system does), and back.
        for (const QPalette &palette : {lightPalette(), darkPalette(), lightPalette()}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            for (QWidget *dock : {static_cast<QWidget *>(&stage), static_cast<QWidget *>(&inspector)}) {
                const QList<QLabel *> labels = secondaryLabels(dock);
                QVERIFY(!labels.isEmpty());
                for (const QLabel *label : labels) {
                    const QColor grey = label->palette().color(label->foregroundRole());
                    const QColor ground = label->palette().color(QPalette::Window);
                    QCOMPARE(ground, palette.color(QPalette::Window)); // only the grey is the dock's own
                    QVERIFY2(contrast(grey, ground) >= 4.5, qPrintable(label->text()));
                    // Still quieter than the text beside it.
                    QVERIFY(contrast(grey, ground) < contrast(palette.color(QPalette::WindowText), ground));
                }
            }
        }
        // The load bar's empty track is dark on a dark palette.
        QApplication::setPalette(darkPalette());
        LoadBar bar;
        bar.resize(100, 10);
        bar.setUtilization(0);
        QVERIFY(bar.grab().toImage().pixelColor(50, 5).lightness() < 96);
    }

    void theCostChartKeepsItsAxisColoursAfterAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        QWidget window;
        auto *chart = new CostChart(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(chart->yAxis->tickLabelColor(), ChartPalette::series(0));
        QCOMPARE(chart->yAxis2->labelColor(), ChartPalette::series(1));
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        const CanvasColors dark = CanvasColors::darkColors();
        QCOMPARE(chart->yAxis->tickLabelColor(), dark.readable(ChartPalette::series(0)));
        QCOMPARE(chart->yAxis2->tickLabelColor(), dark.readable(ChartPalette::series(1)));
        QVERIFY(contrast(chart->yAxis->tickLabelColor(), darkPalette().color(QPalette::Base)) >= 4.5);
        QApplication::setPalette(lightPalette());
        QCoreApplication::processEvents();
        QCOMPARE(chart->yAxis->tickLabelColor(), ChartPalette::series(0));
    }

    void exportsAreLightWhateverThePalette()
    {
        // The same diagram and chart exported under a light and a dark
        // palette: the same pictures, pixel for pixel.
        const auto pictures = [] {
            const DiagramSnapshot snapshot(test::threeTier(), 1, 5000);
            const DiagramPicture diagram(snapshot.scene(), snapshot.facts(), {});
            const Network network = compileNetwork(test::threeTier().base);
            const Sweep s = sweep(network, 1, 1e6, 40);
            const ChartPicture chart(ChartKind::Cost, network, s, 5000, QStringLiteral("cost"));
            return std::pair{png(diagram), png(chart)};
        };
        QApplication::setPalette(lightPalette());
        const auto light = pictures();
        QApplication::setPalette(darkPalette());
        const auto dark = pictures();
        QVERIFY(!light.first.isNull() && !light.second.isNull());
        QCOMPARE(dark.first.pixelColor(2, 2), QColor(Qt::white));
        QVERIFY(dark.first == light.first);
        QVERIFY(dark.second == light.second);

        // The live canvas, dark on screen, exports light and stays dark.
        ScenarioDocument doc;
        doc.setScenario(test::threeTier());
        CanvasScene scene(&doc);
        QVERIFY(scene.colors().dark);
        const QImage live = png(DiagramPicture(scene, {}, {}));
        QVERIFY(scene.colors().dark); // and dark again afterwards
        const auto [darkest, lightest] = lightnessRange(live);
        QCOMPARE(lightest, 255);
        QVERIFY(darkest < 80); // dark ink on the light page
        QApplication::setPalette(lightPalette());
        const QImage lightLive = png(DiagramPicture(scene, {}, {}));
        QVERIFY(live == lightLive);
    }
};

QTEST_MAIN(TestCanvasPalette)
#include "tst_canvaspalette.moc"
