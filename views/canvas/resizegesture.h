#pragma once
// Dragging a selected group's handle: the box follows on the grid (never
// smaller than its header), one ResizeGroupCommand on release.

#include "canvasgesture.h"
#include "groupitem.h"

#include <QRectF>
#include <QString>

namespace scalescope {

class CanvasScene;

class ResizeGesture : public CanvasGesture {
public:
    ResizeGesture(CanvasScene *scene, const QString &groupId, GroupItem::Handle handle);

    void move(QGraphicsSceneMouseEvent *event) override;
    void finish(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    CanvasScene *m_scene;
    QString m_id;
    GroupItem::Handle m_handle;
    QRectF m_start;
    QRectF m_rect;
};

} // namespace scalescope
