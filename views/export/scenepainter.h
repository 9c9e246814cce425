#pragma once
// Paints a scene's items the way an export needs them: items only, in
// stacking order, straight through their paint() (no device caches, no
// background, so no grid and a transparent picture stays transparent), on a
// scene cleaned of selection and hover marks for the duration.

#include <QRectF>

class QGraphicsScene;
class QPainter;

namespace scalescope {

// The rectangle (scene coordinates) every visible item lies in.
QRectF visibleItemsRect(const QGraphicsScene &scene);

// Paints the visible items that touch `source` in scene coordinates; the
// painter's transform says where the scene goes.
void paintSceneItems(QGraphicsScene &scene, QPainter &painter, const QRectF &source);

} // namespace scalescope
