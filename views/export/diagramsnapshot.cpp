#include "diagramsnapshot.h"

#include "canvas/canvasscene.h"
#include "canvas/connectionitem.h"
#include "document/scenariodocument.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"

#include <algorithm>

namespace scalescope {

DiagramSnapshot::DiagramSnapshot(const Scenario &scenario, int stage, double users)
    : m_document(std::make_unique<ScenarioDocument>())
{
    stage = std::clamp(stage, 0, int(scenario.stages.size()));
    m_document->setScenario(scenario, stage);
    m_service = EvaluationService::of(m_document.get());
    m_scene = std::make_unique<CanvasScene>(m_document.get());
    m_service->setUsers(users);
    m_service->flush();
    // The binder belongs to the scene; nothing moves in a picture.
    auto *binder = new SceneLoadBinder(m_scene.get(), m_service);
    binder->animator()->setEnabled(false);
    binder->apply();
    // The dots on the lines are motion, drawn from small bitmaps: a picture
    // keeps the line widths and rates, in vectors, and leaves the dots out.
    for (QGraphicsItem *item : m_scene->items())
        if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item); connection && connection->flow()) {
            ConnectionFlow still = *connection->flow();
            still.speed = 0;
            connection->setFlow(still);
        }
    if (m_service->hasNetwork()) {
        m_facts = stageFacts(scenario, stage, m_service->network(), m_service->evaluation());
    } else {
        m_problem = m_service->errorMessage();
        m_facts = stageFacts(scenario, stage, users);
        m_facts.figures << qMakePair(QStringLiteral("Figures"), QStringLiteral("cannot evaluate: %1").arg(m_problem));
    }
}

DiagramSnapshot::~DiagramSnapshot() = default;

} // namespace scalescope
