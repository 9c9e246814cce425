// Right-click menus on the canvas of the editor window: on a component, a
// group, a connection and the empty canvas, each with the actions that apply
// there and their shortcuts; a right-click selects what it is on.
#include "guisupport.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/groupitem.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

class TestContextMenus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::prepareWindowTests();
    }

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
        m_window->document()->setScenario(*scenario);
        m_window->view()->centerOn(m_window->scene()->componentItem(QStringLiteral("web")));
    }

    void cleanup()
    {
        if (QMenu *menu = m_window->view()->contextMenu())
            menu->close();
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    void onAComponent()
    {
        // Route 53: no later stage refers to it, so it may be deleted.
        QMenu *menu = rightClick(m_window->scene()->componentItem(QStringLiteral("dns"))->scenePos());
        QVERIFY(menu);
        QCOMPARE(m_window->scene()->selection().components, QStringList{QStringLiteral("dns")});
        QAction *remove = action(menu, QStringLiteral("actionDelete"));
        QVERIFY(remove && remove->isEnabled());
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        QVERIFY(action(menu, QStringLiteral("actionCopy")));
        QVERIFY(action(menu, QStringLiteral("actionConnect")));
        QVERIFY(!action(menu, QStringLiteral("actionPaste")));
        remove->trigger();
        QVERIFY(!m_window->document()->component(QStringLiteral("dns")));
    }

    void onAConnection()
    {
        const ConnectionItem *link = m_window->scene()->connectionItem(QStringLiteral("lb"), QStringLiteral("web"));
        QVERIFY(link);
        const QPointF middle = link->line().pointAt(0.5);
        QMenu *menu = rightClick(middle);
        QVERIFY(menu);
        QCOMPARE(m_window->scene()->selection().connections.size(), 1);
        QVERIFY(action(menu, QStringLiteral("actionDelete")));
        QVERIFY(!action(menu, QStringLiteral("actionCopy")));
    }

    void onAGroupsEdge()
    {
        const GroupItem *zone = m_window->scene()->groupItem(QStringLiteral("az-a"));
        QMenu *menu = rightClick(QPointF(zone->groupRect().left(), zone->groupRect().center().y()));
        QVERIFY(menu);
        QCOMPARE(m_window->scene()->selection().groups, QStringList{QStringLiteral("az-a")});
        QVERIFY(action(menu, QStringLiteral("actionDuplicate")));
    }

    void onTheEmptyCanvas()
    {
        m_window->scene()->select(Selection{{QStringLiteral("web")}, {}, {}});
        QMenu *menu = rightClick(QPointF(-600, -600));
        QVERIFY(menu);
        QVERIFY(action(menu, QStringLiteral("actionPaste")));
        QVERIFY(action(menu, QStringLiteral("actionFit")));
        QVERIFY(action(menu, QStringLiteral("actionSelectAll")));
        QVERIFY(!action(menu, QStringLiteral("actionDelete")));
        // The selection elsewhere is kept (paste and select all do not care).
        QCOMPARE(m_window->scene()->selection().components, QStringList{QStringLiteral("web")});
    }

private:
    // A right-click as the window system delivers it: the press, the
    // context menu event it turns into (QTest sends widget mouse events
    // straight to the widget, so the test sends that one itself), the
    // release.
    QMenu *rightClick(const QPointF &scenePos)
    {
        CanvasView *view = m_window->view();
        QCoreApplication::processEvents(); // the window's final layout first
        view->centerOn(scenePos);
        QWidget *vp = view->viewport();
        const QPoint at = view->mapFromScene(scenePos);
        QTest::mouseMove(vp, at);
        QTest::mousePress(vp, Qt::RightButton, Qt::NoModifier, at);
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, vp->mapToGlobal(at));
        QCoreApplication::sendEvent(vp, &menuEvent);
        QTest::mouseRelease(vp, Qt::RightButton, Qt::NoModifier, at);
        QCoreApplication::processEvents();
        return view->contextMenu();
    }

    static QAction *action(QMenu *menu, const QString &name)
    {
        for (QAction *a : menu->actions())
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestContextMenus)
#include "tst_contextmenus.moc"
