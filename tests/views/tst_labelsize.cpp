// Component labels on the canvas stay readable however far out the view is
// zoomed: under the editor's minimum size the view draws them at that size
// itself, as many as fit without covering each other or other icons (the
// selected one first); the tool tip names every component. A picture drawn
// small without a view (an export) leaves out labels too small to read.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTest>

using namespace scalescope;

namespace {

Component ec2(const QString &id, const QString &label, double x, double y)
{
    return Component{id, QStringLiteral("ec2"), label, QString(), Point{x, y}, {}};
}

Scenario scenarioOf(std::vector<Component> components)
{
    Scenario s;
    s.title = QStringLiteral("labels");
    s.base.components = std::move(components);
    return s;
}

struct Canvas {
    ScenarioDocument document;
    CanvasScene scene;
    CanvasView view;
    Canvas(const Scenario &s, QSize size, int stage = 0)
        : scene((document.setScenario(s, stage), &document)), view(&scene)
    {
        scene.setGridVisible(false);
        view.setFixedSize(size);
        view.show();
    }
    QImage grab() { return view.viewport()->grab().toImage(); }
    // Repainted after a change, the whole view.
    void settle()
    {
        view.viewport()->repaint();
        QCoreApplication::processEvents();
    }
    const CanvasView::DrawnCaption *caption(const QString &id) const
    {
        for (const CanvasView::DrawnCaption &c : view.drawnCaptions())
            if (c.id == id)
                return &c;
        return nullptr;
    }
};

// How many rows of `area` hold dark text (the label's ink, not its light box).
int textRows(const QImage &image, const QRect &area)
{
    const QRect r = area.intersected(image.rect());
    int rows = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (image.pixelColor(x, y).lightness() < 140) {
                ++rows;
                break;
            }
    return rows;
}

// The height of a text's ink at a pixel size.
double inkHeight(const QString &text, double pixels)
{
    QFont f;
    f.setPixelSize(int(pixels));
    return QFontMetricsF(f).tightBoundingRect(text).height();
}

} // namespace

class TestLabelSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void labelsAreDrawnAtLeastTheMinimumSize_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("pixels");
        // The label font is 11 px at zoom 1; the editor's minimum is 9 px.
        QTest::newRow("zoom 0.2") << 0.2 << CanvasView::kEditorLabelPixels;
        QTest::newRow("zoom 0.4") << 0.4 << CanvasView::kEditorLabelPixels;
        QTest::newRow("zoom 1") << 1.0 << 11.0;
    }

    void labelsAreDrawnAtLeastTheMinimumSize()
    {
        QFETCH(double, zoom);
        QFETCH(double, pixels);
        const QString label = QStringLiteral("Web servers");
        Canvas canvas(scenarioOf({ec2(QStringLiteral("web"), label, 0, 0)}), QSize(400, 300));
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        canvas.view.setTransform(QTransform::fromScale(zoom, zoom));
        canvas.view.centerOn(0, 40);
        canvas.settle();
        QCOMPARE(canvas.view.drawsCaptions(), 11 * zoom < CanvasView::kEditorLabelPixels);
        // Below the icon, as wide as the label box at the drawn size.
        const QPoint top = canvas.view.mapFromScene(QPointF(0, 0));
        const double box = 140 * pixels / 11;
        const QRect area(int(top.x() - box / 2), top.y() + int(24 * zoom) + 2, int(box), int(4 * pixels));
        const double expected = inkHeight(label, pixels);
        const int rows = textRows(canvas.grab(), area);
        QVERIFY2(std::abs(rows - expected) <= 2, qPrintable(QStringLiteral("%1 rows of ink, %2 expected").arg(rows).arg(expected)));
        QVERIFY(!canvas.scene.componentItem(QStringLiteral("web"))->toolTip().isEmpty()); // named on hover too
    }

    void crowdedCaptionsNeverCoverEachOtherOrAnIcon()
    {
        // Five by three servers 150 apart with long names, seen at 30%: not
        // every caption fits.
        std::vector<Component> components;
        for (int i = 0; i < 15; ++i)
            components.push_back(ec2(QStringLiteral("c%1").arg(i), QStringLiteral("Application server %1").arg(i),
                                     (i % 5) * 150, (i / 5) * 150));
        Canvas canvas(scenarioOf(components), QSize(500, 400));
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        canvas.view.setTransform(QTransform::fromScale(0.3, 0.3));
        canvas.view.centerOn(300, 150);
        canvas.settle();
        const auto &drawn = canvas.view.drawnCaptions();
        QVERIFY(!drawn.empty());
        QVERIFY(drawn.size() < components.size());
        const QImage image = canvas.grab();
        for (size_t i = 0; i < drawn.size(); ++i) {
            QVERIFY(textRows(image, drawn[i].rect.toAlignedRect()) > 0);
            for (size_t j = i + 1; j < drawn.size(); ++j)
                QVERIFY2(!drawn[i].rect.intersects(drawn[j].rect), qPrintable(drawn[i].id + QLatin1Char(' ') + drawn[j].id));
            for (const Component &c : components) {
                if (c.id == drawn[i].id)
                    continue;
                const ComponentItem *other = canvas.scene.componentItem(c.id);
                const QRectF icon = canvas.view.mapFromScene(ComponentItem::iconBounds().translated(other->pos())).boundingRect();
                QVERIFY2(!drawn[i].rect.intersects(icon), qPrintable(drawn[i].id + QLatin1Char(' ') + c.id));
            }
        }
    }

    void theSelectedCaptionIsDrawnFirst()
    {
        // Two servers side by side whose captions under them would overlap
        // at 30% (their icons are clear of each other's): the one to the
        // left comes first, the other goes over its icon, until it is clicked.
        Canvas canvas(scenarioOf({ec2(QStringLiteral("a"), QStringLiteral("Application server a"), 0, 0),
                                  ec2(QStringLiteral("b"), QStringLiteral("Application server b"), 260, 0)}),
                      QSize(400, 300));
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        canvas.view.setTransform(QTransform::fromScale(0.3, 0.3));
        canvas.view.centerOn(130, 40);
        canvas.settle();
        const QPoint onA = canvas.view.mapFromScene(QPointF(0, 0)), onB = canvas.view.mapFromScene(QPointF(260, 0));
        const CanvasView::DrawnCaption *a = canvas.caption(QStringLiteral("a"));
        const CanvasView::DrawnCaption *b = canvas.caption(QStringLiteral("b"));
        QVERIFY(a && b);
        QVERIFY(a->rect.top() > onA.y());
        QVERIFY(b->rect.bottom() < onB.y());

        QWidget *vp = canvas.view.viewport();
        QTest::mouseMove(vp, onB);
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, onB);
        QVERIFY(canvas.scene.componentItem(QStringLiteral("b"))->isSelected());
        QCoreApplication::processEvents(); // the repaint the selection asked for
        canvas.settle();
        b = canvas.caption(QStringLiteral("b"));
        QVERIFY(b);
        QVERIFY(b->rect.top() > onB.y()); // under its icon now
        a = canvas.caption(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(a->rect.bottom() < onA.y()); // over its icon now
        QVERIFY(!a->rect.intersects(b->rect));
        // Drawn in the selection's blue.
        const QImage image = canvas.grab();
        int blue = 0;
        const QRect r = b->rect.toAlignedRect().intersected(image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                if (image.pixelColor(x, y) == QColor(0x1A, 0x73, 0xE8))
                    ++blue;
        QVERIFY(blue > r.width() * r.height() / 4);
    }

    void theJourneysLastStageFittedIsLabelled()
    {
        // Stage 6 of the default journey fitted into the editor's canvas at
        // 1280x800 (the docks take the rest): far too small for the items'
        // own labels, yet captions at the minimum size where they fit.
        Canvas canvas(test::journey(), QSize(710, 290), 6);
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        canvas.view.fitToContents();
        canvas.settle();
        QVERIFY(11 * canvas.view.zoom() < 7);
        const auto &drawn = canvas.view.drawnCaptions();
        const size_t components = canvas.document.architecture().components.size();
        qInfo("zoom %.2f: %zu of %zu components captioned", canvas.view.zoom(), drawn.size(), components);
        QVERIFY(drawn.size() >= components / 4);
        QFont f;
        f.setPixelSize(int(CanvasView::kEditorLabelPixels));
        for (size_t i = 0; i < drawn.size(); ++i) {
            QVERIFY(drawn[i].rect.height() >= QFontMetricsF(f).height());
            for (size_t j = i + 1; j < drawn.size(); ++j)
                QVERIFY(!drawn[i].rect.intersects(drawn[j].rect));
        }
    }

    void aPictureDrawnSmallLeavesUnreadableLabelsOut()
    {
        // No view to draw them larger: under 5 px a label is left out.
        ScenarioDocument doc;
        doc.setScenario(scenarioOf({ec2(QStringLiteral("web"), QStringLiteral("Web servers"), 0, 0)}));
        CanvasScene scene(&doc);
        scene.setGridVisible(false);
        for (const double zoom : {0.4, 0.5}) {
            const QRectF label = ComponentItem::labelBounds().adjusted(0, 0, 0, -15);
            QImage image((label.size() * zoom).toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(QPointF(0, 0), label.size() * zoom), label);
            p.end();
            QCOMPARE(test::ink(image, image.rect()) > 0, 11 * zoom >= 5);
        }
    }
};

QTEST_MAIN(TestLabelSize)
#include "tst_labelsize.moc"
