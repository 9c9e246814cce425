// Stepping through the default journey with the keyboard in the editor
// window: every press is one step, each stage is shown whole (as Fit to
// View shows it) and at a user count inside the range its title names.
#include "guisupport.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "stages/stagenavigator.h"
#include "stages/stagetransition.h"
#include "window/livesession.h"
#include "window/mainwindow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

class TestStageStepping : public QObject {
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
        QVERIFY(m_window->openStartupDocument(QString()));
        QCOMPARE(m_window->document()->stageCount(), 6);
        m_window->showStart(-1, 1000); // the last stage at 1k users, as the issue found it
        settle();
        m_window->view()->setFocus();
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    void quickPressesStepOnceEach()
    {
        // Five presses while each animation is still running: five steps.
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(m_window->view(), Qt::Key_PageUp, Qt::ControlModifier);
            QVERIFY(m_window->navigator()->transition()->isRunning());
        }
        QCOMPARE(m_window->document()->stage(), 1);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_window->view(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->document()->stage(), 4);
    }

    void everyStageIsFittedAndAtItsUserCount()
    {
        for (int k = m_window->document()->stageCount() - 1; k >= 0; --k) {
            QTest::keyClick(m_window->view(), Qt::Key_PageUp, Qt::ControlModifier);
            settle();
            QCOMPARE(m_window->document()->stage(), k);
            CanvasView *view = m_window->view();
            // The whole stage is in view, and Fit to View would change nothing.
            const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
            QVERIFY2(visible.contains(m_window->scene()->contentRect()), qPrintable(QString::number(k)));
            const double zoom = view->zoom();
            view->fitToContents();
            QVERIFY2(qFuzzyCompare(view->zoom(), zoom),
                     qPrintable(QStringLiteral("stage %1: zoom %2 after stepping, %3 fitted").arg(k).arg(zoom).arg(view->zoom())));
            if (k > 0) {
                const Stage &stage = m_window->document()->scenario().stages[size_t(k - 1)];
                const double users = m_window->live()->users();
                QVERIFY2(users >= stage.usersFrom && (stage.usersTo <= 0 || users <= stage.usersTo),
                         qPrintable(QStringLiteral("stage %1 at %2 users").arg(k).arg(users)));
            }
        }
    }

    void aUserCountInsideTheRangeIsKept()
    {
        // Stage 4 is meant for 150,000 to 1 million users.
        const Stage &four = m_window->document()->scenario().stages[3];
        QCOMPARE(four.usersFrom, 150000.0);
        QCOMPARE(four.usersTo, 1000000.0);
        m_window->showStart(4, 500000);
        settle();
        QTest::keyClick(m_window->view(), Qt::Key_PageUp, Qt::ControlModifier);
        settle();
        // Stage 3 ends below 500,000: the count comes down to its end.
        const Stage &three = m_window->document()->scenario().stages[2];
        QCOMPARE(m_window->live()->users(), three.usersTo);
        QTest::keyClick(m_window->view(), Qt::Key_PageDown, Qt::ControlModifier);
        settle();
        // Inside stage 4's range it stays; below it, it rises to its start.
        QCOMPARE(m_window->live()->users(), std::max(three.usersTo, four.usersFrom));
    }

private:
    // The deferred fit and the end of the animation.
    // The fit is queued behind the scene's rebuild (a zero timer) and runs
    // while the stage's animation still moves things; then the film ends.
    void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        m_window->navigator()->skip();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStageStepping)
#include "tst_stagestepping.moc"
