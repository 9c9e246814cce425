#include "journeyplayer.h"

#include "bottleneck.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "stagenavigator.h"
#include "stagetransition.h"
#include "usercount.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

JourneyPlayer::JourneyPlayer(ScenarioDocument *document, StageNavigator *navigator, QObject *parent)
    : QObject(parent), m_document(document), m_owner(EvaluationService::of(document)), m_navigator(navigator)
{
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &JourneyPlayer::step);
    // Also sent for a new scenario or a new stage list: a new stage to play.
    connect(m_document, &ScenarioDocument::stageChanged, this, &JourneyPlayer::onStageChanged);
    m_users = stageStart();
}

double JourneyPlayer::stepFactor() const { return std::pow(10.0, m_speed / kStepsPerDecade); }

void JourneyPlayer::play()
{
    if (m_playing)
        return;
    if (m_phase == Phase::Finished)
        m_phase = Phase::Fresh;
    if (m_phase == Phase::Fresh)
        startStage();
    m_playing = true;
    m_timer.start();
    emit playingChanged(true);
}

void JourneyPlayer::pause()
{
    if (!m_playing)
        return;
    m_timer.stop();
    m_playing = false;
    emit playingChanged(false);
}

void JourneyPlayer::toggle()
{
    if (m_playing)
        pause();
    else
        play();
}

void JourneyPlayer::setSpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void JourneyPlayer::stop()
{
    pause();
    m_holdLeft = 0;
    m_phase = Phase::Fresh;
    moveUsers(stageStart());
}

void JourneyPlayer::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    users = std::clamp(users, kMinUsers, kMaxUsers);
    if (users == m_users)
        return; // our own value coming back
    m_users = users;
    // A film under way goes on from here, even past a saturation it was showing.
    if (m_phase == Phase::Climbing || m_phase == Phase::Holding) {
        m_phase = Phase::Climbing;
        m_holdLeft = 0;
    }
}

void JourneyPlayer::step()
{
    if (m_phase == Phase::Finished)
        return;
    if (m_phase == Phase::Fresh) {
        startStage();
        return;
    }
    if (transitionRunning())
        return; // the count holds still while the stage change plays
    if (m_phase == Phase::Holding) {
        if (--m_holdLeft <= 0)
            advance();
        return;
    }
    climb();
}

void JourneyPlayer::climb()
{
    const Network *net = network();
    double next = std::min(m_users * stepFactor(), kMaxUsers);
    // Land on the ceiling rather than past it, so the film shows saturation
    // at the model's own figure (the journey table's number).
    if (net && m_users < net->ceilingUsers && next > net->ceilingUsers)
        next = net->ceilingUsers;
    moveUsers(next);

    const int stage = m_document->stage();
    if (const auto saturated = saturation()) {
        emit stageSaturated(stage, saturated->componentId, saturated->limitName, m_users);
        if (m_document->stage() != stage || m_phase != Phase::Climbing)
            return; // a listener already moved on
        if (atLastStage()) {
            finish();
        } else {
            m_phase = Phase::Holding;
            m_holdLeft = std::max(1, int(std::lround(kHoldSteps / m_speed)));
        }
        return;
    }
    // Nothing breaks up to the maximum: the stage is done all the same.
    if (m_users >= kMaxUsers)
        advance();
}

void JourneyPlayer::advance()
{
    if (atLastStage()) {
        finish();
        return;
    }
    m_advancing = true;
    m_navigator->next();
    m_advancing = false;
}

void JourneyPlayer::finish()
{
    m_phase = Phase::Finished;
    m_holdLeft = 0;
    pause();
    emit finished();
}

void JourneyPlayer::startStage()
{
    m_phase = Phase::Climbing;
    m_holdLeft = 0;
    moveUsers(stageStart());
}

void JourneyPlayer::onStageChanged()
{
    m_holdLeft = 0;
    if (m_advancing) {
        // The film's own move: the new stage starts at its range, or where
        // the last one stopped when it has no range.
        m_phase = Phase::Climbing;
        if (const Stage *s = viewedStage(); s && s->usersFrom > 0)
            moveUsers(std::clamp(s->usersFrom, kMinUsers, kMaxUsers));
    } else if (m_playing) {
        startStage(); // chosen by hand while playing: play that stage
    } else {
        m_phase = Phase::Fresh; // no jump while paused; play starts the stage
    }
}

void JourneyPlayer::moveUsers(double users)
{
    if (users == m_users)
        return;
    m_users = users;
    emit usersChanged(users);
}

const Stage *JourneyPlayer::viewedStage() const
{
    const int k = m_document->stage();
    return k > 0 && k <= m_document->stageCount() ? &m_document->scenario().stages[size_t(k - 1)] : nullptr;
}

double JourneyPlayer::stageStart() const
{
    const Stage *s = viewedStage();
    return s && s->usersFrom > 0 ? std::clamp(s->usersFrom, kMinUsers, kMaxUsers) : kMinUsers;
}

bool JourneyPlayer::atLastStage() const { return m_document->stage() >= m_document->stageCount(); }

bool JourneyPlayer::transitionRunning() const
{
    return m_navigator->transition() && m_navigator->transition()->isRunning();
}

const Network *JourneyPlayer::network() const
{
    // Mid-edit diagrams that do not evaluate simply never saturate.
    return m_owner->hasNetwork() ? &m_owner->healthyNetwork() : nullptr;
}

std::optional<JourneyPlayer::Saturation> JourneyPlayer::saturation()
{
    const Network *net = network();
    const auto saturated = m_owner->saturationAt(m_users);
    if (!net || !saturated)
        return std::nullopt;
    if (saturated->component < 0)
        return Saturation{QString(), limitKindName(LimitKind::None)};
    const ComponentModel &c = net->components[size_t(saturated->component)];
    return Saturation{c.id, limitKindName(classifyLimit(c, saturated->resource))};
}

} // namespace scalescope
