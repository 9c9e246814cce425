#pragma once
// Dragging the selection: selected components and groups move together with
// everything the selected groups hold, snapped to the grid by the pressed
// item; one MoveItemsCommand on release.

#include "canvasgesture.h"

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QString>

class QGraphicsItem;

namespace scalescope {

class CanvasScene;

class MoveGesture : public CanvasGesture {
public:
    MoveGesture(CanvasScene *scene, QGraphicsItem *pressed, const QPointF &pressPos, const QPoint &pressScreenPos);

    void move(QGraphicsSceneMouseEvent *event) override;
    void finish(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    struct Moving {
        bool group = false;
        QString id;
        QPointF start; // item position at the press
    };
    QGraphicsItem *itemOf(const Moving &m) const;
    void placeAll(const QPointF &delta);

    CanvasScene *m_scene;
    QList<Moving> m_items;
    QPointF m_primaryStart;
    QPointF m_pressPos;
    QPoint m_pressScreenPos;
    QPointF m_delta;
    bool m_started = false;
};

} // namespace scalescope
