// The editor window: files, title, asking before losing work, bad files,
// recent files, clipboard actions, autosave, About.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "commands/addcomponentcommand.h"
#include "document/scenariodocument.h"
#include "guisupport.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "window/aboutdialog.h"
#include "window/autosaver.h"
#include "window/builtinscenarios.h"
#include "window/filecontroller.h"
#include "window/mainwindow.h"
#include "window/recentfiles.h"
#include "window/recoverystore.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalescope;

class TestMainWindow : public QObject {
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
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        // Closing would ask about unsaved changes; the tests are done with them.
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_dir.reset();
    }

    void startsWithTheDefaultScenarioByName()
    {
        QVERIFY(!defaultScenario().isEmpty());
        QVERIFY(m_window->openStartupDocument(QString()));
        QCOMPARE(m_window->files()->filePath(), QString());
        LoadError error;
        const auto shipped = loadScenario(defaultScenario(), &error);
        QVERIFY(shipped && !shipped->title.isEmpty());
        QCOMPARE(m_window->windowTitle(), shipped->title + QStringLiteral("[*] — ScaleScope"));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(!m_window->document()->architecture().components.empty());
    }

    // Every example opens as a copy (Save asks where): the title names it.
    void examplesShowTheirNameInTheTitle()
    {
        const QStringList examples = builtinScenarios();
        QVERIFY(!examples.isEmpty());
        for (const QString &path : examples) {
            QVERIFY(m_window->files()->openFile(path));
            LoadError error;
            const auto shipped = loadScenario(path, &error);
            QVERIFY(shipped);
            const QString name = shipped->title.isEmpty() ? QFileInfo(path).fileName() : shipped->title;
            QCOMPARE(m_window->windowTitle(), name + QStringLiteral("[*] — ScaleScope"));
            QVERIFY2(!m_window->windowTitle().contains(QStringLiteral("untitled")), qPrintable(path));
        }
    }

    void titleShowsFileNameAndModifiedMark()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("three-tier.json[*] — ScaleScope"));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("s3"), QPointF(0, 400)));
        QVERIFY(m_window->isWindowModified());
        m_window->document()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified()); // the clean state drives the mark
    }

    void saveThenOpenRoundTrip()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("elasticache"), QPointF(600, 280)));
        const QString cache = m_window->scene()->selection().components.value(0);
        QVERIFY(m_window->scene()->connectComponents(QStringLiteral("web"), cache, QPoint()));
        const QString path = m_dir->filePath(QStringLiteral("round-trip.json"));
        QVERIFY(m_window->files()->saveTo(path));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("round-trip.json[*] — ScaleScope"));

        MainWindow other(WindowOptions{m_dir->filePath(QStringLiteral("recovery-2")), 10});
        QVERIFY(other.files()->openFile(path));
        QCOMPARE(other.document()->scenario(), m_window->document()->scenario());
        QCOMPARE(serializeScenario(other.document()->scenario()), serializeScenario(m_window->document()->scenario()));
        QVERIFY(other.document()->component(cache));
    }

    void badFileShowsTheErrorAndChangesNothing()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("s3"), QPointF(0, 400)));
        const QByteArray before = serializeScenario(m_window->document()->scenario());
        const QString path = m_window->files()->filePath();
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"scalescope-scenario\", \"version\": 1,\n \"base\": {\"components\": [{\"id\": 5}]}}\n");
        f.close();
        test::MessageBoxAnswer answer(QMessageBox::Ok);
        QVERIFY(!m_window->files()->openFile(bad));
        QVERIFY(answer.shown());
        QVERIFY2(answer.text().contains(QStringLiteral("bad.json")), qPrintable(answer.text()));
        QVERIFY2(answer.text().contains(QStringLiteral("components[0]")), qPrintable(answer.text()));
        QCOMPARE(serializeScenario(m_window->document()->scenario()), before);
        QCOMPARE(m_window->files()->filePath(), path);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->document()->undoStack()->count(), 1); // history kept too
    }

    void asksBeforeLosingChanges()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("s3"), QPointF(0, 400)));
        const QByteArray before = serializeScenario(m_window->document()->scenario());
        {
            test::MessageBoxAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!m_window->files()->newDocument());
            QVERIFY(cancel.shown());
            QCOMPARE(serializeScenario(m_window->document()->scenario()), before);
        }
        {
            test::MessageBoxAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!m_window->close());
            QVERIFY(cancel.shown());
            QVERIFY(m_window->isVisible());
        }
        {
            test::MessageBoxAnswer save(QMessageBox::Save);
            QVERIFY(m_window->files()->newDocument());
            QVERIFY(save.shown());
            QVERIFY(m_window->document()->architecture().components.empty());
            LoadError error;
            const auto saved = loadScenario(m_dir->filePath(QStringLiteral("three-tier.json")), &error);
            QVERIFY(saved);
            QCOMPARE(serializeScenario(*saved), before);
        }
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("s3"), QPointF(0, 400)));
        {
            test::MessageBoxAnswer discard(QMessageBox::Discard);
            QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
            QVERIFY(discard.shown());
        }
    }

    void recentFilesRemembered()
    {
        m_window->findChild<RecentFiles *>()->clear();
        const QString path = copyOfThreeTier();
        QVERIFY(m_window->files()->openFile(path));
        QCOMPARE(m_window->findChild<RecentFiles *>()->files().value(0), QFileInfo(path).absoluteFilePath());
        RecentFiles again; // read back from the settings
        QCOMPARE(again.files().value(0), QFileInfo(path).absoluteFilePath());
        QMenu *recent = nullptr;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            if (menu->title() == QStringLiteral("Open &Recent"))
                recent = menu;
        QVERIFY(recent && recent->isEnabled());
        QVERIFY(recent->actions().first()->text().contains(QStringLiteral("three-tier.json")));
    }

    void copyPasteKeepsInternalConnections()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        ScenarioDocument *doc = m_window->document();
        m_window->scene()->select(Selection{{QStringLiteral("web"), QStringLiteral("db")}, {}, {}});
        action("actionCopy")->trigger();
        QVERIFY(action("actionPaste")->isEnabled());
        action("actionPaste")->trigger();
        const Selection pasted = m_window->scene()->selection();
        QCOMPARE(pasted.components.size(), 2);
        QVERIFY(!pasted.components.contains(QStringLiteral("web")));
        QVERIFY(doc->architecture().connectionIndex(pasted.components[0], pasted.components[1]) >= 0);
        QCOMPARE(doc->component(pasted.components[0])->position, (Point{540, 240}));
        action("actionPaste")->trigger(); // further along each time
        QCOMPARE(doc->component(m_window->scene()->selection().components[0])->position, (Point{580, 280}));
        QCOMPARE(doc->architecture().components.size(), size_t(9));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->architecture().components.size(), size_t(5));
    }

    void cutAndDuplicate()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        ScenarioDocument *doc = m_window->document();
        m_window->scene()->select(Selection{{QStringLiteral("db")}, {}, {}});
        action("actionDuplicate")->trigger();
        QCOMPARE(doc->architecture().components.size(), size_t(6));
        m_window->scene()->select(Selection{{QStringLiteral("users")}, {}, {}});
        action("actionCut")->trigger();
        QVERIFY(!doc->component(QStringLiteral("users")));
        action("actionPaste")->trigger(); // back where it was, under its own id
        const QString id = m_window->scene()->selection().components.value(0);
        QCOMPARE(id, QStringLiteral("users"));
        QCOMPARE(doc->component(id)->position, (Point{0, 200}));
    }

    void deleteActionTakesConnections()
    {
        QVERIFY(m_window->files()->openFile(copyOfThreeTier()));
        m_window->scene()->select(Selection{{QStringLiteral("lb")}, {}, {}});
        QVERIFY(action("actionDelete")->isEnabled());
        action("actionDelete")->trigger();
        QCOMPARE(m_window->document()->architecture().connections.size(), size_t(2));
        action("actionUndo")->trigger();
        QCOMPARE(m_window->document()->architecture().connections.size(), size_t(4));
    }

    void autosaveWritesARecoveryCopyOnly()
    {
        const QString path = copyOfThreeTier();
        QVERIFY(m_window->files()->openFile(path));
        const QByteArray onDisk = readAll(path);
        QVERIFY(!m_window->autosaver()->isPending());
        QVERIFY(m_window->scene()->addKindAt(QStringLiteral("s3"), QPointF(0, 400)));
        QVERIFY(m_window->autosaver()->isPending()); // a copy is on its way
        QVERIFY(m_window->autosaver()->saveNow());
        QVERIFY(m_window->recovery()->hasCopy());
        QCOMPARE(readAll(m_window->recovery()->dataPath()), serializeScenario(m_window->document()->scenario()));
        QCOMPARE(readAll(path), onDisk);           // never over the user's file
        QVERIFY(m_window->isWindowModified());     // never marks clean
        QVERIFY(m_window->files()->save());
        QVERIFY(!m_window->recovery()->hasCopy()); // a clean save removes it
    }

    void windowGeometryAndGridAreRemembered()
    {
        m_window->resize(1100, 760);
        action("actionGrid")->setChecked(false);
        QVERIFY(m_window->close()); // nothing unsaved: no question
        MainWindow next(WindowOptions{m_dir->filePath(QStringLiteral("recovery-2")), 10});
        QCOMPARE(next.size(), QSize(1100, 760));
        QVERIFY(!next.scene()->isGridVisible());
        next.findChild<QAction *>(QStringLiteral("actionGrid"))->setChecked(true);
        QVERIFY(next.close());
    }

    void aboutShowsTheIconLicence()
    {
        AboutDialog about(m_window.get());
        auto *licence = about.findChild<QPlainTextEdit *>(QStringLiteral("licence"));
        QVERIFY(licence);
        QVERIFY(licence->toPlainText().contains(QStringLiteral("Permission is hereby granted")));
    }

    void handBuiltArchitectureLooksRight()
    {
        // Built as a user would: drops, connections, a group around the tiers.
        QVERIFY(m_window->files()->newDocument());
        CanvasScene *scene = m_window->scene();
        const QList<QPair<QString, QPointF>> parts{{"users", {0, 0}},       {"route53", {160, 0}},
                                                     {"cloudfront", {160, 160}}, {"alb", {360, 0}},
                                                     {"ec2", {540, 0}},        {"elasticache", {540, 160}},
                                                     {"rds", {740, 0}},        {"s3", {360, 160}}};
        QStringList ids;
        for (const auto &[kind, at] : parts) {
            QVERIFY(scene->addKindAt(kind, at));
            ids << scene->selection().components.value(0);
        }
        for (const auto &[from, to] : QList<QPair<int, int>>{{0, 1}, {1, 3}, {0, 2}, {2, 7}, {3, 4}, {4, 5}, {4, 6}})
            QVERIFY(scene->connectComponents(ids[from], ids[to], QPoint()));
        QVERIFY(scene->addKindAt(QStringLiteral("region"), QPointF(540, 80)));
        QVERIFY(scene->addKindAt(QStringLiteral("availability-zone"), QPointF(640, 40)));
        const QString zone = scene->selection().groups.value(0);
        scene->clearSelection();
        m_window->view()->fitToContents();
        QCoreApplication::processEvents();
        const QImage shot = m_window->grab().toImage();
        // Each icon is drawn where its component is.
        for (const QString &id : ids) {
            const QPoint at = m_window->view()->mapFromScene(scene->componentItem(id)->pos());
            const QPoint inWindow = m_window->view()->viewport()->mapTo(m_window.get(), at);
            QVERIFY2(shot.pixelColor(inWindow) != QColor(Qt::white), qPrintable(id));
        }
        // The zone dropped over the web servers took them in.
        QCOMPARE(m_window->document()->component(ids[4])->group, zone);
    }

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    QString copyOfThreeTier() const
    {
        const QString path = m_dir->filePath(QStringLiteral("three-tier.json"));
        QFile::remove(path);
        QFile::copy(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
