// A connection's bounds are worked out from its route without stroking it;
// its shape (what a click, a hover or a rubber band meets) is stroked only
// when asked for. The bounds hold the stroked shape with the margin they
// always had, and a line still answers the pointer on the view's viewport.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace scalescope;

namespace {

// The bounds a connection had when it stroked its shape as its route came:
// the stroke's box, two units wider all round.
QRectF strokedBounds(const ConnectionItem &item)
{
    return item.shape().boundingRect().adjusted(-2, -2, 2, 2);
}

// Up to rounding in the last bits.
bool holds(const QRectF &outer, const QRectF &inner)
{
    return outer.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(inner);
}

bool near(const QRectF &a, const QRectF &b, double tolerance)
{
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance
           && std::abs(a.right() - b.right()) <= tolerance && std::abs(a.bottom() - b.bottom()) <= tolerance;
}

Component ec2(const char *id, double x, double y)
{
    return Component{QLatin1String(id), QStringLiteral("ec2"), QLatin1String(id), QString(), Point{x, y}, {}};
}

} // namespace

class TestConnectionShape : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void boundsHoldTheStrokedShape_data()
    {
        QTest::addColumn<QPolygonF>("route");
        QTest::addColumn<bool>("flowing");
        // Exact: the same box as stroking gives (every leg next to a corner
        // at least half the stroke long); else at least as large.
        QTest::addColumn<bool>("exact");
        const QPolygonF straight{{0, 0}, {300, 0}};
        const QPolygonF down{{10, 20}, {10, 420}};
        const QPolygonF slanted{{0, 0}, {200, 130}};
        const QPolygonF ell{{0, 0}, {200, 0}, {200, 160}};
        const QPolygonF zed{{0, 0}, {120, 0}, {120, 90}, {260, 90}};
        const QPolygonF jog{{0, 0}, {150, 0}, {150, 6}, {300, 6}};
        const QPolygonF uTurn{{0, 0}, {100, 0}, {100, 80}, {-20, 80}};
        const QPolygonF shortStart{{0, 0}, {3, 0}, {3, 200}};
        for (const bool flowing : {false, true}) {
            const char *f = flowing ? " flowing" : "";
            QTest::addRow("straight%s", f) << straight << flowing << true;
            QTest::addRow("down%s", f) << down << flowing << true;
            QTest::addRow("slanted%s", f) << slanted << flowing << true;
            QTest::addRow("ell%s", f) << ell << flowing << true;
            QTest::addRow("zed%s", f) << zed << flowing << true;
            QTest::addRow("jog%s", f) << jog << flowing << true;
            QTest::addRow("u-turn%s", f) << uTurn << flowing << true;
            QTest::addRow("short start%s", f) << shortStart << flowing << false;
        }
    }

    void boundsHoldTheStrokedShape()
    {
        QFETCH(QPolygonF, route);
        QFETCH(bool, flowing);
        QFETCH(bool, exact);
        ConnectionItem item(QStringLiteral("a"), QStringLiteral("b"));
        if (flowing)
            item.setFlow(ConnectionFlow{4, 20, false});
        item.setRoute(route);
        const QRectF stroked = strokedBounds(item);
        QVERIFY(!stroked.isEmpty());
        const QRectF bounds = item.boundingRect();
        QVERIFY2(holds(bounds, stroked),
                 qPrintable(QStringLiteral("bounds %1 %2 %3 x %4 miss the shape's %5 %6 %7 x %8")
                                .arg(bounds.x()).arg(bounds.y()).arg(bounds.width()).arg(bounds.height())
                                .arg(stroked.x()).arg(stroked.y()).arg(stroked.width()).arg(stroked.height())));
        if (exact)
            QVERIFY(near(bounds, stroked, 1e-6));
        else // never more than half the widest stroke (9 + 4) past it
            QVERIFY(near(bounds, stroked, 6.5));

        // A new flow (wider room) and a new route give a new shape.
        item.setFlow(flowing ? std::nullopt : std::optional<ConnectionFlow>(ConnectionFlow{4, 20, false}));
        QVERIFY(holds(item.boundingRect(), strokedBounds(item)));
        item.setRoute(QPolygonF{route.front(), route.front() + QPointF(0, 250)});
        QVERIFY(near(item.boundingRect(), strokedBounds(item), 1e-6));
    }

    // A click on a line selects it; the pointer over it is over the item; a
    // rubber band (which must hold a line's whole shape) around it selects
    // it, one cutting it short does not.
    void aLineAnswersThePointer()
    {
        ScenarioDocument document;
        Scenario s;
        s.title = QStringLiteral("one line");
        s.base.components = {ec2("a", 0, 0), ec2("b", 600, 0)};
        s.base.connections.push_back(Connection{QStringLiteral("a"), QStringLiteral("b"), std::nullopt});
        document.setScenario(s);
        CanvasScene scene(&document);
        scene.router()->settle();
        CanvasView view(&scene);
        view.setFixedSize(900, 500);
        view.show();
        view.resetZoom();
        view.centerOn(QPointF(300, 0));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ConnectionItem *line = scene.connectionItem(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(line);
        const QLineF ends = line->line();
        QCOMPARE(ends.y1(), 0.0); // straight across, on the centres' line
        QCOMPARE(ends.y2(), 0.0);
        QWidget *vp = view.viewport();
        const QPoint middle = view.mapFromScene(QPointF(300, 0));

        QTest::mouseMove(vp, middle);
        QVERIFY(line->isUnderMouse());
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, middle);
        const ConnectionId id(QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(scene.selection(), (Selection{{}, {}, {id}}));

        // Off the line, a little above its shape: nothing there.
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, view.mapFromScene(QPointF(300, -30)));
        QCOMPARE(scene.selection(), Selection{});

        // From empty canvas above the line to below it, clear of the icons'
        // boxes at both ends (which it must not hold whole).
        test::dragOnViewport(vp, view.mapFromScene(QPointF(20, -70)), view.mapFromScene(QPointF(580, 70)));
        QCOMPARE(scene.selection(), (Selection{{}, {}, {id}}));
        scene.select(Selection{});
        test::dragOnViewport(vp, view.mapFromScene(QPointF(20, -70)), view.mapFromScene(QPointF(300, 70)));
        QCOMPARE(scene.selection(), Selection{});
    }
};

QTEST_MAIN(TestConnectionShape)
#include "tst_connectionshape.moc"
