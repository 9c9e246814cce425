// A big diagram's scene keeps a shallower BSP index than Qt would pick (a
// deep one files each long connection under most of its cells: minutes and
// gigabytes for 100,000 components). The index only decides which items a
// paint looks at: the picture of any part is the same as with Qt's depth.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/connectionrouter.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QPainter>
#include <QTest>

using namespace scalescope;

namespace {

Scenario rows(int count)
{
    Scenario s;
    s.title = QStringLiteral("rows");
    s.base = test::serverRows(count, 10);
    return s;
}

QImage picture(CanvasScene &scene, const QRectF &part)
{
    QImage image(800, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), part);
    return image;
}

} // namespace

class TestBigSceneIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void onlyBigScenesGetAShallowIndex()
    {
        ScenarioDocument small;
        small.setScenario(rows(100));
        CanvasScene smallScene(&small);
        QCOMPARE(smallScene.itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        QCOMPARE(smallScene.bspTreeDepth(), 0); // Qt's choice

        // A big one is built without an index (it opens fitted); the tree
        // it gets when a view zooms in is shallow.
        ScenarioDocument big;
        big.setScenario(rows(1100));
        CanvasScene bigScene(&big);
        QCOMPARE(bigScene.itemIndexMethod(), QGraphicsScene::NoIndex);
        bigScene.setIndexMethod(QGraphicsScene::BspTreeIndex);
        QVERIFY(bigScene.bspTreeDepth() > 0);
        // Qt's own choice for this many items (at least 2,200) would be deeper.
        QVERIFY(bigScene.bspTreeDepth() < 12);
    }

    // Through a view: fitted, no index; zoomed in on a part, the tree,
    // still shallow (Qt's setItemIndexMethod() starts a new tree at its
    // automatic depth).
    void aViewZoomingInGetsTheShallowTree()
    {
        ScenarioDocument document;
        document.setScenario(rows(1100));
        CanvasScene scene(&document);
        CanvasView view(&scene);
        view.setFixedSize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToContents();
        view.viewport()->repaint();
        QCOMPARE(scene.itemIndexMethod(), QGraphicsScene::NoIndex);
        view.resetZoom();
        view.centerOn(scene.contentRect().center());
        view.viewport()->repaint();
        QCOMPARE(scene.itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        QVERIFY(scene.bspTreeDepth() > 0);
        QVERIFY(scene.bspTreeDepth() < 12);
    }

    // The first frame of a big diagram built without an index is the one
    // it had when built into the tree that the first paint then dropped.
    void theFirstFrameAsWhenBuiltIntoTheTree()
    {
        ScenarioDocument document;
        document.setScenario(rows(1100));
        const auto firstFrame = [&document](bool intoTheTree) {
            CanvasScene scene(&document);
            scene.router()->settle(); // routes that do not depend on how fast slices ran
            if (intoTheTree)
                scene.setIndexMethod(QGraphicsScene::BspTreeIndex); // where main's build left the items
            CanvasView view(&scene);
            view.setFixedSize(800, 500);
            view.fitToContents(); // opened fitted: the first paint is of the whole
            view.show();
            if (!QTest::qWaitForWindowExposed(&view))
                return QImage();
            view.viewport()->repaint();
            return view.viewport()->grab().toImage();
        };
        const QImage unindexed = firstFrame(false);
        QVERIFY(!unindexed.isNull());
        QImage plain(unindexed.size(), unindexed.format());
        plain.fill(unindexed.pixel(0, 0));
        QVERIFY(unindexed != plain); // the diagram, not an empty canvas
        QCOMPARE(firstFrame(true), unindexed);
    }

    void theSamePictureAsWithQtsDepth()
    {
        ScenarioDocument document;
        document.setScenario(rows(1100));
        CanvasScene scene(&document);
        scene.router()->settle(); // the final routes, not the first simple ones
        scene.setIndexMethod(QGraphicsScene::BspTreeIndex);
        const QRectF whole = scene.contentRect();
        const QRectF part(whole.center(), QSizeF(1600, 1000));
        const QImage shallowWhole = picture(scene, whole);
        const QImage shallowPart = picture(scene, part);
        scene.setBspTreeDepth(0);
        QCOMPARE(scene.bspTreeDepth(), 0);
        QCOMPARE(picture(scene, whole), shallowWhole);
        const QImage deepPart = picture(scene, part);
        QCOMPARE(deepPart, shallowPart);
        // Not an empty part of the canvas.
        QImage blank(deepPart.size(), deepPart.format());
        blank.fill(Qt::transparent);
        QVERIFY(deepPart != blank);
    }
};

QTEST_MAIN(TestBigSceneIndex)
#include "tst_bigsceneindex.moc"
