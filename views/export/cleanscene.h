#pragma once
// While alive, a scene shows no editing decorations: nothing is selected
// (no selection halos, no resize handles) and no item is hovered (no
// connect handle). Everything is put back as it was afterwards. Signals are
// held back, so the window's inspector never sees the selection blink. A
// canvas scene still routing a big diagram it just opened finishes first:
// a picture shows every connection on its searched route.

#include <QList>

class QGraphicsItem;
class QGraphicsScene;

namespace scalescope {

class CleanScene {
public:
    explicit CleanScene(QGraphicsScene &scene);
    ~CleanScene();
    CleanScene(const CleanScene &) = delete;
    CleanScene &operator=(const CleanScene &) = delete;

private:
    void sendHover(QGraphicsItem *item, bool enter);

    QGraphicsScene &m_scene;
    QList<QGraphicsItem *> m_selected;
    QList<QGraphicsItem *> m_hovered;
};

} // namespace scalescope
