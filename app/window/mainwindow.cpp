#include "mainwindow.h"

#include "autosaver.h"
#include "builtinscenarios.h"
#include "canvas/canvasclipboard.h"
#include "canvas/canvasgrid.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "document/scenariodocument.h"
#include "filecontroller.h"
#include "inspector/inspectorwidget.h"
#include "livesession.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"
#include "palette/palettewidget.h"
#include "recentfiles.h"
#include "recoverystore.h"
#include "stages/journeyplayer.h"
#include "stages/stagenavigator.h"
#include "stages/stagerange.h"

#include <QAction>
#include <QCloseEvent>
#include <QCursor>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

namespace scalescope {

MainWindow::MainWindow(const WindowOptions &options, QWidget *parent)
    : QMainWindow(parent), m_document(new ScenarioDocument(this)), m_scene(new CanvasScene(m_document, this)),
      m_view(new CanvasView(m_scene, this)), m_clipboard(new CanvasClipboard(m_scene, this)),
      m_recent(new RecentFiles(this)), m_files(new FileController(m_document, m_recent, this)),
      m_recovery(std::make_unique<RecoveryStore>(options.recoveryDirectory.isEmpty() ? RecoveryStore::defaultDirectory()
                                                                                     : options.recoveryDirectory)),
      m_live(new LiveSession(m_document, m_scene, this)), m_navigator(new StageNavigator(m_document, m_scene, this)),
      m_player(new JourneyPlayer(m_document, m_navigator, this))
{
    m_autosaver = new Autosaver(
        m_document, m_recovery.get(), [this] { return RecoveryMeta{m_files->filePath(), m_document->stage()}; },
        options.autosaveDelayMs, this);
    setCentralWidget(m_view);
    setWindowIcon(QIcon(QStringLiteral(":/app/scalescope.svg")));
    createDocks();
    createActions();
    createMenus();
    createToolBar();
    wireLiveSession();
    wirePlayer();

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_zoomLabel);
    const auto showZoom = [this](double zoom) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); };
    connect(m_view, &CanvasView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());

    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::updateTitle); // a renamed scenario
    connect(m_files, &FileController::documentReplaced, this, [this] {
        updateTitle();
        // A scenario opens at the user count it was saved with.
        m_live->setUsers(m_document->architecture().workload.users);
        // Once the window is laid out: at start the view has no final size yet.
        QTimer::singleShot(0, m_view, &CanvasView::fitToContents);
    });
    connect(m_files, &FileController::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_document, &ScenarioDocument::editRefused, this, &MainWindow::showRefusal);
    // Every stage is shown whole and at a user count it is meant for (its
    // title's range). The fit waits for the scene to rebuild its items.
    connect(m_document, &ScenarioDocument::stageChanged, this, [this] {
        if (const int k = m_document->stage(); k > 0 && k <= m_document->stageCount())
            m_live->setUsers(usersWithinStage(m_document->scenario().stages[size_t(k - 1)], m_live->users()));
        // The figures at the stage's user count first: badges and labels
        // size the items the fit frames.
        QTimer::singleShot(0, m_view, [this] {
            m_live->service()->flush();
            m_live->binder()->apply();
            m_view->fitToContents();
        });
    });
    connect(m_scene, &CanvasScene::connectionRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_clipboard, &CanvasClipboard::pasteFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_inspector->inspect(m_scene->selection());
        updateEditActions();
    });
    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::updateEditActions);
    // Only when the clipboard changes: reading it can be slow under X11.
    connect(m_clipboard, &CanvasClipboard::canPasteChanged, m_pasteAction, &QAction::setEnabled);
    m_pasteAction->setEnabled(m_clipboard->canPaste());

    readSettings();
    updateTitle();
    updateEditActions();
}

MainWindow::~MainWindow()
{
    // The scene goes first and quietly: removing its items changes the
    // selection, which must not reach the inspector of a window being taken
    // apart (nor a document already gone).
    m_scene->disconnect(this);
    m_scene->disconnect(m_live);
    delete m_scene;
    // Before the recovery store it writes to is gone (a member, destroyed
    // before the document, whose undo stack still reports a last clean change).
    delete m_autosaver;
}

bool MainWindow::openStartupDocument(const QString &file)
{
    if (!file.isEmpty())
        return m_files->openFile(file);
    const QString builtin = defaultScenario();
    return !builtin.isEmpty() && m_files->openFile(builtin);
}

