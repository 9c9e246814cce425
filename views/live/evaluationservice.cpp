#include "evaluationservice.h"

#include "document/scenariodocument.h"
#include "stages.h"
#include "usercount.h"
#include "validation.h"

#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace scalescope {

namespace {

// Canvas positions and group rectangles never reach the capacity model;
// comparing without them keeps a box drag from re-sweeping.
bool sameForModel(const Architecture &a, const Architecture &b)
{
    if (a.workload != b.workload || a.connections != b.connections
        || a.components.size() != b.components.size() || a.groups.size() != b.groups.size())
        return false;
    for (size_t i = 0; i < a.components.size(); ++i) {
        const Component &x = a.components[i], &y = b.components[i];
        if (x.id != y.id || x.kind != y.kind || x.label != y.label || x.group != y.group || x.params != y.params)
            return false;
    }
    for (size_t i = 0; i < a.groups.size(); ++i) {
        const Group &x = a.groups[i], &y = b.groups[i];
        if (x.id != y.id || x.kind != y.kind || x.parent != y.parent || x.params != y.params)
            return false;
    }
    return true;
}

} // namespace

EvaluationService::EvaluationService(QObject *parent)
    : EvaluationService(Catalog::builtin(), parent)
{
}

EvaluationService::EvaluationService(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_users(Workload{}.users)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &EvaluationService::evaluateNow);
    connect(&m_sweep, &DeferredSweep::finished, this, &EvaluationService::sweepChanged);
}

EvaluationService::~EvaluationService()
{
    // The job works on copies, but reports back here.
    if (m_adviceJob.valid())
        m_adviceJob.wait();
}

