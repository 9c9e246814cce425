#include "idleconnectionwarner.h"

#include "document/scenariodocument.h"
#include "idletraffic.h"
#include "live/evaluationservice.h"

#include <utility>

namespace scalescope {

IdleConnectionWarner::IdleConnectionWarner(ScenarioDocument *document, EvaluationService *service, QObject *parent)
    : QObject(parent ? parent : document), m_service(service)
{
    connect(document, &ScenarioDocument::connectionAdded, this, [this](const QString &from, const QString &to) {
        m_from = from;
        m_to = to;
    });
    // Another document, or the connection gone again: nothing to warn about.
    connect(document, &ScenarioDocument::documentReset, this, [this] { m_from.clear(); });
    connect(document, &ScenarioDocument::connectionRemoved, this, [this](const QString &from, const QString &to) {
        if (from == m_from && to == m_to)
            m_from.clear();
    });
    connect(service, &EvaluationService::networkChanged, this, &IdleConnectionWarner::check);
}

void IdleConnectionWarner::check()
{
    if (m_from.isEmpty() || !m_service->hasNetwork())
        return;
    const QString from = std::exchange(m_from, QString());
    const auto reason = idleConnectionReason(m_service->architecture(), m_service->healthyNetwork(), from, m_to);
    if (reason)
        emit warning(tr("This connection carries no traffic: %1.").arg(*reason));
}

} // namespace scalescope
