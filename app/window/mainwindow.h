#pragma once
// The editor window: palette on the left, the canvas in the middle with the
// stage bar above it, the stage's story, inspector, advisor and failures on
// the right, charts and the journey table below; the user count in the
// toolbar and the live figures in the status bar; menus with the standard
// shortcuts; files, recent files, settings, autosave and crash recovery.

#include <QMainWindow>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace scalescope {

class AdvisorPanel;
class ArrangeActions;
class Autosaver;
class CanvasClipboard;
class CanvasScene;
class CanvasView;
class ExportActions;
class ImportActions;
class FailurePanel;
class FileController;
class InspectorWidget;
class JourneyPlayer;
class JourneyTable;
class LiveSession;
class NarrativePanel;
class PaletteWidget;
class RecentFiles;
class RecoveryStore;
class ScenarioDocument;
class StageActions;
class WorkshopWindow;
class StageNavigator;
struct RecoveredSession;

struct WindowOptions {
    QString recoveryDirectory; // empty: RecoveryStore::defaultDirectory()
    int autosaveDelayMs = 1000; // at most one recovery write per interval (see Autosaver)
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Bumped whenever the docks change, so an older saved layout is ignored.
    static constexpr int kLayoutVersion = 3;

    explicit MainWindow(const WindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    CanvasClipboard *clipboard() const { return m_clipboard; }
    FileController *files() const { return m_files; }
    Autosaver *autosaver() const { return m_autosaver; }
    RecoveryStore *recovery() const { return m_recovery.get(); }
    LiveSession *live() const { return m_live; }
    StageNavigator *navigator() const { return m_navigator; }
    JourneyPlayer *player() const { return m_player; }
    // Null until the workshop mode is first shown.
    WorkshopWindow *workshop() const { return m_workshop; }
    NarrativePanel *narrative() const { return m_narrative; }
    AdvisorPanel *advisor() const { return m_advisor; }
    FailurePanel *failures() const { return m_failures; }
    JourneyTable *journey() const { return m_journey; }

    // At start: the file given, else the default built-in scenario.
    bool openStartupDocument(const QString &file);
    // Offers to restore what a crashed session left; true when restored.
    bool offerRecovery();
    bool restoreRecovery(const RecoveredSession &session);
    // Shows a stage (-1: the last) and a user count, as asked on the command line.
    void showStart(std::optional<int> stage, std::optional<double> users);
    // Full screen canvas and narrative for a workshop (Esc returns here).
    void showWorkshop();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void wireLiveSession();
    void wirePlayer();
    void populateRecentMenu();
    void populateExamplesMenu();
    void updateTitle();
    void updateEditActions();
    void addKindInView(const QString &kindId);
    void showRefusal(const QString &message);
    // What the recovery offer calls the work: its file, or its title.
    static QString recoveredWorkName(const RecoveredSession &session);
    void readSettings();
    void writeSettings();

    ScenarioDocument *m_document;
    CanvasScene *m_scene;
    CanvasView *m_view;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    CanvasClipboard *m_clipboard;
    RecentFiles *m_recent;
    FileController *m_files;
    std::unique_ptr<RecoveryStore> m_recovery;
    Autosaver *m_autosaver;
    QLabel *m_zoomLabel = nullptr;
    LiveSession *m_live;
    StageNavigator *m_navigator;
    JourneyPlayer *m_player;
    NarrativePanel *m_narrative = nullptr;
    AdvisorPanel *m_advisor = nullptr;
    FailurePanel *m_failures = nullptr;
    JourneyTable *m_journey = nullptr;
    ExportActions *m_exports = nullptr;
    ImportActions *m_imports = nullptr;
    ArrangeActions *m_arrange = nullptr;
    StageActions *m_stageActions = nullptr;
    WorkshopWindow *m_workshop = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_profileAction = nullptr; // shows the traffic profile editor
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_routeAction = nullptr; // connections around components, or straight
    QAction *m_aboutAction = nullptr;
    QAction *m_nextStageAction = nullptr;
    QAction *m_previousStageAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_stageMenu = nullptr;
};

} // namespace scalescope