EvaluationService *EvaluationService::of(ScenarioDocument *document)
{
    if (auto *existing = document->findChild<EvaluationService *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *owner = new EvaluationService(document->catalog(), document);
    owner->m_document = document;
    // Every edit, undo, stage move and file load ends in changed(); a new
    // stage list or new titles in documentReset().
    connect(document, &ScenarioDocument::changed, owner, &EvaluationService::followDocument);
    connect(document, &ScenarioDocument::documentReset, owner, [owner] {
        owner->m_journeyStale = true;
        emit owner->journeyChanged();
    });
    connect(document, &ScenarioDocument::profileChanged, owner, [owner] {
        // A moment of the day on show is shown again from the new day.
        if (owner->m_timelineStep >= 0 && owner->m_compiled) {
            owner->m_pending.stop();
            owner->evaluateNow();
        }
        emit owner->timelineChanged();
    });
    connect(document, &ScenarioDocument::documentReset, owner, &EvaluationService::timelineChanged);
    owner->followDocument();
    return owner;
}

void EvaluationService::followDocument()
{
    setArchitecture(m_document->architecture());
    // Titles, ranges and other stages' edits may have changed too.
    m_journeyStale = true;
    emit journeyChanged();
}

void EvaluationService::setArchitecture(const Architecture &architecture)
{
    if (m_compiled && sameForModel(architecture, m_architecture))
        return;
    m_architecture = architecture;
    m_compiled = true;
    compileHealthy();
    m_pending.stop(); // the evaluation below already uses the latest users
    evaluateNow();
}

void EvaluationService::setFailed(const QStringList &ids)
{
    if (ids == m_failed)
        return;
    m_failed = ids;
    if (!m_compiled)
        return; // used when the architecture arrives
    if (knownFailures(m_architecture, m_failed) == m_knownFailed)
        return; // nothing the architecture has changed
    if (m_error.isEmpty() || m_brokenValid) {
        compileBroken();
        resweep();
    } else {
        compileHealthy(); // the error may have been the failure's
    }
    emit networkChanged();
    if (!m_error.isEmpty())
        emit failed(m_error);
    m_pending.stop();
    evaluateNow();
}

void EvaluationService::compileHealthy()
{
    ++m_compileCount;
    m_error.clear();
    m_healthy = Network{};
    m_broken = Network{};
    m_brokenValid = false;
    if (const auto problem = validateArchitecture(m_architecture, m_catalog)) {
        m_error = problem->path.isEmpty() ? problem->message : problem->path + QStringLiteral(": ") + problem->message;
    } else {
        try {
            m_healthy = compileNetwork(m_architecture, m_catalog);
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    }
    if (m_error.isEmpty())
        compileBroken();
    else
        m_knownFailed = knownFailures(m_architecture, m_failed);
    resweep();
    emit networkChanged();
    if (!m_error.isEmpty())
        emit failed(m_error);
}

void EvaluationService::compileBroken()
{
    m_knownFailed = knownFailures(m_architecture, m_failed);
    m_broken = Network{};
    m_brokenValid = false;
    if (m_knownFailed.isEmpty())
        return; // nothing failed (the usual case): the healthy network is shown
    ++m_compileCount;
    try {
        m_broken = compileNetwork(m_architecture, m_knownFailed, m_catalog);
        m_brokenValid = true;
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        m_healthy = Network{};
    }
}

void EvaluationService::resweep()
{
    // Stale figures for a diagram that no longer evaluates would mislead.
    m_sweep.cancel();
    if (!m_error.isEmpty())
        return;
    m_sweep.start(network(), kMinUsers, kMaxUsers, sweepPointsFor(qsizetype(network().components.size())));
    if (network().components.size() <= size_t(kEagerSweepComponents)) {
        const QSignalBlocker quiet(&m_sweep); // small: at once, part of networkChanged()
        m_sweep.settle();
    }
}

void EvaluationService::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    m_users = std::clamp(users, kMinUsers, kMaxUsers);
    m_timelineStep = -1;
    if (m_compiled && !m_pending.isActive())
        m_pending.start();
}

void EvaluationService::flush()
{
    if (m_pending.isActive()) {
        m_pending.stop();
        evaluateNow();
    }
}

void EvaluationService::evaluateNow()
{
    ++m_evaluationCount;
    if (m_timelineStep >= 0 && hasNetwork())
        evaluateTimelineStep(network(), timeline(), m_timelineStep, m_stepNetwork, m_evaluation);
    else
        evaluate(network(), m_users, m_evaluation);
    emit evaluated();
}

const Timeline &EvaluationService::timeline()
{
    const TrafficProfile profile = m_document ? m_document->profile() : consumerDiurnal();
    if (m_timelineCompile == m_compileCount && m_timelineUsers == m_users && m_timelineProfile == profile)
        return m_timeline;
    m_timelineCompile = m_compileCount;
    m_timelineUsers = m_users;
    m_timelineProfile = profile;
    m_stepNetwork = Network{};
    m_timeline = Timeline{};
    if (!hasNetwork())
        return m_timeline;
    TimelineOptions o;
    o.users = m_users;
    o.profile = profile;
    // A minute a step, or longer where the architecture is too large for that.
    o.stepSeconds = std::clamp(std::ceil(86400.0 * double(network().components.size()) / double(kMaxTimelineWork)), 60.0,
                               kMaxTimelineStepSeconds);
    try {
        m_timeline = computeTimeline(network(), o);
    } catch (const std::exception &) {
        m_timeline = Timeline{};
    }
    return m_timeline;
}

void EvaluationService::setTimelineStep(int step)
{
    m_timelineStep = step < 0 ? -1 : step;
    if (!m_compiled)
        return;
    m_pending.stop();
    evaluateNow();
}

const FailureReport &EvaluationService::failureReport()
{
    flush();
    if (m_reportFor != m_evaluationCount) {
        m_reportFor = m_evaluationCount;
        m_report = hasNetwork() ? reportFailure(m_knownFailed, m_healthy, network(), m_evaluation)
                                : failureReportError(m_knownFailed, m_users, m_error);
    }
    return m_report;
}

std::optional<Saturation> EvaluationService::saturationAt(double users)
{
    if (!hasNetwork())
        return std::nullopt;
    evaluate(m_healthy, users, m_probe);
    return saturation(m_healthy, m_probe);
}

QString EvaluationService::firstToBreak() const
{
    if (!hasNetwork() || m_healthy.ceilingComponent < 0 || size_t(m_healthy.ceilingComponent) >= m_healthy.components.size())
        return {};
    return m_healthy.components[size_t(m_healthy.ceilingComponent)].id;
}

const std::vector<Proposal> &EvaluationService::advice()
{
    flush();
    if (m_adviceFor != m_evaluationCount && m_adviceJob.valid() && m_adviceJobFor == m_evaluationCount)
        takeAdviceJob();
    if (m_adviceFor != m_evaluationCount) {
        m_adviceFor = m_evaluationCount;
        m_advice.clear();
        m_adviceError.clear();
        if (!hasNetwork()) {
            m_adviceError = m_error;
        } else {
            try {
                m_advice = propose(m_architecture, m_healthy, m_users, m_catalog);
            } catch (const std::exception &e) {
                m_adviceError = QString::fromUtf8(e.what());
            }
        }
    }
    return m_advice;
}

void EvaluationService::requestAdvice()
{
    flush();
    if (m_adviceFor == m_evaluationCount || !hasNetwork()) {
        advice(); // at once: current already, or the error
        emit adviceReady();
        return;
    }
    m_adviceWanted = true;
    if (m_adviceJob.valid())
        return; // adviceJobEnded() asks again for the latest figures
    m_adviceJobFor = m_evaluationCount;
    m_adviceJob = std::async(std::launch::async, [this, architecture = m_architecture, network = m_healthy,
                                                  users = m_users, &catalog = m_catalog] {
        AdviceResult result;
        try {
            result.proposals = propose(architecture, network, users, catalog);
        } catch (const std::exception &e) {
            result.error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this] { adviceJobEnded(); }, Qt::QueuedConnection);
        return result;
    });
}

