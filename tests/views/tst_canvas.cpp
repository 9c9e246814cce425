// The canvas as users drive it: palette drops, mouse gestures on the view's
// viewport, and what they leave in the document.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/groupitem.h"
#include "document/scenariodocument.h"
#include "palette/kindmime.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace scalescope;

class TestCanvas : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(test::threeTier());
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_view = std::make_unique<CanvasView>(m_scene.get());
        m_view->setFixedSize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->centerOn(400, 250);
    }

    void cleanup()
    {
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void itemsMirrorTheDocument()
    {
        QCOMPARE(m_scene->componentItem(QStringLiteral("web"))->pos(), QPointF(500, 200));
        QCOMPARE(m_scene->groupItem(QStringLiteral("az-a"))->groupRect(), QRectF(420, 120, 380, 200));
        QVERIFY(m_scene->connectionItem(QStringLiteral("lb"), QStringLiteral("web")));
        QVERIFY(m_scene->groupItem(QStringLiteral("az-a"))->zValue() > m_scene->groupItem(QStringLiteral("region"))->zValue());
    }

    void paletteDropCreatesComponentAtDropPoint()
    {
        const QPointF at(620, 520);
        QVERIFY(drop(QStringLiteral("elasticache"), at));
        const QString id = m_scene->selection().components.value(0);
        const Component *c = m_doc->component(id);
        QVERIFY(c);
        QCOMPARE(c->kind, QStringLiteral("elasticache"));
        QCOMPARE(c->position, (Point{620, 520}));
        QCOMPARE(c->group, QString());
        QCOMPARE(m_scene->componentItem(id)->pos(), at);
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void dropSnapsToTheGrid()
    {
        QVERIFY(drop(QStringLiteral("s3"), QPointF(613, 527)));
        const Component *c = m_doc->component(m_scene->selection().components.value(0));
        QCOMPARE(c->position, (Point{620, 520}));
    }

    void dropInsideAGroupMakesAMember()
    {
        QVERIFY(drop(QStringLiteral("elasticache"), QPointF(600, 280))); // in az-a
        QCOMPARE(m_doc->component(m_scene->selection().components.value(0))->group, QStringLiteral("az-a"));
        QVERIFY(drop(QStringLiteral("s3"), QPointF(300, 300))); // in the region, outside az-a
        QCOMPARE(m_doc->component(m_scene->selection().components.value(0))->group, QStringLiteral("region"));
    }

    void droppingAGroupKindCreatesAGroupBox()
    {
        QVERIFY(drop(QStringLiteral("auto-scaling-group"), QPointF(600, 700)));
        const QString id = m_scene->selection().groups.value(0);
        const Group *g = m_doc->group(id);
        QVERIFY(g);
        QCOMPARE(g->kind, QStringLiteral("auto-scaling-group"));
        QCOMPARE(QRectF(g->rect.x, g->rect.y, g->rect.width, g->rect.height).center(), QPointF(600, 700));
        QVERIFY(m_scene->groupItem(id));
    }

    void foreignDragsAreIgnored()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("ec2"));
        const QPoint pos = m_view->mapFromScene(QPointF(600, 500));
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void connectByDraggingFromTheHandle()
    {
        QVERIFY(drop(QStringLiteral("elasticache"), QPointF(620, 520)));
        const QString cache = m_scene->selection().components.value(0);
        // Hover first: the handle appears on the component's right edge.
        const QPointF handle = m_scene->componentItem(QStringLiteral("web"))->pos() + QPointF(45, 0);
        QVERIFY(m_scene->componentItem(QStringLiteral("web"))->isOnConnectHandle(handle));
        dragOnViewport(handle, QPointF(620, 520));
        QVERIFY(m_doc->architecture().connectionIndex(QStringLiteral("web"), cache) >= 0);
        QVERIFY(m_scene->connectionItem(QStringLiteral("web"), cache));
        QCOMPARE(m_doc->component(QStringLiteral("web"))->position, (Point{500, 200})); // not moved
    }

    void connectModeConnectsFromAnywhereOnTheIcon()
    {
        QVERIFY(drop(QStringLiteral("s3"), QPointF(620, 520)));
        const QString s3 = m_scene->selection().components.value(0);
        m_scene->setConnectMode(true);
        dragOnViewport(QPointF(500, 200), QPointF(620, 520));
        QVERIFY(m_doc->architecture().connectionIndex(QStringLiteral("web"), s3) >= 0);
    }

    void refusedConnectionsChangeNothing_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("into users") << "web" << "users";
        QTest::newRow("duplicate") << "lb" << "web";
        QTest::newRow("cycle") << "db" << "lb";
    }

    void refusedConnectionsChangeNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QByteArray before = test::saved(m_doc->scenario());
        QSignalSpy refused(m_scene.get(), &CanvasScene::connectionRefused);
        m_scene->setConnectMode(true);
        dragOnViewport(m_scene->componentItem(from)->pos(), m_scene->componentItem(to)->pos());
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().startsWith(QStringLiteral("Cannot connect")));
        QCOMPARE(test::saved(m_doc->scenario()), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void deleteThenUndoRestoresComponentAndConnections()
    {
        const QByteArray before = test::saved(m_doc->scenario());
        m_scene->select(Selection{{QStringLiteral("lb")}, {}, {}});
        QVERIFY(m_scene->deleteSelection());
        QVERIFY(!m_scene->componentItem(QStringLiteral("lb")));
        QVERIFY(!m_scene->connectionItem(QStringLiteral("dns"), QStringLiteral("lb")));
        QVERIFY(!m_scene->connectionItem(QStringLiteral("lb"), QStringLiteral("web")));
        m_doc->undoStack()->undo();
        QVERIFY(m_scene->componentItem(QStringLiteral("lb")));
        QVERIFY(m_scene->connectionItem(QStringLiteral("dns"), QStringLiteral("lb")));
        QVERIFY(m_scene->connectionItem(QStringLiteral("lb"), QStringLiteral("web")));
        QCOMPARE(test::saved(m_doc->scenario()), before);
    }

    void dragMovesWithGridSnapThenUndo()
    {
        const QByteArray before = test::saved(m_doc->scenario());
        dragOnViewport(QPointF(0, 200), QPointF(-57, 263));
        QCOMPARE(m_doc->component(QStringLiteral("users"))->position, (Point{-60, 260}));
        QCOMPARE(m_scene->componentItem(QStringLiteral("users"))->pos(), QPointF(-60, 260));
        QCOMPARE(m_doc->undoStack()->count(), 1); // one drag, one command
        // The arrow followed.
        const QLineF line = m_scene->connectionItem(QStringLiteral("users"), QStringLiteral("dns"))->line();
        QVERIFY(line.p1().x() < -20);
        m_doc->undoStack()->undo();
        QCOMPARE(m_scene->componentItem(QStringLiteral("users"))->pos(), QPointF(0, 200));
        QCOMPARE(test::saved(m_doc->scenario()), before);
    }

    void movingAGroupMovesItsMembers()
    {
        // Press on az-a's header (its label), drag it 100 to the right... and back a bit.
        const QPointF header(440, 130);
        dragOnViewport(header, header + QPointF(40, 100));
        QCOMPARE(m_doc->group(QStringLiteral("az-a"))->rect, (Rect{460, 220, 380, 200}));
        QCOMPARE(m_doc->component(QStringLiteral("web"))->position, (Point{540, 300}));
        QCOMPARE(m_doc->component(QStringLiteral("db"))->position, (Point{740, 300}));
        QCOMPARE(m_doc->component(QStringLiteral("web"))->group, QStringLiteral("az-a"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->component(QStringLiteral("db"))->position, (Point{700, 200}));
    }

    void aPressInsideAGroupStartsARubberBand()
    {
        // Empty space inside the region but outside az-a: a band around lb.
        dragOnViewport(QPointF(270, 140), QPointF(400, 300));
        QCOMPARE(m_scene->selection(), (Selection{{QStringLiteral("lb")}, {}, {}}));
        QCOMPARE(m_doc->group(QStringLiteral("region"))->rect, (Rect{260, 60, 560, 300}));
    }

    void resizeByHandle()
    {
        m_scene->select(Selection{{}, {QStringLiteral("az-a")}, {}});
        const QPointF corner(800, 320); // bottom-right handle
        QCOMPARE(m_scene->groupItem(QStringLiteral("az-a"))->handleAt(corner), GroupItem::Handle::BottomRight);
        dragOnViewport(corner, QPointF(600, 340));
        QCOMPARE(m_doc->group(QStringLiteral("az-a"))->rect, (Rect{420, 120, 180, 220}));
        QCOMPARE(m_doc->component(QStringLiteral("db"))->group, QStringLiteral("region")); // left behind
        m_doc->undoStack()->undo();
        QCOMPARE(m_scene->groupItem(QStringLiteral("az-a"))->groupRect(), QRectF(420, 120, 380, 200));
    }

    void arrowKeysNudgeTheSelection()
    {
        m_scene->select(Selection{{QStringLiteral("users")}, {}, {}});
        m_view->setFocus();
        QTest::keyClick(m_view->viewport(), Qt::Key_Down);
        QCOMPARE(m_doc->component(QStringLiteral("users"))->position, (Point{0, 220}));
    }

    void wheelZoomKeepsThePointUnderTheCursor()
    {
        const QPoint at(300, 200);
        const QPointF scenePoint = m_view->mapToScene(at);
        QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->zoom() > 1.2);
        const QPointF after = m_view->mapFromScene(scenePoint);
        QVERIFY(std::abs(after.x() - at.x()) <= 1 && std::abs(after.y() - at.y()) <= 1);
    }

    void middleButtonPans()
    {
        QWidget *vp = m_view->viewport();
        const QPointF before = m_view->mapToScene(QPoint(500, 350));
        QTest::mousePress(vp, Qt::MiddleButton, Qt::NoModifier, QPoint(500, 350));
        QTest::mouseMove(vp, QPoint(450, 330));
        QTest::mouseMove(vp, QPoint(400, 300));
        QTest::mouseRelease(vp, Qt::MiddleButton, Qt::NoModifier, QPoint(400, 300));
        const QPointF after = m_view->mapToScene(QPoint(500, 350));
        QCOMPARE(after - before, QPointF(100, 50)); // the canvas followed the hand
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void spaceDragPans()
    {
        QWidget *vp = m_view->viewport();
        m_view->setFocus();
        const QPointF before = m_view->mapToScene(QPoint(500, 350));
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        // Pressed on a component: with Space held it pans instead of moving it.
        const QPoint onUsers = m_view->mapFromScene(QPointF(0, 200));
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, onUsers);
        QTest::mouseMove(vp, onUsers + QPoint(-30, 0));
        QTest::mouseMove(vp, onUsers + QPoint(-60, 0));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, onUsers + QPoint(-60, 0));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QCOMPARE(m_view->mapToScene(QPoint(500, 350)) - before, QPointF(60, 0));
        QCOMPARE(m_doc->component(QStringLiteral("users"))->position, (Point{0, 200}));
    }

    void fitShowsEverything()
    {
        m_view->zoomAt(0.2, QPoint(0, 0));
        m_view->fitToContents();
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(m_scene->contentRect()));
    }

    void stageSwitchRebuildsItems()
    {
        m_doc->setStage(1);
        QCOMPARE(m_doc->component(QStringLiteral("web"))->group, QStringLiteral("region"));
        QVERIFY(m_scene->componentItem(QStringLiteral("web")));
        QCOMPARE(m_scene->items().size(), 5 + 2 + 4);
    }

    void sceneMirrorsEveryStageOfEveryScenario_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SCALESCOPE_SCENARIOS));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void sceneMirrorsEveryStageOfEveryScenario()
    {
        QFETCH(QString, file);
        LoadError error;
        const auto s = loadScenario(file, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        m_doc->setScenario(*s);
        for (int k = 0; k <= m_doc->stageCount(); ++k) {
            m_doc->setStage(k);
            const Architecture &a = m_doc->architecture();
            for (const Component &c : a.components)
                QCOMPARE(m_scene->componentItem(c.id)->pos(), QPointF(c.position.x, c.position.y));
            for (const Group &g : a.groups)
                QCOMPARE(m_scene->groupItem(g.id)->groupRect(), QRectF(g.rect.x, g.rect.y, g.rect.width, g.rect.height));
            for (const Connection &c : a.connections)
                QVERIFY(m_scene->connectionItem(c.from, c.to));
            QCOMPARE(m_scene->items().size(), qsizetype(a.components.size() + a.groups.size() + a.connections.size()));
        }
    }

    void loadRingIsDrawn()
    {
        ComponentItem *item = m_scene->componentItem(QStringLiteral("web"));
        QImage plain = render(item);
        item->setLoad(ComponentLoad{1.2, 3, 0.1});
        QImage loaded = render(item);
        QVERIFY(plain != loaded);
        // Red ring at 12 o'clock, 32 units above the centre.
        const QPoint twelve = (QPointF(0, -32) - item->boundingRect().topLeft()).toPoint();
        const QColor ring = loaded.pixelColor(twelve);
        QVERIFY2(ring.red() > 150 && ring.green() < 100, qPrintable(ring.name()));
        item->setLoad(std::nullopt);
        QCOMPARE(render(item), plain);
    }

private:
    bool drop(const QString &kind, const QPointF &scenePos)
    {
        std::unique_ptr<QMimeData> mime(kindMimeData(kind));
        const QPoint pos = m_view->mapFromScene(scenePos);
        const int before = m_doc->undoStack()->count();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QDropEvent dropEvent(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &dropEvent);
        return dropEvent.isAccepted() && m_doc->undoStack()->count() == before + 1;
    }

    void dragOnViewport(const QPointF &from, const QPointF &to)
    {
        QWidget *vp = m_view->viewport();
        const QPoint a = m_view->mapFromScene(from);
        const QPoint b = m_view->mapFromScene(to);
        test::dragOnViewport(vp, a, b);
    }

    QImage render(ComponentItem *item)
    {
        const QRectF r = item->boundingRect();
        QImage image(r.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.translate(-r.topLeft());
        item->paint(&p, nullptr, nullptr);
        return image;
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
