#include "stagenavigator.h"

#include "canvas/canvasscene.h"
#include "document/scenariodocument.h"
#include "stages.h"
#include "stagetransition.h"

#include <algorithm>

namespace scalescope {

StageNavigator::StageNavigator(ScenarioDocument *document, CanvasScene *scene, QObject *parent)
    : QObject(parent), m_document(document)
{
    if (scene)
        m_transition = new StageTransition(scene, this);
}

bool StageNavigator::canGoNext() const { return m_document->stage() < m_document->stageCount(); }

bool StageNavigator::canGoPrevious() const { return m_document->stage() > 0; }

void StageNavigator::goTo(int stage)
{
    stage = std::clamp(stage, 0, m_document->stageCount());
    skip();
    if (stage == m_document->stage())
        return;
    const bool animate = m_transition && m_animated;
    if (animate)
        m_transition->capture(architectureAt(m_document->scenario(), stage));
    m_document->setStage(stage);
    if (animate)
        m_transition->start();
}

void StageNavigator::next()
{
    // From the stage the press meant: a running film ends (goTo) and the
    // next one starts, so quick presses step once each.
    goTo(m_document->stage() + 1);
}

void StageNavigator::previous()
{
    goTo(m_document->stage() - 1);
}

void StageNavigator::skip()
{
    if (m_transition)
        m_transition->finish();
}

} // namespace scalescope
