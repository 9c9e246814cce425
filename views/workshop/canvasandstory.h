#pragma once
// The workshop's body: the fitted canvas and the stage's story in large
// type, side by side or the story below, whichever shows the diagram
// larger. Early stages are wide and flat (the region box waits for what
// later stages add), so they read better with the story below; the full
// architecture is taller and reads better with the story beside it.

#include <QWidget>

class QBoxLayout;
class QFrame;
class QScrollArea;

namespace scalescope {

class CanvasScene;
class NarrativePanel;
class PresentationCanvas;
class ScenarioDocument;

class CanvasAndStory : public QWidget {
    Q_OBJECT
public:
    CanvasAndStory(ScenarioDocument *document, CanvasScene *scene, QWidget *parent = nullptr);

    PresentationCanvas *canvas() const { return m_canvas; }
    NarrativePanel *narrative() const { return m_narrative; }
    // The scroll area around the narrative.
    QWidget *story() const;
    bool isStoryBelow() const { return m_below; }

public slots:
    // Picks beside or below for the diagram now shown and fits it in view.
    void rearrange();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The zoom the diagram would get in a canvas of this size.
    double fittedZoom(const QSizeF &canvas) const;
    void arrange(bool below);

    CanvasScene *m_scene;
    PresentationCanvas *m_canvas;
    NarrativePanel *m_narrative;
    QScrollArea *m_story;
    QFrame *m_divider;
    QBoxLayout *m_layout;
    bool m_below = false;
    // Body height at which the story gets its full workshop type (a 1080p
    // screen less the header), and the smallest scale it shrinks to.
    static constexpr double kFullTypeHeight = 860;
    static constexpr double kMinNarrativeScale = 1.3;
    double m_typeScale = 2; // workshop::kNarrativeScale until the first resize
};

} // namespace scalescope
