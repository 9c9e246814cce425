// The bottleneck callout beside a component at the edge of the window: the
// box goes where the view shows it whole, not across the edge.
#include "canvas/bottleneckcallout.h"
#include "canvas/canvasobstacles.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace scalescope;

namespace {

// A shown callout on a saturated web server, added to the scene.
BottleneckCallout *saturatedCallout(QGraphicsScene &scene)
{
    auto *callout = new BottleneckCallout;
    scene.addItem(callout);
    callout->setContent({QStringLiteral("web"), QStringLiteral("Saturated: 40% of its requests fail"),
                         QStringLiteral("Web server CPU 167% (3.3 of 2 vCPU)"), BottleneckCallout::Severity::Saturated});
    callout->show();
    return callout;
}

} // namespace

class TestCalloutPlacement : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void theBoxStaysInsideTheView_data()
    {
        QTest::addColumn<QPoint>("where"); // the component's centre in the viewport
        QTest::newRow("top left") << QPoint(60, 50);
        QTest::newRow("top right") << QPoint(940, 50);
        QTest::newRow("bottom left") << QPoint(60, 650);
        QTest::newRow("bottom right") << QPoint(940, 650);
        QTest::newRow("bottom middle") << QPoint(500, 660);
    }

    void theBoxStaysInsideTheView()
    {
        QFETCH(QPoint, where);
        ScenarioDocument document;
        document.setScenario(test::threeTier());
        CanvasScene scene(&document);
        CanvasView view(&scene);
        view.setFixedSize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();

        BottleneckCallout *callout = saturatedCallout(scene);
        callout->placeAt(view.mapToScene(where), CanvasObstacles(scene));
        const QRectF box = callout->boxSceneRect();
        QVERIFY2(visible.contains(box), qPrintable(QStringLiteral("box %1,%2 %3x%4 outside %5,%6 %7x%8")
                                                       .arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())
                                                       .arg(visible.x()).arg(visible.y())
                                                       .arg(visible.width()).arg(visible.height())));
    }

    // Zoomed far out (a whole diagram fitted on a projector), the box's two
    // lines of text are still at least the view's minimum label size on
    // screen, and the box stays inside the view.
    void theTextKeepsItsMinimumSizeOnScreen()
    {
        ScenarioDocument document;
        document.setScenario(test::threeTier());
        CanvasScene scene(&document);
        CanvasView view(&scene);
        const double minimum = 15;
        view.setMinimumLabelPixels(minimum);
        view.setFixedSize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(0.3, 0.3)); // 12 px text would be 3.6 px
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();

        BottleneckCallout *callout = saturatedCallout(scene);
        callout->placeAt(view.mapToScene(QPoint(940, 650)), CanvasObstacles(scene));
        const QRectF box = view.mapFromScene(callout->boxSceneRect()).boundingRect();
        // Two lines of at least the minimum size each.
        QVERIFY2(box.height() >= 2 * minimum, qPrintable(QString::number(box.height())));
        QVERIFY(QRectF(view.viewport()->rect()).adjusted(-1, -1, 1, 1).contains(box));
        QVERIFY(visible.isValid());
    }
};

QTEST_MAIN(TestCalloutPlacement)
#include "tst_calloutplacement.moc"
