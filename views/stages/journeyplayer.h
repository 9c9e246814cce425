#pragma once
// Play mode: the whole migration as a film. The user count climbs from the
// viewed stage's start (its range's lower end; 1 for the base). When the
// stage saturates the player names the bottleneck, holds that picture for
// kHoldSteps frames and moves to the next stage through the navigator
// (animated), holds the count still while the transition runs and climbs
// again from the new stage's start (or on from where it was, for a stage
// without a range). At the last stage it stops at saturation or at the
// app's maximum and says finished().
//
// Saturated is the model's rule (servicestatus.h: the users reached the
// ceiling, or the busiest resource is at 100%, or requests fail), applied to
// the document's healthy network from its evaluation owner. The climb lands
// exactly on the ceiling instead of stepping past it.
//
// Timing: a frame every kFrameMs; at 1x a decade of users takes
// kStepsPerDecade frames (about two seconds). Speed scales the climb per
// frame (and shortens the hold), not the frame rate, so 2x reaches a
// ceiling in half the steps and step() stays deterministic for tests.
//
// The player follows the user rather than fighting them: a stage chosen by
// hand plays from that stage's start, a user count set by hand is where the
// climb goes on, and edits are picked up at the next step (the owner
// compiles once per edit; the player evaluates every step).

#include "network.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <optional>

namespace scalescope {

class EvaluationService;
class ScenarioDocument;
class StageNavigator;

class JourneyPlayer : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameMs = 33;             // about 30 frames per second
    static constexpr double kStepsPerDecade = 60;   // at 1x: ten times the users in 2 s
    static constexpr int kHoldSteps = 15;           // at 1x: the saturated stage stays 0.5 s
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 8;
    static constexpr std::array<double, 4> kSpeeds = {0.5, 1, 2, 4}; // what a speed menu offers

    JourneyPlayer(ScenarioDocument *document, StageNavigator *navigator, QObject *parent = nullptr);

    bool isPlaying() const { return m_playing; }
    // True once the last stage saturated or reached the maximum user count.
    bool isFinished() const { return m_phase == Phase::Finished; }
    double speed() const { return m_speed; }
    double users() const { return m_users; }
    // What one climbing step multiplies the users by at the current speed.
    double stepFactor() const;

public slots:
    void play();
    void pause();
    void toggle();
    // Clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(double speed);
    // Pauses and puts the user count back at the viewed stage's start.
    void stop();
    // A user count chosen by hand (the toolbar control). A film under way
    // (playing, or paused mid-stage) climbs on from there, past a saturation
    // it was showing too; before play() it is only remembered, as play
    // starts the stage from its start. Never emits usersChanged, so feeding
    // it back cannot loop.
    void setUsers(double users);
    // One frame of the film; the timer calls it, tests may call it directly.
    void step();

signals:
    void usersChanged(double users);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // The viewed stage's first resource reached saturation at `users`.
    void stageSaturated(int stage, const QString &componentId, const QString &limitName, double users);
    void finished();

private:
    enum class Phase {
        Fresh,    // the next step or play() starts the viewed stage from its start
        Climbing,
        Holding,  // saturated: showing it for m_holdLeft more steps, then next stage
        Finished,
    };
    struct Saturation {
        QString componentId;
        QString limitName;
    };

    void climb();
    void advance();
    void finish();
    void startStage();
    void onStageChanged();
    void moveUsers(double users);
    // The viewed stage, or null for the base.
    const Stage *viewedStage() const;
    double stageStart() const;
    bool atLastStage() const;
    bool transitionRunning() const;
    // The viewed architecture compiled, or null when it does not evaluate.
    const Network *network() const;
    std::optional<Saturation> saturation();

    ScenarioDocument *m_document;
    EvaluationService *m_owner;
    StageNavigator *m_navigator;
    QTimer m_timer;
    Phase m_phase = Phase::Fresh;
    bool m_playing = false;
    bool m_advancing = false; // the stage change under way is the player's own
    double m_speed = 1;
    double m_users = 1;
    int m_holdLeft = 0;
};

} // namespace scalescope
