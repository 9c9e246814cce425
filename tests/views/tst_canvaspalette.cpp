// The canvas and the charts follow the application's palette: on a dark
// one the background is dark and labels are light, and text keeps a
// contrast of at least 4.5:1 (WCAG 2, level AA for normal text).
#include "canvas/canvascolors.h"
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/groupstyle.h"
#include "canvas/iconlibrary.h"
#include "charts/sweepplot.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QApplication>
#include <QPainter>
#include <QTest>

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
};

QTEST_MAIN(TestCanvasPalette)
#include "tst_canvaspalette.moc"
