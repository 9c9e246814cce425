// Align and distribute in the editor window, as a person does it: pick
// components with the mouse (Ctrl+click adds) or Ctrl+A, then the Arrange
// entry of the right-click menu or of the menu bar; one undo step each.
#include "guisupport.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "scenariofile.h"
#include "window/mainwindow.h"

#include <QAction>
#include <algorithm>
#include <array>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

class TestArrange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareWindowTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 10});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        LoadError error;
        auto scenario = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        // Out of line: Users up, Route 53 down (the balancer stays at 200).
        for (Component &c : scenario->base.components) {
            if (c.id == QLatin1String("users"))
                c.position.y = 160;
            if (c.id == QLatin1String("dns"))
                c.position.y = 240;
        }
        m_window->document()->setScenario(*scenario);
        QCoreApplication::processEvents();
        m_window->view()->centerOn(QPointF(350, 200));
    }

    void cleanup()
    {
        if (QMenu *menu = m_window->view()->contextMenu())
            menu->close();
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    // Three picked with the mouse, aligned to the top one from the
    // right-click menu: every y is the smallest; undo puts them back.
    void alignTopFromTheRightClickMenu()
    {
        click("users", Qt::NoModifier);
        click("dns", Qt::ControlModifier);
        click("lb", Qt::ControlModifier);
        QCOMPARE(m_window->scene()->selection().components.size(), 3);
        const double top = std::min({y("users"), y("dns"), y("lb")});
        const std::array<double, 3> before{y("users"), y("dns"), y("lb")};
        const int steps = m_window->document()->undoStack()->count();

        QMenu *menu = rightClick("lb");
        QVERIFY(menu);
        QCOMPARE(m_window->scene()->selection().components.size(), 3); // the right-click kept them
        QAction *arrange = find(menu, QStringLiteral("menuArrange"));
        QVERIFY(arrange && arrange->menu());
        QAction *alignTop = find(arrange->menu(), QStringLiteral("actionAlignTop"));
        QVERIFY(alignTop && alignTop->isEnabled());
        alignTop->trigger();

        QCOMPARE(y("users"), top);
        QCOMPARE(y("dns"), top);
        QCOMPARE(y("lb"), top);
        QCOMPARE(x("dns"), 160.0); // only the one axis
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        m_window->document()->undoStack()->undo();
        QCOMPARE(y("users"), before[0]);
        QCOMPARE(y("dns"), before[1]);
        QCOMPARE(y("lb"), before[2]);
    }

    // Ctrl+A, then Distribute Horizontally from the menu bar: the outer two
    // stay, the others at equal steps between them, in their order.
    void distributeEverythingFromTheMenuBar()
    {
        m_window->view()->setFocus();
        QTest::keyClick(m_window->view()->viewport(), Qt::Key_A, Qt::ControlModifier);
        const char *ids[] = {"users", "dns", "lb", "web", "db"};
        QCOMPARE(m_window->scene()->selection().components.size(), 5);
        const double first = x("users"), last = x("db");
        const double step = (last - first) / 4;
        QAction *distribute = find(menuBarMenu(QStringLiteral("menuArrange")), QStringLiteral("actionDistributeHorizontally"));
        QVERIFY(distribute && distribute->isEnabled());
        const int steps = m_window->document()->undoStack()->count();
        distribute->trigger();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(x(ids[i]), first + step * i);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Distribute Horizontally"));
        m_window->document()->undoStack()->undo();
        QCOMPARE(x("dns"), 160.0);
        QCOMPARE(x("web"), 500.0);
    }

    // One component picked: nothing to line up with, the actions are off.
    void oneComponentArrangesNothing()
    {
        click("dns", Qt::NoModifier);
        QMenu *arrange = menuBarMenu(QStringLiteral("menuArrange"));
        QVERIFY(arrange);
        for (QAction *a : arrange->actions())
            QVERIFY2(a->isSeparator() || !a->isEnabled(), qPrintable(a->objectName()));
    }

private:
    double x(const char *id) const { return m_window->document()->component(QLatin1String(id))->position.x; }
    double y(const char *id) const { return m_window->document()->component(QLatin1String(id))->position.y; }

    QPoint viewPoint(const char *id) const
    {
        return m_window->view()->mapFromScene(m_window->scene()->componentItem(QLatin1String(id))->scenePos());
    }

    void click(const char *id, Qt::KeyboardModifiers modifiers)
    {
        QWidget *vp = m_window->view()->viewport();
        const QPoint at = viewPoint(id);
        QTest::mouseMove(vp, at);
        QTest::mouseClick(vp, Qt::LeftButton, modifiers, at);
    }

    // The press, the context menu event the window system turns it into,
    // the release (QTest sends mouse events straight to the widget).
    QMenu *rightClick(const char *id)
    {
        QWidget *vp = m_window->view()->viewport();
        const QPoint at = viewPoint(id);
        QTest::mouseMove(vp, at);
        QTest::mousePress(vp, Qt::RightButton, Qt::NoModifier, at);
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, vp->mapToGlobal(at));
        QCoreApplication::sendEvent(vp, &menuEvent);
        QTest::mouseRelease(vp, Qt::RightButton, Qt::NoModifier, at);
        QCoreApplication::processEvents();
        return m_window->view()->contextMenu();
    }

    QMenu *menuBarMenu(const QString &name) const
    {
        QAction *a = find(m_window->menuBar(), name);
        return a ? a->menu() : nullptr;
    }

    static QAction *find(QWidget *menu, const QString &name)
    {
        for (QAction *a : menu->actions())
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestArrange)
#include "tst_arrange.moc"
