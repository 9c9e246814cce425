// The canvas scene drops its BSP index while its views show most of the
// diagram and takes it back when one zooms in on a part: the choice itself,
// then through a real view: the same picture either way, and hover, press
// and drag on the viewport still reach the component under the pointer.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/sceneindexpolicy.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalescope;

namespace {

constexpr int kSide = 8;         // components a row and a column
constexpr double kSpacing = 240; // on the 20-unit grid

QString idAt(int row, int column)
{
    return QStringLiteral("c%1_%2").arg(row).arg(column);
}

// A square of kSide x kSide EC2 servers, none connected.
Scenario grid()
{
    Scenario s;
    s.title = QStringLiteral("grid");
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c)
            s.base.components.push_back(Component{idAt(r, c), QStringLiteral("ec2"), QString(), QString(),
                                                  Point{c * kSpacing, r * kSpacing}, {}});
    return s;
}

} // namespace

class TestSceneIndexPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void cleanup()
    {
        m_second.reset();
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void shareIsTheCoveredPartOfTheArea()
    {
        const QRectF content(0, 0, 100, 100);
        QCOMPARE(shownShare(content, QRectF(-50, -50, 500, 500)), 1.0);
        QCOMPARE(shownShare(content, QRectF(50, 0, 100, 100)), 0.5);  // the right half
        QCOMPARE(shownShare(content, QRectF(0, 0, 50, 50)), 0.25);    // a quarter
        QCOMPARE(shownShare(content, QRectF(200, 200, 10, 10)), 0.0); // beside it
        QCOMPARE(shownShare(QRectF(), QRectF(0, 0, 10, 10)), 0.0);
    }

    void indexFollowsTheLeastShowingView()
    {
        const QRectF content(0, 0, 100, 100);
        const QRectF all(-10, -10, 120, 120), half(0, 0, 50, 100), forty(0, 0, 40, 100), quarter(0, 0, 50, 50);
        for (const auto current : {QGraphicsScene::NoIndex, QGraphicsScene::BspTreeIndex}) {
            QCOMPARE(indexMethodFor(content, {all}, current), QGraphicsScene::NoIndex);
            QCOMPARE(indexMethodFor(content, {half}, current), QGraphicsScene::NoIndex);
            QCOMPARE(indexMethodFor(content, {quarter}, current), QGraphicsScene::BspTreeIndex);
            // Between a third and a half the index in use stays.
            QCOMPARE(indexMethodFor(content, {forty}, current), current);
            // One view on a part is enough for the tree.
            QCOMPARE(indexMethodFor(content, {all, quarter}, current), QGraphicsScene::BspTreeIndex);
            // Nothing to go by.
            QCOMPARE(indexMethodFor(content, {}, current), current);
            QCOMPARE(indexMethodFor(QRectF(), {all}, current), current);
        }
    }

    // Fitted, the whole square shows: no index. At 100% a 1000 x 700 view
    // shows about a sixth of its 1,700-odd units square: the tree.
    void theViewSwitchesTheIndexAsItZooms()
    {
        open();
        m_view->fitToContents();
        m_view->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::NoIndex);
        m_view->resetZoom();
        m_view->centerOn(m_scene->componentItem(idAt(2, 2))->pos());
        m_view->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
    }

    // The same view, fitted, painted without an index and then with the
    // tree (a second view zoomed in on a corner asks for it): pixel for pixel.
    void bothIndexesPaintTheSamePicture()
    {
        open();
        m_scene->select(Selection{{idAt(3, 4)}, {}, {}});
        m_view->fitToContents();
        m_view->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::NoIndex);
        const QImage unindexed = m_view->viewport()->grab().toImage();

        m_second = std::make_unique<CanvasView>(m_scene.get());
        m_second->setFixedSize(300, 200);
        m_second->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_second.get()));
        m_second->resetZoom();
        m_second->centerOn(0, 0);
        m_second->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        m_view->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        const QImage indexed = m_view->viewport()->grab().toImage();
        QCOMPARE(indexed.size(), unindexed.size());
        QVERIFY(indexed == unindexed);
    }

    // Through the viewport, with either index: hovering shows the connect
    // handle of the component under the pointer, a click selects it, and a
    // drag on its body moves it (and the index finds it where it went).
    void pointerReachesTheComponentUnderIt_data()
    {
        QTest::addColumn<bool>("fitted");
        QTest::newRow("fitted, no index") << true;
        QTest::newRow("zoom 1, tree") << false;
    }
    void pointerReachesTheComponentUnderIt()
    {
        QFETCH(bool, fitted);
        open();
        const QString id = idAt(5, 6);
        ComponentItem *item = m_scene->componentItem(id);
        if (fitted) {
            m_view->fitToContents();
        } else {
            m_view->resetZoom();
            m_view->centerOn(item->pos());
        }
        m_view->viewport()->repaint();
        QCOMPARE(m_scene->itemIndexMethod(), fitted ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex);

        QWidget *vp = m_view->viewport();
        const QPoint at = m_view->mapFromScene(item->pos());
        QTest::mouseMove(vp, at);
        QVERIFY(item->isUnderMouse());
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(m_scene->selection().components, QStringList{id});

        // A move of two grid steps right and one down, in small steps.
        const QPointF from = item->pos();
        const QPointF to = from + QPointF(40, 20);
        const QPoint a = m_view->mapFromScene(from);
        const QPoint b = m_view->mapFromScene(to);
        test::dragOnViewport(vp, a, b);
        const Component *moved = m_doc->component(id);
        QVERIFY(moved);
        QCOMPARE(moved->position, (Point{to.x(), to.y()}));
        QCOMPARE(m_doc->undoStack()->count(), 1);

        m_view->viewport()->repaint();
        QCOMPARE(m_scene->componentAt(to), item);
        QCOMPARE(m_scene->componentAt(from), nullptr); // where its centre was
    }

private:
    void open()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(grid());
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_view = std::make_unique<CanvasView>(m_scene.get());
        m_view->setFixedSize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
    std::unique_ptr<CanvasView> m_second;
};

QTEST_MAIN(TestSceneIndexPolicy)
#include "tst_sceneindexpolicy.moc"
