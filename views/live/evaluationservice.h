#pragma once
// The evaluation owner: the one place in the editor that compiles networks.
// Per document it keeps the healthy network and, when zones, regions or
// components are failed as a what-if, the network with them down; the
// sweep of the shown network; the evaluation at the current user count; the
// failure report; the journey summary and the advice. Everything is
// compiled with the document's catalog. Views observe its signals and read
// its typed results; none of them compiles or evaluates on its own.
//
// One edit means one compile of the viewed architecture (two while
// something is failed: healthy and broken). The journey recompiles only
// the stages whose architecture changed and reuses the healthy network for
// the viewed stage; journey and advice are computed on first ask, so a
// slider move costs one evaluation and nothing else.
//
// Slider drags call setUsers() many times per frame; the owner only
// remembers the latest value and evaluates once when control returns to
// the event loop, so work never queues up behind the pointer.

#include "advisor.h"
#include "live/deferredsweep.h"
#include "catalog.h"
#include "document.h"
#include "evaluation.h"
#include "journey.h"
#include "network.h"
#include "servicestatus.h"
#include "sizelimits.h"
#include "sweep.h"
#include "timeline.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <future>
#include <vector>

namespace scalescope {

class ScenarioDocument;

class EvaluationService : public QObject
{
    Q_OBJECT
public:
    // The charts' sweep: kSweepPoints user counts over the slider's range,
    // fewer for a network so big that they would hold more than
    // kMaxSweepValues utilisations (sizelimits.h), never fewer than
    // kFewestSweepPoints (two a decade of the range).
    static constexpr int kSweepPoints = 160;
    static constexpr int kFewestSweepPoints = 16;
    static constexpr int sweepPointsFor(qsizetype components)
    {
        const qint64 fit = kMaxSweepValues / std::max<qint64>(1, components);
        return int(std::clamp<qint64>(fit, kFewestSweepPoints, kSweepPoints));
    }
    // Networks with more components than this are swept a slice at a time
    // after the change, so that the first frame does not wait for the curves.
    static constexpr int kEagerSweepComponents = 1000;

    // A free-standing owner fed through setArchitecture() (benchmarks,
    // tests); no journey, as there is no document.
    explicit EvaluationService(QObject *parent = nullptr);
    EvaluationService(const Catalog &catalog, QObject *parent);
    ~EvaluationService() override;
    // The document's owner: made on first use as a child of the document,
    // following every change of it. Every view of the document shares it.
    static EvaluationService *of(ScenarioDocument *document);

    // Recompiles and re-sweeps when the architecture differs in anything the
    // model reads (moving a box on the canvas does not count), then
    // evaluates at once so network() and evaluation() always match.
    void setArchitecture(const Architecture &architecture);
    // Clamped to [kMinUsers, kMaxUsers]; evaluated on the next event-loop turn.
    void setUsers(double users);
    // Availability zones, regions or components (by id) to treat as failed:
    // a what-if, not an edit. Recompiles the broken network at once with
    // traffic moved to the survivors; ids the architecture does not have
    // (any more) are ignored, and count again when they come back.
    void setFailed(const QStringList &ids);
    QStringList failedIds() const { return m_failed; }
    // Runs a pending evaluation now (for callers that need the figures at once).
    void flush();

    const Catalog &catalog() const { return m_catalog; }
    double users() const { return m_users; }
    bool hasNetwork() const { return m_error.isEmpty() && m_compiled; }
    QString errorMessage() const { return m_error; }
    // The network shown: with the failed parts down, else the healthy one.
    const Network &network() const { return m_brokenValid ? m_broken : m_healthy; }
    // The architecture as drawn, nothing failed.
    const Network &healthyNetwork() const { return m_healthy; }
    // The architecture the networks were compiled from.
    const Architecture &architecture() const { return m_architecture; }
    const Evaluation &evaluation() const { return m_evaluation; }
    // The shown network's sweep; empty while a big one is still being
    // worked out (sweepChanged() says when it is there).
    const Sweep &sweep() const { return m_sweep.result(); }
    bool sweepSettled() const { return !m_sweep.isRunning(); }
    // Works out the rest of a pending sweep now (exports, tests).
    void settleSweep() { m_sweep.settle(); }
    // The failed ids the architecture has, as compiled.
    const QStringList &knownFailedIds() const { return m_knownFailed; }
    // The outage against the healthy network at users() (flushes first).
    const FailureReport &failureReport();
    // Play mode's question: is the healthy network saturated at `users`
    // (servicestatus.h's rule)? Empty when it is not or does not evaluate.
    std::optional<Saturation> saturationAt(double users);
    // The id of the component that breaks first in the healthy network, or
    // empty when nothing limits it or it does not evaluate.
    QString firstToBreak() const;