void EvaluationService::adviceJobEnded()
{
    if (!m_adviceJob.valid())
        return; // advice() took its result already
    takeAdviceJob();
    if (!m_adviceWanted)
        return;
    if (m_adviceFor == m_evaluationCount) {
        m_adviceWanted = false;
        emit adviceReady();
    } else {
        requestAdvice();
    }
}

void EvaluationService::takeAdviceJob()
{
    AdviceResult result = m_adviceJob.get();
    if (m_adviceJobFor != m_evaluationCount)
        return; // for figures replaced since
    m_adviceFor = m_adviceJobFor;
    m_advice = std::move(result.proposals);
    m_adviceError = result.error;
}

const std::vector<StageSummary> &EvaluationService::journey()
{
    if (m_journeyStale) {
        m_journeyStale = false;
        summarizeJourney();
    }
    return m_journey;
}

void EvaluationService::summarizeJourney()
{
    m_journey.clear();
    m_journeyError.clear();
    if (!m_document)
        return;
    const Scenario &s = m_document->scenario();
    const int count = int(s.stages.size()) + 1;
    std::vector<StageNetwork> stages;
    stages.reserve(size_t(count));
    Architecture a = s.base;
    try {
        for (int k = 0; k < count; ++k) {
            if (k > 0)
                for (const Edit &e : s.stages[size_t(k - 1)].edits)
                    applyEdit(a, e, nullptr);
            StageNetwork stage{a, {}};
            if (size_t(k) < m_stages.size() && sameForModel(m_stages[size_t(k)].architecture, a)) {
                stage.row = m_stages[size_t(k)].row; // unchanged since last time
            } else if (k == m_document->stage() && hasNetwork() && sameForModel(a, m_architecture)) {
                stage.row = summarizeStage(m_healthy, k, QString(), a.workload.users); // the viewed stage
            } else {
                ++m_journeyCompileCount;
                stage.row = summarizeStage(compileNetwork(a, m_catalog), k, QString(), a.workload.users);
            }
            stage.row.title = stageTitle(s, k);
            stages.push_back(std::move(stage));
        }
    } catch (const std::exception &e) {
        m_journeyError = QString::fromUtf8(e.what());
        m_stages.clear();
        return;
    }
    m_stages = std::move(stages);
    for (const StageNetwork &stage : m_stages)
        m_journey.push_back(stage.row);
}

} // namespace scalescope
