#pragma once
// A stage of a scenario at a user count, drawn on its own scene for export:
// its own document (with its evaluation owner) and canvas scene (so the window's
// selection, hover and view never matter), with the load shown as the
// window shows it (SceneLoadBinder: load rings, connection widths and rates,
// the bottleneck's callout) standing still (no dots on the lines), and the
// figures that go with it. The window, the command line and the journey exports all draw
// through this.

#include "diagramfacts.h"
#include "evaluation.h"
#include "live/evaluationservice.h"
#include "network.h"

#include <QString>

#include <memory>

namespace scalescope {

class CanvasScene;
class ScenarioDocument;

class DiagramSnapshot {
public:
    // `stage` is clamped to the scenario's stages.
    DiagramSnapshot(const Scenario &scenario, int stage, double users);
    ~DiagramSnapshot();
    DiagramSnapshot(const DiagramSnapshot &) = delete;
    DiagramSnapshot &operator=(const DiagramSnapshot &) = delete;

    CanvasScene &scene() const { return *m_scene; }
    ScenarioDocument &document() const { return *m_document; }
    const DiagramFacts &facts() const { return m_facts; }
    // False when the architecture does not evaluate (then problem() says why).
    bool evaluated() const { return m_service->hasNetwork(); }
    const QString &problem() const { return m_problem; }
    const Network &network() const { return m_service->network(); }
    const Evaluation &evaluation() const { return m_service->evaluation(); }

private:
    std::unique_ptr<ScenarioDocument> m_document;
    EvaluationService *m_service; // the document's evaluation owner
    std::unique_ptr<CanvasScene> m_scene;
    QString m_problem;
    DiagramFacts m_facts;
};

} // namespace scalescope
