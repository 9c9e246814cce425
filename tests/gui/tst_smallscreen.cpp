// The editor window on a small screen: a 1920x1080 display at 200% scaling
// gives 960x540 logical pixels, and the window (with every dock in its
// starting place) must fit in it, so none of it runs off the screen.
#include "document/scenariodocument.h"
#include "guisupport.h"
#include "window/mainwindow.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace scalescope;

class TestSmallScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareWindowTests(); }

    void theWindowFitsAHalfScaleFullHdScreen()
    {
        const QSize screen = QSize(1920, 1080) / 2; // physical pixels at a scale factor of 2
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(WindowOptions{dir.filePath(QStringLiteral("recovery")), 10});
        QVERIFY(window.openStartupDocument(QString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QString parts;
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
            parts += QStringLiteral(" %1 %2x%3;").arg(dock->objectName()).arg(dock->minimumSizeHint().width())
                         .arg(dock->minimumSizeHint().height());
        for (const QToolBar *bar : window.findChildren<QToolBar *>())
            parts += QStringLiteral(" %1 %2x%3;").arg(bar->objectName()).arg(bar->minimumSizeHint().width())
                         .arg(bar->minimumSizeHint().height());
        parts += QStringLiteral(" status %1x%2").arg(window.statusBar()->minimumSizeHint().width())
                     .arg(window.statusBar()->minimumSizeHint().height());
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                 qPrintable(QStringLiteral("needs %1x%2:%3").arg(minimum.width()).arg(minimum.height()).arg(parts)));
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
