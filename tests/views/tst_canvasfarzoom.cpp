// What the canvas draws zoomed out (a big diagram fitted to the window),
// where it takes shortcuts to keep a slider move within a frame: the rings
// as straight pieces, straight lines as whole-pixel bands, no text too small
// to read; and what it must still repaint: the rate labels wherever they
// grow, the background when the grid is switched.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "canvas/flowlabellayer.h"
#include "canvas/groupitem.h"
#include "document/scenariodocument.h"
#include "live/loadcolors.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <memory>

using namespace scalescope;

namespace {

// The scene's `source` rectangle drawn `scale` times its size on white.
QImage renderAt(QGraphicsScene &scene, const QRectF &source, double scale)
{
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source, Qt::IgnoreAspectRatio);
    painter.end();
    return image;
}

// Whether `color` is within a pixel of `at`.
bool colorNear(const QImage &image, const QPointF &at, const QColor &color)
{
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
            const QPoint p = at.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(p) && image.pixelColor(p).rgb() == color.rgb())
                return true;
        }
    return false;
}

struct Canvas {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    explicit Canvas(const Scenario &s)
    {
        document.setScenario(s);
        scene = std::make_unique<CanvasScene>(&document);
        scene->setGridVisible(false); // only the items
    }
};

} // namespace

