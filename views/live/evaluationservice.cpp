#include "evaluationservice.h"

#include "usercount.h"
#include "validation.h"

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

// The failed ids that name a zone, region or component of `a`: an edit that
// removed one must not make the whole diagram unevaluable.
QStringList existingIds(const Architecture &a, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        if (a.component(id) || a.group(id))
            out << id;
    return out;
}

} // namespace

EvaluationService::EvaluationService(QObject *parent)
    : QObject(parent)
    , m_users(Workload{}.users)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &EvaluationService::evaluateNow);
}

void EvaluationService::setArchitecture(const Architecture &architecture)
{
    if (m_compiled && sameForModel(architecture, m_architecture))
        return;
    m_architecture = architecture;
    m_compiled = true;
    compile(architecture);
    m_pending.stop(); // the evaluation below already uses the latest users
    evaluateNow();
}

void EvaluationService::compile(const Architecture &architecture)
{
    ++m_compileCount;
    m_error.clear();
    if (const auto problem = validateArchitecture(architecture, Catalog::builtin())) {
        m_error = problem->path.isEmpty() ? problem->message : problem->path + QStringLiteral(": ") + problem->message;
    } else {
        try {
            m_network = compileNetwork(architecture, existingIds(architecture, m_failed));
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    }
    if (m_error.isEmpty()) {
        m_sweep = scalescope::sweep(m_network, kMinUsers, kMaxUsers, kSweepPoints);
    } else {
        // Stale figures for a diagram that no longer evaluates would mislead.
        m_network = Network{};
        m_sweep = Sweep{};
    }
    emit networkChanged();
    if (!m_error.isEmpty())
        emit failed(m_error);
}

void EvaluationService::setFailed(const QStringList &ids)
{
    if (ids == m_failed)
        return;
    m_failed = ids;
    if (!m_compiled)
        return; // used when the architecture arrives
    compile(m_architecture);
    m_pending.stop();
    evaluateNow();
}

void EvaluationService::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    m_users = std::clamp(users, kMinUsers, kMaxUsers);
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
    evaluate(m_network, m_users, m_evaluation);
    emit evaluated();
}

} // namespace scalescope
