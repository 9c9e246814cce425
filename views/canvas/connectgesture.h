#pragma once
// Dragging a connection from a component's handle (or anywhere on it in
// connect mode) to another component. A dashed line follows the pointer;
// on release over a component the scene connects the two, or says at the
// cursor why it may not.

#include "canvasgesture.h"

#include <QPointF>
#include <QString>

class QGraphicsLineItem;

namespace scalescope {

class CanvasScene;

class ConnectGesture : public CanvasGesture {
public:
    ConnectGesture(CanvasScene *scene, const QString &from);
    ~ConnectGesture() override;

    void move(QGraphicsSceneMouseEvent *event) override;
    void finish(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    CanvasScene *m_scene;
    QString m_from;
    QGraphicsLineItem *m_line = nullptr;
};

} // namespace scalescope