void MainWindow::showStart(std::optional<int> stage, std::optional<double> users)
{
    if (stage)
        m_document->setStage(*stage < 0 ? m_document->stageCount() : std::min(*stage, m_document->stageCount()));
    if (users)
        m_live->setUsers(*users);
}

QString MainWindow::recoveredWorkName(const RecoveredSession &session)
{
    if (!session.meta.originalFile.isEmpty())
        return QFileInfo(session.meta.originalFile).fileName();
    // Never saved to a file: the scenario's own title says which work it is.
    LoadError ignored; // a copy that cannot be read says so when restored
    const std::optional<Scenario> scenario = RecoveryStore::load(session, &ignored);
    const QString title = scenario ? scenario->title.simplified() : QString();
    constexpr int kLongest = 80; // a title pasted from a page would make the box as wide
    if (!title.isEmpty())
        return tr("\u201C%1\u201D (never saved to a file)")
            .arg(title.size() > kLongest ? title.left(kLongest) + QChar(0x2026) : title);
    return tr("an untitled scenario");
}

bool MainWindow::offerRecovery()
{
    // Newest first. A copy that cannot be restored is set aside (kept, never
    // offered again) and the next older one is offered: it hides nothing.
    QStringList tried;
    for (;;) {
        QList<RecoveredSession> sessions = m_recovery->orphans();
        sessions.removeIf([&tried](const RecoveredSession &s) { return tried.contains(s.dataPath); });
        if (sessions.isEmpty())
            return false;
        const RecoveredSession &newest = sessions.front();
        tried << newest.dataPath;
        const QString what = recoveredWorkName(newest);
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                        tr("ScaleScope did not close properly. Unsaved changes to %1 from %2 can be restored.")
                            .arg(what, QLocale().toString(newest.savedAt, QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            RecoveryStore::discard(newest);
            return false;
        }
        if (box.clickedButton() != restore)
            return false;
        if (restoreRecovery(newest))
            return true;
    }
}

bool MainWindow::restoreRecovery(const RecoveredSession &session)
{
    LoadError error;
    std::optional<Scenario> scenario = RecoveryStore::load(session, &error);
    if (!scenario) {
        const QString aside = RecoveryStore::asideDirectory(session);
        QMessageBox::critical(this, tr("Cannot restore"),
                              tr("%1\n\nThe copy is kept in %2 and will not be offered again.")
                                  .arg(error.toString(), QDir::toNativeSeparators(aside)));
        // Moved once the message was seen: the next start offers older copies.
        if (RecoveryStore::setAside(session).isEmpty())
            statusBar()->showMessage(tr("Could not move the unrestorable copy to %1").arg(aside), 10000);
        return false;
    }
    m_files->adoptRecovered(std::move(*scenario), session.meta.stage, session.meta.originalFile);
    // Our own copy first, then the old one goes: a second crash loses nothing.
    if (m_autosaver->saveNow())
        RecoveryStore::discard(session);
    statusBar()->showMessage(tr("Restored unsaved work; save it to keep it"), 10000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_recovery->discardCopy(); // saved, or discarded on purpose
    event->accept();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — ScaleScope").arg(m_files->displayName()));
    setWindowModified(m_files->isModified());
}

void MainWindow::addKindInView(const QString &kindId)
{
    // The middle of the view, moved along until the spot is free.
    QPointF at = snapToGrid(m_view->mapToScene(m_view->viewport()->rect().center()));
    for (int i = 0; i < 20 && m_scene->componentAt(at); ++i)
        at += QPointF(4 * kGridStep, 2 * kGridStep);
    m_scene->addKindAt(kindId, at);
    m_view->setFocus();
}

void MainWindow::showRefusal(const QString &message)
{
    const QString text = tr("Not changed: %1").arg(message);
    statusBar()->showMessage(text, 8000);
    QToolTip::showText(QCursor::pos(), text, this);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first start fits the screen it opens on (a 1280x800 laptop too).
        const QSize wanted(1440, 900);
        resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);
    }
    // A layout saved by a version with other docks would pile the new ones up.
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    const bool grid = settings.value(QStringLiteral("view/grid"), true).toBool();
    m_scene->setGridVisible(grid);
    m_gridAction->setChecked(grid);
    m_routeAction->setChecked(settings.value(QStringLiteral("view/routeAround"), true).toBool());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("view/grid"), m_scene->isGridVisible());
    settings.setValue(QStringLiteral("view/routeAround"), m_routeAction->isChecked());
}

} // namespace scalescope
