// Zoomed far out, one layer paints the whole diagram (farlayer.h). It
// must paint exactly what the items paint themselves: the same view is
// grabbed with the layer on (the only view, zoomed out) and off (a second
// view at 100% turns it off), pixel for pixel, with live figures, a
// selection and a hovered component; again after a slider move, an edit, a
// drag and a rubber band through the real event path on the viewport.
#include "canvas/bottleneckcallout.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "canvas/farlayer.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalescope;

namespace {

constexpr int kServers = 240;
constexpr int kPerRow = 20;

// Rows of servers behind a balancer, a VPC box around the first rows.
Scenario rows()
{
    Scenario s;
    s.title = QStringLiteral("rows");
    s.base = test::serverRows(kServers, kPerRow);
    Group vpc;
    vpc.id = QStringLiteral("vpc");
    vpc.kind = QStringLiteral("vpc");
    vpc.label = QStringLiteral("Production VPC");
    vpc.rect = Rect{-100, -100, 20 * 240.0 + 100, 4 * 200.0 + 100};
    s.base.groups.push_back(vpc);
    return s;
}

} // namespace

class TestFarLayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void cleanup()
    {
        m_near.reset();
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    // Fitted, the diagram is drawn by the layer, and looks the same as
    // when every item draws itself.
    void drawsWhatTheItemsDraw()
    {
        open();
        m_scene->select(Selection{{QStringLiteral("c45")}, {}, {}});
        QTest::mouseMove(m_view->viewport(), viewPos(QStringLiteral("c7")));
        QVERIFY(m_scene->componentItem(QStringLiteral("c7"))->isUnderMouse());
        QCOMPARE(layeredAndPlain(), QString());
    }

    // The journey's last stage fitted to a window's canvas (about 24%):
    // group boxes, bent lines, a callout and the captions drawn larger.
    void drawsTheJourneysLastStageAsBefore()
    {
        open(test::journey(), false);
        m_doc->setStage(m_doc->stageCount());
        m_service.setArchitecture(m_doc->architecture());
        m_service.setUsers(1e7);
        m_service.flush();
        m_view->setFixedSize(720, 370);
        m_view->fitToContents();
        QVERIFY(m_view->zoom() < FarLayer::kFarZoom);
        QVERIFY(m_view->drawsCaptions());
        m_view->viewport()->repaint();
        QVERIFY(!m_view->drawnCaptions().empty());
        QCOMPARE(layeredAndPlain(), QString());
    }

    // A slider move (every figure changes) and an edit repaint the layer.
    void followsSliderMovesAndEdits()
    {
        open();
        const QImage before = grabView();
        m_service.setUsers(2e6);
        m_service.flush();
        QCoreApplication::processEvents();
        QVERIFY(m_binder->lastChangeCount() > 0);
        QVERIFY(grabView() != before);
        QCOMPARE(layeredAndPlain(), QString());

        // A component removed through the undo stack leaves no picture behind.
        ComponentItem *gone = m_scene->componentItem(QStringLiteral("c100"));
        QVERIFY(gone);
        m_scene->select(Selection{{QStringLiteral("c100")}, {}, {}});
        QVERIFY(m_scene->deleteSelection());
        QVERIFY(!m_scene->componentItem(QStringLiteral("c100")));
        QCOMPARE(layeredAndPlain(), QString());
        m_doc->undoStack()->undo();
        QVERIFY(m_scene->componentItem(QStringLiteral("c100")));
        QCOMPARE(layeredAndPlain(), QString());
    }

    // Through the viewport at that zoom: hover, click, a stepped drag and
    // a rubber band reach the items, and the picture follows each.
    void pointerWorksAtThatZoom()
    {
        open();
        QWidget *vp = m_view->viewport();
        const QString id = QStringLiteral("c61");
        ComponentItem *item = m_scene->componentItem(id);
        const QPoint at = viewPos(id);
        QTest::mouseMove(vp, at);
        QVERIFY(item->isUnderMouse());
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(m_scene->selection().components, QStringList{id});
        QCOMPARE(layeredAndPlain(), QString());

        // Two grid steps right and one down, in small steps.
        const QPointF from = item->pos();
        const QPointF to = from + QPointF(40, 20);
        const QPoint a = m_view->mapFromScene(from);
        const QPoint b = m_view->mapFromScene(to);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
        for (int i = 1; i <= 8; ++i) {
            QTest::mouseMove(vp, a + (b - a) * i / 8);
            if (i == 4) // mid-drag: the item and its lines where they are now
                QCOMPARE(layeredAndPlain(), QString());
        }
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
        const Component *moved = m_doc->component(id);
        QVERIFY(moved);
        QCOMPARE(moved->position, (Point{to.x(), to.y()}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(layeredAndPlain(), QString());

        // A rubber band from empty canvas above the rows around the first
        // two servers selects them.
        const QPoint bandFrom = m_view->mapFromScene(QPointF(-90, -160));
        const QPoint bandTo = m_view->mapFromScene(QPointF(330, 120));
        test::dragOnViewport(vp, bandFrom, bandTo);
        QStringList selected = m_scene->selection().components;
        selected.sort();
        QCOMPARE(selected, (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
        QCOMPARE(layeredAndPlain(), QString());
    }

    // The bottleneck (its callout pulsing over it) dragged in steps.
    void dragsTheBottleneck()
    {
        open();
        QVERIFY(m_binder->callout());
        const QString id = m_binder->callout()->content().componentId;
        ComponentItem *item = m_scene->componentItem(id);
        QVERIFY(item);
        QWidget *vp = m_view->viewport();
        const QPointF from = item->pos();
        const QPointF to = from + QPointF(0, 60);
        const QPoint a = m_view->mapFromScene(from);
        const QPoint b = m_view->mapFromScene(to);
        test::dragOnViewport(vp, a, b);
        const Component *moved = m_doc->component(id);
        QVERIFY(moved);
        QCOMPARE(moved->position, (Point{to.x(), to.y()}));
        QCOMPARE(layeredAndPlain(), QString());
    }

    // Lines one after another with the same pen are drawn as one run
    // (farlines.h): carrying and failing lines mixed, a selected one and a
    // half transparent one look as the items draw them.
    void drawsRunsOfLinesAsTheItemsDo()
    {
        open();
        // Up the users until some lines fail and others still carry.
        bool mixed = false;
        for (double users = 20000; users < 1e9 && !mixed; users *= 2) {
            m_service.setUsers(users);
            m_service.flush();
            int failing = 0, carrying = 0;
            for (QGraphicsItem *item : m_scene->items())
                if (auto *line = qgraphicsitem_cast<ConnectionItem *>(item); line && line->flow())
                    ++(line->flow()->failing ? failing : carrying);
            mixed = failing > 0 && carrying > 0;
        }
        QVERIFY(mixed);
        m_scene->select(Selection{{}, {}, {ConnectionId(QStringLiteral("c40"), QStringLiteral("c41"))}});
        ConnectionItem *faint = m_scene->connectionItem(QStringLiteral("c60"), QStringLiteral("c61"));
        QVERIFY(faint);
        faint->setOpacity(0.5);
        QCOMPARE(layeredAndPlain(), QString());
    }

    // What changed while the layer was off (zoomed in: a component outside
    // the box dragged through the viewport; one hidden, then shown again)
    // is drawn where it is once the view zooms out again.
    void followsWhatChangedWhileOff()
    {
        open();
        const QString id = QStringLiteral("c102");
        ComponentItem *item = m_scene->componentItem(id);
        zoomInOn(item);
        const QPointF from = item->pos();
        const QPointF to = from + QPointF(40, 60);
        test::dragOnViewport(m_view->viewport(), m_view->mapFromScene(from), m_view->mapFromScene(to));
        const Component *moved = m_doc->component(id);
        QVERIFY(moved);
        QCOMPARE(moved->position, (Point{to.x(), to.y()}));
        zoomOut();
        QCOMPARE(layeredAndPlain(), QString());

        ComponentItem *hidden = m_scene->componentItem(QStringLiteral("c30"));
        zoomInOn(hidden);
        hidden->hide();
        zoomOut();
        QCOMPARE(layeredAndPlain(), QString());
        zoomInOn(hidden);
        hidden->show();
        zoomOut();
        QCOMPARE(layeredAndPlain(), QString());
    }

    // The lines' far-out pieces kept between repaints (farshape.h) draw
    // what pieces worked out afresh from the routes draw, after slider
    // moves (widths and heads change), a drag, its undo, a zoom in and out,
    // another far zoom and a scroll.
    void keptLinesDrawWhatFreshOnesDraw()
    {
        open();
        QCOMPARE(keptAndFresh(), QString());
        for (const double users : {2e6, 50.0, 1e8, 3000.0}) {
            m_service.setUsers(users);
            m_service.flush();
            QCoreApplication::processEvents();
            QVERIFY(m_binder->lastChangeCount() > 0);
            QCOMPARE(keptAndFresh(), QString());
        }

        const QString id = QStringLiteral("c61");
        ComponentItem *item = m_scene->componentItem(id);
        const QPointF from = item->pos();
        test::dragOnViewport(m_view->viewport(), m_view->mapFromScene(from), m_view->mapFromScene(from + QPointF(80, 60)));
        QVERIFY(m_doc->component(id)->position != (Point{from.x(), from.y()}));
        QCOMPARE(keptAndFresh(), QString());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->component(id)->position, (Point{from.x(), from.y()}));
        QCOMPARE(keptAndFresh(), QString());

        zoomInOn(item);
        zoomOut();
        QCOMPARE(keptAndFresh(), QString());
        const double fitted = m_view->zoom();
        m_view->zoomAt(1.3, m_view->viewport()->rect().center());
        QVERIFY(m_view->zoom() > fitted && m_view->zoom() < FarLayer::kFarZoom);
        QCOMPARE(keptAndFresh(), QString());
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + 37);
        QCOMPARE(keptAndFresh(), QString());
        m_service.setUsers(4e5);
        m_service.flush();
        QCOMPARE(keptAndFresh(), QString());
    }

    // Closer than its zoom, the items draw themselves again.
    void offWhenZoomedIn()
    {
        open();
        QVERIFY(layer()->isActive());
        m_view->resetZoom();
        m_view->viewport()->repaint();
        QVERIFY(!layer()->isActive());
        QVERIFY(!(m_scene->componentItem(QStringLiteral("c0"))->flags() & QGraphicsItem::ItemHasNoContents));
    }

private:
    // Fitted to a 1000 x 700 view; the rows are drawn by the layer there.
    void open(const Scenario &scenario = rows(), bool far = true)
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(scenario);
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_scene->router()->settle();
        m_binder = new SceneLoadBinder(m_scene.get(), &m_service);
        m_binder->animator()->setEnabled(false);
        m_service.setArchitecture(m_doc->architecture());
        m_service.setUsers(20000);
        m_service.flush();
        m_view = std::make_unique<CanvasView>(m_scene.get());
        m_view->setFixedSize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitToContents();
        m_view->viewport()->repaint();
        if (far) {
            QVERIFY(m_view->zoom() < FarLayer::kFarZoom);
            QVERIFY(layer() && layer()->isActive());
        }
    }

    FarLayer *layer() const { return FarLayer::find(m_scene.get()); }

    // At 100% on an item (the layer off), and fitted again (on).
    void zoomInOn(const QGraphicsItem *item)
    {
        m_view->resetZoom();
        m_view->centerOn(item);
        m_view->viewport()->repaint();
        QVERIFY(!layer()->isActive());
    }
    void zoomOut()
    {
        m_view->fitToContents();
        m_view->viewport()->repaint();
        QVERIFY(layer()->isActive());
    }

    QPoint viewPos(const QString &id) const { return m_view->mapFromScene(m_scene->componentItem(id)->pos()); }

    // The view as the event loop left it (queued repaints delivered).
    QImage grabView()
    {
        QCoreApplication::processEvents();
        return m_view->viewport()->grab().toImage();
    }

    // Empty when the view painted by the layer with the pieces it kept (and
    // keeps) shows the same pixels as with every line's pieces worked out
    // afresh from its route, and the kept ones were drawn.
    QString keptAndFresh()
    {
        QCoreApplication::processEvents();
        FarLayer *far = layer();
        if (!far || !far->isActive())
            return QStringLiteral("the layer is off");
        QWidget *vp = m_view->viewport();
        vp->grab(); // the first paint after a change may keep them
        const QImage kept = vp->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (far->lastReusedCount() == 0)
            return QStringLiteral("no kept line was drawn");
        far->setKeepsShapes(false);
        const QImage fresh = vp->grab().toImage().convertToFormat(QImage::Format_RGB32);
        far->setKeepsShapes(true);
        if (far->lastDrawnCount() == 0)
            return QStringLiteral("the layer drew nothing");
        if (kept.size() != fresh.size())
            return QStringLiteral("sizes differ");
        for (int y = 0; y < fresh.height(); ++y)
            for (int x = 0; x < fresh.width(); ++x)
                if (kept.pixel(x, y) != fresh.pixel(x, y))
                    return QStringLiteral("differs first at %1,%2").arg(x).arg(y);
        return {};
    }

    // Empty when the view shows the same pixels drawn by the layer (painted
    // afresh, and as the event loop's repaints left the window: a change
    // that did not reach the layer leaves a stale part there) as the items
    // draw themselves; otherwise what differs.
    QString layeredAndPlain()
    {
        QTest::qWait(20); // queued work done (the binder's next turn, routes)
        if (!layer() || !layer()->isActive())
            return QStringLiteral("the layer is off");
        QWidget *vp = m_view->viewport();
        const QPoint corner = vp->mapTo(m_view->window(), QPoint(0, 0));
        const QImage onScreen = m_view->screen()
                                    ->grabWindow(m_view->window()->winId(), corner.x(), corner.y(), vp->width(), vp->height())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
        const QImage layered = vp->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (layer()->lastDrawnCount() == 0)
            return QStringLiteral("the layer drew nothing");
        // A second view at 100% turns the layer off: the items paint.
        m_near = std::make_unique<CanvasView>(m_scene.get());
        m_near->setFixedSize(200, 150);
        m_near->show();
        if (!QTest::qWaitForWindowExposed(m_near.get()))
            return QStringLiteral("no second view");
        m_near->resetZoom();
        m_near->viewport()->repaint();
        if (layer()->isActive())
            return QStringLiteral("the layer stayed on");
        m_view->viewport()->repaint();
        const QImage plain = vp->grab().toImage().convertToFormat(QImage::Format_RGB32);
        m_near.reset();
        m_view->viewport()->repaint();
        if (!layer()->isActive())
            return QStringLiteral("the layer did not come back");
        if (layered.size() != plain.size() || onScreen.size() != plain.size())
            return QStringLiteral("sizes differ");
        for (const auto &[name, image] : {std::pair{"fresh", layered}, std::pair{"on screen", onScreen}}) {
            if (image == plain)
                continue;
            for (int y = 0; y < plain.height(); ++y)
                for (int x = 0; x < plain.width(); ++x)
                    if (image.pixel(x, y) != plain.pixel(x, y))
                        return QStringLiteral("%1 differs first at %2,%3").arg(QLatin1String(name)).arg(x).arg(y);
        }
        return {};
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    EvaluationService m_service;
    SceneLoadBinder *m_binder = nullptr; // the scene's child
    std::unique_ptr<CanvasView> m_view;
    std::unique_ptr<CanvasView> m_near;
};

QTEST_MAIN(TestFarLayer)
#include "tst_farlayer.moc"