    // A day of traffic (the document's profile, consumer day without one)
    // against the shown network at users(): computed on first ask after a
    // change, never during a slider drag.
    const Timeline &timeline();
    // Shows a moment of that day: evaluation() becomes the step's (auto
    // scaled fleets at their instances in service, the step's load) and
    // evaluated() follows; -1, or any setUsers(), goes back to the busiest
    // hour at users().
    void setTimelineStep(int step);
    int timelineStep() const { return m_timelineStep; }

    // One line per stage of the document's scenario (flushes a change first).
    const std::vector<StageSummary> &journey();
    QString journeyError() const { return m_journeyError; }
    // The advisor's proposals for the healthy architecture at users(). It
    // waits for a job requestAdvice() has under way for the same figures.
    const std::vector<Proposal> &advice();
    QString adviceError() const { return m_adviceError; }
    // The same, worked out on a worker thread, as it compiles a candidate
    // architecture per proposal (seconds at 10,000 components): adviceReady()
    // once advice() holds them for the latest evaluation. One job at a time;
    // one that ends after a newer evaluation is dropped and asked again.
    void requestAdvice();
    bool adviceIsCurrent() const { return m_adviceFor == m_evaluationCount; }

    // How many networks were compiled for the viewed architecture, for the
    // journey's other stages, and evaluations run (tests and benchmarks).
    int compileCount() const { return m_compileCount; }
    int journeyCompileCount() const { return m_journeyCompileCount; }
    int evaluationCount() const { return m_evaluationCount; }

signals:
    // The networks and sweep were rebuilt (or cleared after an error); a
    // big network's sweep follows with sweepChanged().
    void networkChanged();
    // A sweep put off by networkChanged() is complete.
    void sweepChanged();
    // The architecture cannot be evaluated; the network is empty until it can.
    void failed(const QString &message);
    // evaluation() holds the figures at users(); failureReport() and
    // advice() follow it.
    void evaluated();
    // advice() holds the proposals for the latest evaluation (requestAdvice()).
    void adviceReady();
    // The scenario's stages changed: journey() has new rows to give.
    void journeyChanged();
    // The document's traffic profile changed: timeline() has a new day to give.
    void timelineChanged();

private:
    struct StageNetwork {
        Architecture architecture;
        StageSummary row;
    };

    void followDocument();
    void compileHealthy();
    void compileBroken();
    void resweep();
    void evaluateNow();
    void summarizeJourney();
    struct AdviceResult {
        std::vector<Proposal> proposals;
        QString error;
    };
    void adviceJobEnded();
    void takeAdviceJob();

    const Catalog &m_catalog;
    ScenarioDocument *m_document = nullptr;
    Architecture m_architecture;
    QStringList m_failed;
    QStringList m_knownFailed;
    bool m_compiled = false;
    QString m_error;
    Network m_healthy;
    Network m_broken;
    bool m_brokenValid = false;
    DeferredSweep m_sweep;
    Evaluation m_evaluation; // reused: evaluate() keeps its buffers
    Evaluation m_probe;      // the same for saturationAt()
    Timeline m_timeline;
    int m_timelineCompile = -1; // compile count, users and profile it was made from
    double m_timelineUsers = -1;
    TrafficProfile m_timelineProfile;
    int m_timelineStep = -1;
    Network m_stepNetwork;      // scratch for a step's evaluation
    double m_users;
    QTimer m_pending;
    int m_compileCount = 0;
    int m_journeyCompileCount = 0;
    int m_evaluationCount = 0;
    // Derived on first ask; the counters say what they were derived from.
    FailureReport m_report;
    int m_reportFor = -1;     // evaluation count
    std::vector<Proposal> m_advice;
    QString m_adviceError;
    int m_adviceFor = -1;     // evaluation count
    std::future<AdviceResult> m_adviceJob; // on copies of the architecture and network
    int m_adviceJobFor = -1;  // evaluation count
    bool m_adviceWanted = false;
    bool m_journeyStale = true;
    std::vector<StageSummary> m_journey;
    std::vector<StageNetwork> m_stages; // per stage, what its row was made from
    QString m_journeyError;
};

} // namespace scalescope
