#include "sceneindexpolicy.h"

#include "canvasscene.h"

#include <QGraphicsView>

#include <algorithm>

namespace scalescope {

namespace {
constexpr double kUnindexedFrom = 0.5;
constexpr double kIndexedBelow = 1.0 / 3;

double area(const QRectF &r)
{
    return r.isValid() ? r.width() * r.height() : 0;
}
} // namespace

double shownShare(const QRectF &content, const QRectF &shown)
{
    const double whole = area(content);
    return whole > 0 ? area(content.intersected(shown)) / whole : 0;
}

QGraphicsScene::ItemIndexMethod indexMethodFor(const QRectF &content, const QList<QRectF> &shown,
                                               QGraphicsScene::ItemIndexMethod current)
{
    if (shown.isEmpty() || area(content) <= 0)
        return current;
    double least = 1;
    for (const QRectF &r : shown)
        least = std::min(least, shownShare(content, r));
    if (least >= kUnindexedFrom)
        return QGraphicsScene::NoIndex;
    if (least < kIndexedBelow)
        return QGraphicsScene::BspTreeIndex;
    return current;
}

void applyIndexPolicy(CanvasScene *scene, const QRectF &content)
{
    QList<QRectF> shown;
    for (const QGraphicsView *view : scene->views())
        if (view->isVisible())
            shown.append(view->mapToScene(view->viewport()->rect()).boundingRect());
    const QGraphicsScene::ItemIndexMethod method = indexMethodFor(content, shown, scene->itemIndexMethod());
    if (method != scene->itemIndexMethod())
        scene->setIndexMethod(method); // the tree is built again on its first use
}

} // namespace scalescope
