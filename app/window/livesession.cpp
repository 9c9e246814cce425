#include "livesession.h"

#include "canvas/canvasscene.h"
#include "charts/chartspanel.h"
#include "controls/statussummary.h"
#include "controls/usercountcontrol.h"
#include "controls/userscale.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/sceneloadbinder.h"

#include <cmath>

namespace scalescope {

LiveSession::LiveSession(ScenarioDocument *document, CanvasScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_service(EvaluationService::of(document)),
      m_binder(new SceneLoadBinder(scene, m_service)), m_control(new UserCountControl),
      m_charts(new ChartsPanel), m_status(new StatusSummary)
{
    connect(m_control, &UserCountControl::usersChanged, this, &LiveSession::setUsers);
    connect(m_charts, &ChartsPanel::usersDragged, this, &LiveSession::setUsers);

    connect(m_service, &EvaluationService::networkChanged, this, [this] {
        m_charts->setData(m_service->network(), m_service->sweep(), !m_service->sweepSettled());
        highlightSelection();
    });
    // A big network's curves come after its first frame.
    connect(m_service, &EvaluationService::sweepChanged, this,
            [this] {
                m_charts->setData(m_service->network(), m_service->sweep());
                m_charts->setEvaluation(m_service->evaluation()); // setData() forgets the bottleneck
            });
    connect(m_service, &EvaluationService::evaluated, this, [this] {
        if (m_service->hasNetwork()) // else the error stays on the status line
            m_status->setEvaluation(m_service->network(), m_service->evaluation());
        m_charts->setEvaluation(m_service->evaluation());
    });
    connect(m_service, &EvaluationService::failed, m_status, &StatusSummary::showError);

    connect(m_charts, &ChartsPanel::componentClicked, this, &LiveSession::selectFromChart);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LiveSession::highlightSelection);

    // The owner followed the document before this session existed: show
    // what it has, then the figures at the session's user count.
    m_charts->setData(m_service->network(), m_service->sweep(), !m_service->sweepSettled());
    if (!m_service->hasNetwork())
        m_status->showError(m_service->errorMessage());
    m_control->setUsers(m_users);
    m_charts->setUsers(m_users);
    m_service->setUsers(m_users);
    m_service->flush();
}

LiveSession::~LiveSession()
{
    // The window may not have placed them (tests, early failures).
    for (QWidget *w : {static_cast<QWidget *>(m_control), static_cast<QWidget *>(m_charts),
                       static_cast<QWidget *>(m_status)})
        if (!w->parent())
            delete w;
}

void LiveSession::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    users = UserScale::clamp(users);
    if (users == m_users)
        return;
    m_users = users;
    m_control->setUsers(users);
    m_charts->setUsers(users);
    m_service->setUsers(users);
    emit usersChanged(users);
}

void LiveSession::setFailed(const QStringList &ids)
{
    m_service->setFailed(ids);
}

void LiveSession::selectFromChart(const QString &componentId)
{
    if (!m_document->component(componentId))
        return;
    Selection s;
    s.components << componentId;
    m_scene->select(s);
}

void LiveSession::highlightSelection()
{
    const Selection s = m_scene->selection();
    m_charts->highlightComponent(s.components.size() == 1 ? s.components.front() : QString());
}

} // namespace scalescope
