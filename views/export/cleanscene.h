#pragma once
// While alive, a scene shows no editing decorations: nothing is selected
// (no selection halos, no resize handles) and no item is hovered (no
// connect handle), and it is in the light colours of a page
// (exportstyle::palette), also when the screen is dark. Everything is put
// back as it was afterwards. Signals are held back, so the window's
// inspector never sees the selection blink. A canvas scene still routing a
// big diagram it just opened finishes first: a picture shows every
// connection on its searched route.

#include <QList>
#include <QPalette>

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
    QPalette m_palette;
};

} // namespace scalescope