class TestCanvasFarZoom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    // Far out the ring's arc is straight pieces: it still starts at 12
    // o'clock and runs clockwise as far as the utilisation goes.
    void farRingFollowsUtilisation_data()
    {
        QTest::addColumn<double>("utilization");
        QTest::newRow("a quarter") << 0.25;
        QTest::newRow("three quarters") << 0.75;
    }
    void farRingFollowsUtilisation()
    {
        QFETCH(double, utilization);
        Canvas canvas(test::threeTier());
        ComponentItem *web = canvas.scene->componentItem(QStringLiteral("web"));
        web->setLoad(ComponentLoad{utilization, 1, 0, false});
        const double scale = 0.8 * ComponentItem::kTextZoom;
        const QRectF source(web->pos() - QPointF(50, 50), QSizeF(100, 100));
        const QImage image = renderAt(*canvas.scene, source, scale);
        // On the ring (radius 32) at an angle clockwise from 12 o'clock.
        const auto onRing = [&](double degrees) {
            const double a = degrees * M_PI / 180;
            return (QPointF(32 * std::sin(a), -32 * std::cos(a)) + QPointF(50, 50)) * scale;
        };
        const QColor color = loadColor(utilization);
        const double filled = utilization * 360;
        for (double degrees : {20.0, 70.0, 160.0, 200.0, 250.0, 340.0}) {
            const bool expected = degrees < filled - 10;
            const bool unexpected = degrees > filled + 10;
            if (expected)
                QVERIFY2(colorNear(image, onRing(degrees), color), qPrintable(QString::number(degrees)));
            if (unexpected)
                QVERIFY2(!colorNear(image, onRing(degrees), color), qPrintable(QString::number(degrees)));
        }
    }

    // Labels and figures only go where they would be a few pixels high:
    // just above the zoom where they stop, they are drawn.
    void textHiddenOnlyBelowTheReadableZoom()
    {
        Canvas labelled(test::threeTier());
        Scenario bare = test::threeTier();
        for (Component &c : bare.base.components)
            c.label = QStringLiteral(" ");
        for (Group &g : bare.base.groups)
            g.label.clear();
        Canvas unlabelled(bare);
        const QRectF source = labelled.scene->itemsBoundingRect();
        for (double scale : {1.1 * ComponentItem::kTextZoom, 0.9 * ComponentItem::kTextZoom}) {
            const QImage with = renderAt(*labelled.scene, source, scale);
            const QImage without = renderAt(*unlabelled.scene, source, scale);
            if (scale >= ComponentItem::kTextZoom)
                QVERIFY(with != without);
            else
                QCOMPARE(with, without);
        }
    }

    // The label is laid out once, not per paint: a label too wide for
    // one line still wraps onto a second, centred under the icon.
    void longLabelWrapsOntoTwoLines()
    {
        Scenario s = test::threeTier();
        for (Component &c : s.base.components)
            if (c.id == QLatin1String("web"))
                c.label = QStringLiteral("Primary web servers behind the balancer");
        Canvas canvas(s);
        ComponentItem *web = canvas.scene->componentItem(QStringLiteral("web"));
        QFont font;
        font.setPixelSize(11); // the label's
        const double line = QFontMetricsF(font).height();
        QVERIFY(QFontMetricsF(font).horizontalAdvance(s.base.components[3].label) > 140); // wider than the box
        const QRectF source(web->pos() + QPointF(-70, 40), QSizeF(140, 2 * line));
        const QImage image = renderAt(*canvas.scene, source, 1);
        const int first = test::ink(image, QRect(0, 0, 140, int(line)));
        const int second = test::ink(image, QRect(0, int(line) + 1, 140, int(line) - 1));
        QVERIFY(first > 0);
        QVERIFY(second > 0);
        // Centred: about as much ink left of the middle as right of it.
        const int left = test::ink(image, QRect(0, 0, 70, int(2 * line)));
        const int right = test::ink(image, QRect(70, 0, 70, int(2 * line)));
        QVERIFY2(std::abs(left - right) < (left + right) / 4, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
    }

    // A straight line far out is a band as many whole pixels wide as its
    // width at that zoom, rounded, one to three.
    void farStraightLineIsAWholePixelBand_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("scale");
        QTest::newRow("wide at 0.3") << 9.0 << 0.3;   // 2.7 -> 3
        QTest::newRow("wide at 0.25") << 9.0 << 0.25; // 2.25 -> 2
        QTest::newRow("thin at 0.25") << 1.5 << 0.25; // 0.375 -> at least 1
        QTest::newRow("wider at 0.38") << 9.0 << 0.38; // 3.42 -> at most 3
    }
    void farStraightLineIsAWholePixelBand()
    {
        QFETCH(double, width);
        QFETCH(double, scale);
        QVERIFY(scale < ConnectionItem::kDetailZoom);
        Scenario s = test::threeTier();
        for (Component &c : s.base.components)
            if (c.id == QLatin1String("lb"))
                c.position = Point{100, 200}; // level with web at (500, 200)
        Canvas canvas(s);
        // Straight from one to the other (the View menu's straight lines): a
        // routed line goes round the labels in between.
        canvas.scene->router()->setStyle(ConnectionRouter::Style::Straight);
        ConnectionItem *line = canvas.scene->connectionItem(QStringLiteral("lb"), QStringLiteral("web"));
        QVERIFY(line);
        line->setFlow(ConnectionFlow{width, 0, false});
        const QRectF source(QPointF(250, 150), QSizeF(100, 100)); // the middle of the line
        const QImage image = renderAt(*canvas.scene, source, scale);
        const int x = image.width() / 2;
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            if (image.pixelColor(x, y).rgb() == QColor(0x54, 0x5B, 0x64).rgb())
                ++dark;
        QCOMPARE(dark, int(std::clamp(std::round(width * scale), 1.0, 3.0)));
    }

    // The rate labels' layer keeps its bounds between slider moves, but a
    // label that grows or moves out of them widens them: never a label
    // drawn outside what the scene repaints.
    void rateLabelsStayInsideTheirLayer()
    {
        QGraphicsScene scene;
        auto *layer = new FlowLabelLayer;
        scene.addItem(layer);
        const std::vector<ConnectionId> ids{{QStringLiteral("a"), QStringLiteral("b")},
                                            {QStringLiteral("b"), QStringLiteral("c")}};
        layer->setSlots(ids);
        const auto holdsAll = [&] {
            for (const ConnectionId &id : ids)
                if (!layer->boundingRect().contains(layer->labelRect(id)))
                    return false;
            return true;
        };
        using Label = FlowLabelLayer::Label;
        QCOMPARE(layer->setLabels({Label{QStringLiteral("1 req/s"), {0, 0}}, Label{QStringLiteral("2 req/s"), {200, 0}}}), 2);
        QVERIFY(holdsAll());
        // Longer text at the outer end: the box is wider than the bounds were.
        QCOMPARE(layer->setLabels({Label{QStringLiteral("1 req/s"), {0, 0}}, Label{QStringLiteral("280,000 req/s"), {200, 0}}}), 1);
        QVERIFY(holdsAll());
        // Shorter again: still inside (the bounds do not shrink on a move).
        QCOMPARE(layer->setLabels({Label{QStringLiteral("1 req/s"), {0, 0}}, Label{QStringLiteral("3 req/s"), {200, 0}}}), 1);
        QVERIFY(holdsAll());
        // Somewhere else entirely (the lines moved).
        QCOMPARE(layer->setLabels({Label{QStringLiteral("1 req/s"), {0, 0}}, Label{QStringLiteral("3 req/s"), {900, 700}}}), 1);
        QVERIFY(holdsAll());
        // New slots start from nothing: no bounds left over from the old.
        layer->setSlots({ids[0]});
        QCOMPARE(layer->setLabels({Label{QStringLiteral("1 req/s"), {0, 0}}}), 1);
        QVERIFY(layer->boundingRect().contains(layer->labelRect(ids[0])));
        QVERIFY(layer->boundingRect().right() < 100);
    }

    // The view keeps its background in a pixmap: switching the grid must
    // still show (or hide) the dots at once.
    void gridSwitchRepaintsTheCachedBackground()
    {
        ScenarioDocument document;
        document.setScenario(test::threeTier());
        CanvasScene scene(&document);
        CanvasView view(&scene);
        view.setFixedSize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(-600, -600); // empty page: nothing but the grid
        const QRect area = view.viewport()->rect();
        QVERIFY(test::ink(view.viewport()->grab().toImage(), area) > 0);
        scene.setGridVisible(false);
        QCOMPARE(test::ink(view.viewport()->grab().toImage(), area), 0);
        scene.setGridVisible(true);
        const QImage cached = view.viewport()->grab().toImage();
        QVERIFY(test::ink(cached, area) > 0);
        // The pixmap holds the same dots as the view draws without it.
        view.setCacheMode(QGraphicsView::CacheNone);
        QCOMPARE(view.viewport()->grab().toImage(), cached);
    }
};

QTEST_MAIN(TestCanvasFarZoom)
#include "tst_canvasfarzoom.moc"
