#pragma once
// Workshop mode: a full-screen window for trainers on a projector. It shows
// the main window's scene in a view of its own (the same live load colours),
// fitted to the screen, the viewed stage's story in large type, the key
// figures in a header band and, on demand (J), the journey table.
//
// Keys work whichever child has focus: Right/PageDown/N next stage (a
// second press ends the animation), Left/PageUp/P previous, Home/End first
// and last stage, Up/Down users x10 and /10, Space play or pause, J the
// journey, F full screen or not, Esc leaves. Presenter clickers send
// PageUp/PageDown.
//
// Wiring (the lead's): usersRequested -> the app's user count, which calls
// back setUsers; evaluations -> setEvaluation (or showError); playToggled ->
// play mode; closed -> back to the main window.

#include "workshopkeys.h"

#include <QWidget>

namespace scalescope {

class CanvasAndStory;
class CanvasScene;
class CanvasView;
class JourneyOverlay;
class JourneyTable;
class DayChart;
class KeyHint;
class NarrativePanel;
class ScenarioDocument;
class StageBar;
class StageNavigator;
class WorkshopHeader;
struct Evaluation;
struct Network;

class WorkshopWindow : public QWidget {
    Q_OBJECT
public:
    WorkshopWindow(ScenarioDocument *document, CanvasScene *scene, StageNavigator *navigator,
                   QWidget *parent = nullptr);

    double users() const { return m_users; }
    bool isJourneyVisible() const;
    // The day strip under the canvas (D), playing while shown.
    bool isDayVisible() const;
    DayChart *dayChart() const;

    CanvasView *canvasView() const;
    NarrativePanel *narrativePanel() const;
    JourneyTable *journeyTable() const;
    StageBar *stageBar() const;
    KeyHint *keyHint() const { return m_hint; }
    CanvasAndStory *body() const { return m_body; }
    // The header's words: "2.5k" and "Users 2.5k · Holds up to 980 · ...".
    QString usersText() const;
    QString figuresText() const;

public slots:
    // Full screen, on top, keys hint shown.
    void showPresentation();
    void setUsers(double users);
    void setEvaluation(const Network &network, const Evaluation &evaluation);
    // The architecture does not evaluate (the figures show dashes).
    void showError(const QString &message);
    void setJourneyVisible(bool visible);
    void toggleJourney();
    void toggleDay();
    void toggleFullScreen();
    // Fits the whole diagram in view, the story beside or below it, whichever
    // shows the diagram larger (done by itself on show, resize and stage change).
    void fitDiagram();

signals:
    // Up or Down asked for this user count (already clamped to 1..100M).
    void usersRequested(double users);
    // Space: start or pause play mode.
    void playToggled();
    // The window was closed (Esc or the window manager).
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool isOwnWidget(QObject *object) const;
    void perform(WorkshopAction action);
    void requestUsers(double users);

    ScenarioDocument *m_document;
    StageNavigator *m_navigator;
    WorkshopHeader *m_header;
    CanvasAndStory *m_body;
    JourneyOverlay *m_journey;
    DayChart *m_day;
    KeyHint *m_hint;
    double m_users = 1;
};

} // namespace scalescope
