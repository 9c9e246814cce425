#pragma once
// Which spatial index the canvas scene keeps, after what its views show.
// Qt's BSP tree finds the items in a part of the scene quickly; but when a
// view shows most of the diagram it hands back nearly every item, sorted
// again by stacking order on every repaint (a slider move repaints them
// all), and walking the scene's own sorted list, culling each item in turn,
// costs less. Zoomed in on a part of a big diagram the tree wins again.

#include <QGraphicsScene>
#include <QList>
#include <QRectF>

namespace scalescope {

class CanvasScene;

// The share of `content`'s area that `shown` covers (0 when content is empty).
double shownShare(const QRectF &content, const QRectF &shown);

// The index for views showing these scene rects of `content`: none once
// every view shows at least half of it, the BSP tree as soon as one shows
// less than a third; in between the current one stays (a zoom around the
// edge does not rebuild the tree at every step). No views or no content:
// the current one.
QGraphicsScene::ItemIndexMethod indexMethodFor(const QRectF &content, const QList<QRectF> &shown,
                                               QGraphicsScene::ItemIndexMethod current);

// Sets the scene's index for what its visible views show of `content`.
void applyIndexPolicy(CanvasScene *scene, const QRectF &content);

} // namespace scalescope
