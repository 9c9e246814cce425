#pragma once
// Moving between stages: the stage bar's steps, Next/Previous, the workshop
// keys and play mode all come here. With a canvas scene the change is
// animated by a StageTransition; a Next while it runs ends that film and
// moves on, so every press is one step.

#include <QObject>

namespace scalescope {

class CanvasScene;
class ScenarioDocument;
class StageTransition;

class StageNavigator : public QObject {
    Q_OBJECT
public:
    // `scene` may be null (no animation then).
    StageNavigator(ScenarioDocument *document, CanvasScene *scene, QObject *parent = nullptr);

    ScenarioDocument *document() const { return m_document; }
    StageTransition *transition() const { return m_transition; }
    bool isAnimated() const { return m_animated; }
    void setAnimated(bool on) { m_animated = on; }

    bool canGoNext() const;
    bool canGoPrevious() const;

public slots:
    // Shows stage k (clamped), animated when there is a scene.
    void goTo(int stage);
    // Shows the next (previous) stage, ending a running transition first.
    void next();
    void previous();
    // Ends a running transition, if any.
    void skip();

private:
    ScenarioDocument *m_document;
    StageTransition *m_transition = nullptr;
    bool m_animated = true;
};

} // namespace scalescope
