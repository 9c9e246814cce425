// The window's actions, menus and toolbar (MainWindow, continued).
#include "mainwindow.h"

#include "aboutdialog.h"
#include "builtinscenarios.h"
#include "canvas/arrangeactions.h"
#include "canvas/canvasclipboard.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/connectionrouter.h"
#include "document/scenariodocument.h"
#include "filecontroller.h"
#include "importactions.h"
#include "recentfiles.h"
#include "scenariofile.h"
#include "controls/usercountcontrol.h"
#include "export/exportactions.h"
#include "livesession.h"
#include "stages/journeyplayer.h"
#include "stages/stageactions.h"
#include "stages/stagebar.h"
#include "advisor/advisorpanel.h"
#include "stages/stagenavigator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace scalescope {

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                    const QString &tip = QString())
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setStatusTip(tip);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    QStyle *s = style();
    m_newAction = makeAction(this, QStringLiteral("actionNew"), tr("&New"), {QKeySequence::New}, tr("Start an empty scenario"));
    m_newAction->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAction, &QAction::triggered, m_files, &FileController::newDocument);

    m_openAction = makeAction(this, QStringLiteral("actionOpen"), tr("&Open…"), {QKeySequence::Open}, tr("Open a scenario file"));
    m_openAction->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, m_files, &FileController::open);

    m_saveAction = makeAction(this, QStringLiteral("actionSave"), tr("&Save"), {QKeySequence::Save}, tr("Save the scenario"));
    m_saveAction->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveAction, &QAction::triggered, m_files, &FileController::save);

    m_saveAsAction = makeAction(this, QStringLiteral("actionSaveAs"), tr("Save &As…"), {QKeySequence::SaveAs});
    connect(m_saveAsAction, &QAction::triggered, m_files, &FileController::saveAs);

    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), {QKeySequence::Quit});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack *undo = m_document->undoStack();
    m_undoAction = undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIcon(s->standardIcon(QStyle::SP_ArrowForward));

    m_cutAction = makeAction(this, QStringLiteral("actionCut"), tr("Cu&t"), {QKeySequence::Cut});
    connect(m_cutAction, &QAction::triggered, m_clipboard, &CanvasClipboard::cut);
    m_copyAction = makeAction(this, QStringLiteral("actionCopy"), tr("&Copy"), {QKeySequence::Copy});
    connect(m_copyAction, &QAction::triggered, m_clipboard, &CanvasClipboard::copy);
    m_pasteAction = makeAction(this, QStringLiteral("actionPaste"), tr("&Paste"), {QKeySequence::Paste});
    connect(m_pasteAction, &QAction::triggered, m_clipboard, &CanvasClipboard::paste);
    m_duplicateAction = makeAction(this, QStringLiteral("actionDuplicate"), tr("D&uplicate"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(m_duplicateAction, &QAction::triggered, m_clipboard, &CanvasClipboard::duplicate);
    m_deleteAction = makeAction(this, QStringLiteral("actionDelete"), tr("&Delete"),
                                {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
                                tr("Delete the selection; a component takes its connections with it"));
    connect(m_deleteAction, &QAction::triggered, m_scene, &CanvasScene::deleteSelection);
    m_selectAllAction = makeAction(this, QStringLiteral("actionSelectAll"), tr("Select &All"), {QKeySequence::SelectAll});
    connect(m_selectAllAction, &QAction::triggered, m_scene, &CanvasScene::selectAll);

    m_connectAction = makeAction(this, QStringLiteral("actionConnect"), tr("&Connect Mode"), {QKeySequence(Qt::Key_C)},
                                 tr("Drag from one component to another to connect them (Esc leaves)"));
    m_connectAction->setCheckable(true);
    connect(m_connectAction, &QAction::toggled, m_scene, &CanvasScene::setConnectMode);
    connect(m_scene, &CanvasScene::connectModeChanged, m_connectAction, &QAction::setChecked);

    m_zoomInAction = makeAction(this, QStringLiteral("actionZoomIn"), tr("Zoom &In"),
                                {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_view, &CanvasView::zoomIn);
    m_zoomOutAction = makeAction(this, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), {QKeySequence::ZoomOut});
    connect(m_zoomOutAction, &QAction::triggered, m_view, &CanvasView::zoomOut);
    m_fitAction = makeAction(this, QStringLiteral("actionFit"), tr("&Fit to View"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_fitAction, &QAction::triggered, m_view, &CanvasView::fitToContents);
    m_actualSizeAction = makeAction(this, QStringLiteral("actionActualSize"), tr("&Actual Size"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(m_actualSizeAction, &QAction::triggered, m_view, &CanvasView::resetZoom);
    m_gridAction = makeAction(this, QStringLiteral("actionGrid"), tr("Show &Grid"), {});
    m_gridAction->setCheckable(true);
    m_gridAction->setChecked(true);
    connect(m_gridAction, &QAction::toggled, m_scene, &CanvasScene::setGridVisible);
    m_routeAction = makeAction(this, QStringLiteral("actionRouteAround"), tr("&Route Connections Around Components"), {},
                               tr("Draw connections with horizontal and vertical legs around components, or straight"));
    m_routeAction->setCheckable(true);
    m_routeAction->setChecked(true);
    connect(m_routeAction, &QAction::toggled, this, [this](bool around) {
        m_scene->router()->setStyle(around ? ConnectionRouter::Style::Orthogonal : ConnectionRouter::Style::Straight);
    });

    m_nextStageAction = makeAction(this, QStringLiteral("actionNextStage"), tr("&Next Stage"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                                   tr("Show the next stage of the journey"));
    connect(m_nextStageAction, &QAction::triggered, m_navigator, &StageNavigator::next);
    m_previousStageAction = makeAction(this, QStringLiteral("actionPreviousStage"), tr("&Previous Stage"),
                                       {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, tr("Show the previous stage"));
    connect(m_previousStageAction, &QAction::triggered, m_navigator, &StageNavigator::previous);
    m_playAction = makeAction(this, QStringLiteral("actionPlay"), tr("&Play Journey"), {QKeySequence(Qt::Key_P)},
                              tr("Climb the user count; when the bottleneck saturates, move to the next stage (P pauses)"));
    m_playAction->setCheckable(true);
    m_playAction->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    connect(m_playAction, &QAction::triggered, m_player, [this](bool on) { on ? m_player->play() : m_player->pause(); });
    m_workshopAction = makeAction(this, QStringLiteral("actionWorkshop"), tr("&Workshop Mode"), {QKeySequence(Qt::Key_F5)},
                                  tr("Full screen canvas and story for a room: arrows step, Up/Down scale users, Space plays, Esc leaves"));
    connect(m_workshopAction, &QAction::triggered, this, &MainWindow::showWorkshop);
    m_stageActions = new StageActions(m_document, this);
    connect(m_advisor, &AdvisorPanel::applyRequested, m_stageActions, &StageActions::applyProposal);
    m_exports = new ExportActions(m_document, [this] { return m_live->users(); }, this);
    m_imports = new ImportActions(m_document, m_files, this);

    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About ScaleScope"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });

    // Right-click menus: what applies where, with the shortcuts of the menus.
    using Target = CanvasView::MenuTarget;
    const QList<QAction *> edit{m_cutAction, m_copyAction, m_duplicateAction, m_deleteAction};
    m_arrange = new ArrangeActions(m_scene, this);
    m_view->setContextActions(Target::Component,
                              edit + QList<QAction *>{nullptr, m_connectAction, nullptr, m_arrange->menu()->menuAction()});
    m_view->setContextActions(Target::Group, edit);
    m_view->setContextActions(Target::Connection, {m_deleteAction});
    m_view->setContextActions(Target::Canvas, {m_pasteAction, m_selectAllAction, nullptr, m_fitAction,
                                               m_actualSizeAction, m_gridAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_examplesMenu = file->addMenu(tr("Open &Example"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_imports->importAction());
    file->addActions(m_exports->actions());
    file->addSeparator();
    file->addAction(m_quitAction);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::populateRecentMenu);
    populateRecentMenu();
    populateExamplesMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);
    edit->addAction(m_connectAction);
    edit->addSeparator();
    edit->addAction(m_profileAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_gridAction);
    m_viewMenu->addAction(m_routeAction);
    m_viewMenu->addAction(m_imports->tidyAction());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    menuBar()->addMenu(m_arrange->menu());

    m_stageMenu = menuBar()->addMenu(tr("&Stages"));
    m_stageMenu->addAction(m_previousStageAction);
    m_stageMenu->addAction(m_nextStageAction);
    m_stageMenu->addSeparator();
    m_stageMenu->addActions(m_stageActions->actions());
    m_stageMenu->addSeparator();
    m_stageMenu->addAction(m_playAction);
    m_stageMenu->addAction(m_workshopAction);
    QMenu *speed = m_stageMenu->addMenu(tr("Play &Speed"));
    auto *speeds = new QActionGroup(speed);
    for (double factor : JourneyPlayer::kSpeeds) {
        QAction *a = speed->addAction(tr("%1×").arg(factor));
        a->setCheckable(true);
        a->setChecked(factor == m_player->speed());
        speeds->addAction(a);
        connect(a, &QAction::triggered, m_player, [this, factor] { m_player->setSpeed(factor); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    // Their text names the command ("Undo Move 3 items"): icons only here,
    // so the toolbar does not jump with every edit.
    for (QAction *a : {m_undoAction, m_redoAction})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addSeparator();
    bar->addAction(m_connectAction);
    bar->addSeparator();
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_fitAction);

    // The user count and the journey's steps on their own row, above the
    // canvas: always in sight, never folded into the toolbar's overflow.
    addToolBarBreak();
    QToolBar *stages = addToolBar(tr("Users and Stages"));
    stages->setObjectName(QStringLiteral("stageToolBar"));
    stages->addWidget(m_live->userControl());
    stages->addSeparator();
    stages->addAction(m_playAction);
    stages->addAction(m_workshopAction);
    stages->addWidget(new StageBar(m_navigator, stages));
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { m_files->openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::populateExamplesMenu()
{
    for (const QString &path : builtinScenarios()) {
        LoadError error;
        const std::optional<Scenario> s = loadScenario(path, &error);
        const QString title = s && !s->title.isEmpty() ? s->title : QFileInfo(path).completeBaseName();
        QAction *a = m_examplesMenu->addAction(title);
        a->setStatusTip(s ? s->description : error.toString());
        connect(a, &QAction::triggered, this, [this, path] { m_files->openFile(path); });
    }
    m_examplesMenu->setEnabled(!m_examplesMenu->isEmpty());
}

void MainWindow::updateEditActions()
{
    const Selection s = m_scene->selection();
    const bool items = !s.components.isEmpty() || !s.groups.isEmpty();
    m_cutAction->setEnabled(items);
    m_copyAction->setEnabled(items);
    m_duplicateAction->setEnabled(items);
    m_deleteAction->setEnabled(!s.isEmpty());
}

} // namespace scalescope
