#pragma once
// Keeps the compiled network, its sweep and the evaluation at the current
// user count, and tells the views when they changed.
//
// Slider drags call setUsers() many times per frame; the service only
// remembers the latest value and evaluates once when control returns to
// the event loop, so work never queues up behind the pointer.

#include "document.h"
#include "evaluation.h"
#include "network.h"
#include "sweep.h"

#include <QObject>
#include <QTimer>

namespace scalescope {

class EvaluationService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSweepPoints = 160;

    explicit EvaluationService(QObject *parent = nullptr);

    // Recompiles and re-sweeps when the architecture differs in anything the
    // model reads (moving a box on the canvas does not count), then
    // evaluates at once so network() and evaluation() always match.
    void setArchitecture(const Architecture &architecture);
    // Clamped to [kMinUsers, kMaxUsers]; evaluated on the next event-loop turn.
    void setUsers(double users);
    // Availability zones, regions or components (by id) to treat as failed:
    // a what-if, not an edit. Recompiles at once with traffic moved to the
    // survivors; ids the architecture does not have (any more) are ignored.
    void setFailed(const QStringList &ids);
    QStringList failedIds() const { return m_failed; }
    // Runs a pending evaluation now (for callers that need the figures at once).
    void flush();

    double users() const { return m_users; }
    bool hasNetwork() const { return m_error.isEmpty() && m_compiled; }
    QString errorMessage() const { return m_error; }
    const Network &network() const { return m_network; }
    const Evaluation &evaluation() const { return m_evaluation; }
    const Sweep &sweep() const { return m_sweep; }
    // How many networks were compiled and evaluations run (for tests and benchmarks).
    int compileCount() const { return m_compileCount; }
    int evaluationCount() const { return m_evaluationCount; }

signals:
    // The network and sweep were rebuilt (or cleared after an error).
    void networkChanged();
    // The architecture cannot be evaluated; the network is empty until it can.
    void failed(const QString &message);
    // evaluation() holds the figures at users().
    void evaluated();

private:
    void compile(const Architecture &architecture);
    void evaluateNow();

    Architecture m_architecture;
    QStringList m_failed;
    bool m_compiled = false;
    QString m_error;
    Network m_network;
    Sweep m_sweep;
    Evaluation m_evaluation; // reused: evaluate() keeps its buffers
    double m_users;
    QTimer m_pending;
    int m_compileCount = 0;
    int m_evaluationCount = 0;
};

} // namespace scalescope
