#include "connectgesture.h"

#include "canvasscene.h"
#include "componentitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace scalescope {

ConnectGesture::ConnectGesture(CanvasScene *scene, const QString &from)
    : m_scene(scene), m_from(from)
{
    m_line = new QGraphicsLineItem;
    QPen pen(QColor(0x1A, 0x73, 0xE8), 1.5, Qt::DashLine);
    m_line->setPen(pen);
    m_line->setZValue(1000);
    if (ComponentItem *source = scene->componentItem(from))
        m_line->setLine(QLineF(source->pos(), source->pos()));
    scene->addItem(m_line);
}

ConnectGesture::~ConnectGesture()
{
    cancel();
}

void ConnectGesture::move(QGraphicsSceneMouseEvent *event)
{
    if (m_line)
        m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
}

void ConnectGesture::finish(QGraphicsSceneMouseEvent *event)
{
    cancel();
    ComponentItem *target = m_scene->componentAt(event->scenePos());
    if (target && target->id() != m_from)
        m_scene->connectComponents(m_from, target->id(), event->screenPos());
}

void ConnectGesture::cancel()
{
    delete m_line; // removes it from the scene
    m_line = nullptr;
}

} // namespace scalescope
