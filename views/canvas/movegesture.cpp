#include "movegesture.h"

#include "canvasgrid.h"
#include "canvasscene.h"
#include "commands/moveitemscommand.h"
#include "componentitem.h"
#include "document/membership.h"
#include "groupitem.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QSet>

namespace scalescope {

MoveGesture::MoveGesture(CanvasScene *scene, QGraphicsItem *pressed, const QPointF &pressPos,
                         const QPoint &pressScreenPos)
    : m_scene(scene), m_primaryStart(pressed->pos()), m_pressPos(pressPos), m_pressScreenPos(pressScreenPos)
{
    // Ctrl+dragging an unselected item moves it too (it is selected on release).
    Selection pressedToo = scene->selection();
    if (auto *c = qgraphicsitem_cast<ComponentItem *>(pressed); c && !pressedToo.components.contains(c->id()))
        pressedToo.components << c->id();
    if (auto *g = qgraphicsitem_cast<GroupItem *>(pressed); g && !pressedToo.groups.contains(g->id()))
        pressedToo.groups << g->id();
    const Selection moving = scene->withMembers(pressedToo);
    for (const QString &id : moving.groups)
        if (GroupItem *item = scene->groupItem(id))
            m_items.append({true, id, item->pos()});
    for (const QString &id : moving.components)
        if (ComponentItem *item = scene->componentItem(id))
            m_items.append({false, id, item->pos()});
}

QGraphicsItem *MoveGesture::itemOf(const Moving &m) const
{
    if (m.group)
        return m_scene->groupItem(m.id);
    return m_scene->componentItem(m.id);
}

void MoveGesture::placeAll(const QPointF &delta)
{
    m_delta = delta;
    for (const Moving &m : m_items)
        if (QGraphicsItem *item = itemOf(m))
            item->setPos(m.start + delta);
}

void MoveGesture::move(QGraphicsSceneMouseEvent *event)
{
    // A click that wobbles a pixel is not a move.
    if (!m_started && (event->screenPos() - m_pressScreenPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_started = true;
    const QPointF target = snapToGrid(m_primaryStart + event->scenePos() - m_pressPos);
    placeAll(target - m_primaryStart);
}

void MoveGesture::finish(QGraphicsSceneMouseEvent *)
{
    if (!m_started || m_delta.isNull())
        return;
    Moves moves;
    for (const Moving &m : m_items) {
        const QPointF p = m.start + m_delta;
        if (m.group) {
            if (GroupItem *item = m_scene->groupItem(m.id))
                moves.groups.insert(m.id, Rect{p.x(), p.y(), item->groupRect().width(), item->groupRect().height()});
        } else {
            moves.components.insert(m.id, Point{p.x(), p.y()});
        }
    }
    ScenarioDocument *document = m_scene->document();
    if (!pushEdit(document, new MoveItemsCommand(document, moves)))
        cancel();
}

void MoveGesture::cancel()
{
    placeAll(QPointF());
}

} // namespace scalescope
