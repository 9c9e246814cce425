// File > Import Architecture and View > Tidy Layout in the window: a new
// document or a new stage, one undo step each.
#include "guisupport.h"
#include "autolayout.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "window/filecontroller.h"
#include "window/importactions.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

namespace {

QString importData(const char *name) { return QStringLiteral(SCALESCOPE_TEST_DATA "/../import/data/") + QLatin1String(name); }

bool inMenu(QMenuBar *bar, const QString &menu, const QString &action)
{
    for (QAction *m : bar->actions())
        if (m->menu() && m->text().remove(u'&') == menu)
            for (QAction *a : m->menu()->actions())
                if (a->objectName() == action)
                    return true;
    return false;
}

} // namespace

class TestImportWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::prepareWindowTests();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 10});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->files()->openFile(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json")));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    void actionsAreInTheirMenus()
    {
        QVERIFY(inMenu(m_window->menuBar(), QStringLiteral("File"), QStringLiteral("actionImport")));
        QVERIFY(inMenu(m_window->menuBar(), QStringLiteral("View"), QStringLiteral("actionTidyLayout")));
    }

    void tidyLayoutMovesEverythingAndUndoes()
    {
        ScenarioDocument *doc = m_window->document();
        const Architecture before = doc->architecture();
        const import::Layout expected = import::layoutArchitecture(before);
        m_window->findChild<QAction *>(QStringLiteral("actionTidyLayout"))->trigger();
        const Architecture after = doc->architecture();
        for (const Component &c : after.components) {
            QCOMPARE(c.position, expected.components.value(c.id));
            QCOMPARE(c.group, before.component(c.id)->group); // memberships stay
        }
        for (const Group &g : after.groups)
            QCOMPARE(g.rect, expected.groups.value(g.id));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->architecture(), before);
    }

    void importIntoANewDocument()
    {
        auto *imports = m_window->findChild<ImportActions *>();
        QVERIFY(imports);
        QString error, report;
        QVERIFY2(imports->importFile(importData("serverless-api.yaml"), false, &error, &report), qPrintable(error));
        QVERIFY(m_window->document()->component(QStringLiteral("OrdersApi")));
        QVERIFY(report.contains(QStringLiteral("Not mapped")));
        QVERIFY(m_window->files()->filePath().isEmpty()); // untitled until saved
    }

    void importAsANewStageIsOneUndoStep()
    {
        ScenarioDocument *doc = m_window->document();
        const Scenario before = doc->scenario();
        QString error;
        QVERIFY2(m_window->findChild<ImportActions *>()->importFile(importData("vpc-two-zones.tfplan.json"), true, &error), qPrintable(error));
        QCOMPARE(doc->stageCount(), int(before.stages.size()) + 1);
        QCOMPARE(doc->stage(), doc->stageCount());
        QVERIFY(doc->component(QStringLiteral("aws_lb.app")));
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario(), before);
    }

    void badTemplateChangesNothing()
    {
        const Scenario before = m_window->document()->scenario();
        QString error;
        QVERIFY(!m_window->findChild<ImportActions *>()->importFile(importData("unknown-tag.yaml"), true, &error));
        QVERIFY(error.contains(QStringLiteral("unknown-tag.yaml:10:")));
        QCOMPARE(m_window->document()->scenario(), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
