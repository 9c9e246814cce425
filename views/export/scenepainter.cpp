#include "scenepainter.h"

#include "cleanscene.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace scalescope {

QRectF visibleItemsRect(const QGraphicsScene &scene)
{
    QRectF r;
    for (const QGraphicsItem *item : scene.items())
        if (item->isVisible())
            r |= item->sceneBoundingRect();
    return r;
}

void paintSceneItems(QGraphicsScene &scene, QPainter &painter, const QRectF &source)
{
    const CleanScene clean(scene);
    const double opacity = painter.opacity();
    const QList<QGraphicsItem *> items = scene.items(source, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (!item->isVisible() || item->effectiveOpacity() <= 0)
            continue;
        painter.save();
        painter.setTransform(item->sceneTransform(), true);
        painter.setOpacity(opacity * item->effectiveOpacity());
        if (item->flags() & QGraphicsItem::ItemClipsToShape)
            painter.setClipPath(item->shape(), Qt::IntersectClip);
        QStyleOptionGraphicsItem option;
        option.state = QStyle::State_Enabled;
        option.rect = item->boundingRect().toAlignedRect();
        option.exposedRect = item->boundingRect();
        item->paint(&painter, &option, nullptr);
        painter.restore();
    }
}

} // namespace scalescope
