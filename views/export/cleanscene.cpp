#include "cleanscene.h"

#include "canvas/canvasscene.h"
#include "canvas/connectionrouter.h"
#include "exportstyle.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QSignalBlocker>

namespace scalescope {

CleanScene::CleanScene(QGraphicsScene &scene)
    : m_scene(scene), m_selected(scene.selectedItems()), m_palette(scene.palette())
{
    // A big diagram just opened may still show simple routes: a picture
    // of it shows the searched ones.
    if (auto *canvas = qobject_cast<CanvasScene *>(&scene))
        canvas->router()->settle();
    const QSignalBlocker quiet(&m_scene);
    if (m_palette.color(QPalette::Window) != exportstyle::palette().color(QPalette::Window))
        m_scene.setPalette(exportstyle::palette());
    // Every item that reacts to hover is told the pointer left, also one
    // that was told it entered without a view (scripts, tests); the ones
    // really under the pointer get it back afterwards.
    for (QGraphicsItem *item : m_scene.items()) {
        if (!item->acceptHoverEvents())
            continue;
        if (item->isUnderMouse())
            m_hovered.append(item);
        sendHover(item, false);
    }
    m_scene.clearSelection();
}

CleanScene::~CleanScene()
{
    const QSignalBlocker quiet(&m_scene);
    // Its own palette again, or none (the application's) if it had none.
    if (m_scene.palette() != m_palette || m_scene.palette().resolveMask() != m_palette.resolveMask())
        m_scene.setPalette(m_palette);
    for (QGraphicsItem *item : std::as_const(m_selected))
        item->setSelected(true);
    for (QGraphicsItem *item : std::as_const(m_hovered))
        sendHover(item, true);
}

void CleanScene::sendHover(QGraphicsItem *item, bool enter)
{
    QGraphicsSceneHoverEvent event(enter ? QEvent::GraphicsSceneHoverEnter : QEvent::GraphicsSceneHoverLeave);
    event.setScenePos(item->sceneBoundingRect().center());
    event.setPos(item->boundingRect().center());
    m_scene.sendEvent(item, &event);
}

} // namespace scalescope
