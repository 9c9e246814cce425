#include "canvasobstacles.h"

#include "canvasscene.h"
#include "componentitem.h"
#include "document/scenariodocument.h"
#include "groupitem.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// Room for a group's icon and a usual label; the exact header is the box's own business.
constexpr double kHeaderWidth = 240;
constexpr double kHeaderWeight = 0.3;
constexpr qint64 kMaxCells = 64;

quint64 cellKey(qint64 x, qint64 y)
{
    return (quint64(quint32(qint32(x))) << 32) | quint32(qint32(y));
}

} // namespace

CanvasObstacles::CanvasObstacles(const CanvasScene &scene)
{
    const Architecture &a = scene.document()->architecture();
    for (const Component &c : a.components)
        if (const ComponentItem *item = scene.componentItem(c.id))
            add(item->sceneBoundingRect());
    for (const Group &g : a.groups)
        if (const GroupItem *item = scene.groupItem(g.id)) {
            const QRectF r = item->groupRect();
            // A title half hidden still reads; a component or a rate label does not.
            add(QRectF(r.left(), r.top(), std::min(r.width(), kHeaderWidth), GroupItem::kHeaderHeight),
                kHeaderWeight);
        }
}

template <typename Visit>
void CanvasObstacles::forCells(const QRectF &r, Visit &&visit) const
{
    const auto x0 = qint64(std::floor(r.left() / kCell)), x1 = qint64(std::floor(r.right() / kCell));
    const auto y0 = qint64(std::floor(r.top() / kCell)), y1 = qint64(std::floor(r.bottom() / kCell));
    if (x1 - x0 > kMaxCells || y1 - y0 > kMaxCells)
        return; // nothing placed on a canvas is that large
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            visit(cellKey(x, y));
}

void CanvasObstacles::add(const QRectF &sceneRect, double weight)
{
    if (sceneRect.isEmpty() || !std::isfinite(sceneRect.width()) || !std::isfinite(sceneRect.height()))
        return;
    if (sceneRect.width() > kMaxCells * kCell || sceneRect.height() > kMaxCells * kCell)
        return;
    ++m_count;
    forCells(sceneRect, [&](quint64 key) { m_cells[key].push_back({sceneRect, weight}); });
}

double CanvasObstacles::covered(const QRectF &sceneRect) const
{
    // A rectangle spanning several cells is met once per cell: it counts in
    // the cell of its overlap's top left only, the first of its cells met
    // (so the sum adds up in the same order as keeping a list of those seen,
    // which cost an allocation per question).
    double area = 0;
    const bool positive = sceneRect.width() > 0 && sceneRect.height() > 0;
    forCells(sceneRect, [&](quint64 key) {
        const auto it = m_cells.constFind(key);
        if (it == m_cells.constEnd())
            return;
        for (const Weighted &w : *it) {
            // Most rectangles in a cell miss a label-sized box: ruled out
            // before working out the overlap, as intersected() rules them
            // out (add() keeps only rectangles of positive size).
            if (positive
                && (w.rect.left() >= sceneRect.right() || sceneRect.left() >= w.rect.right()
                    || w.rect.top() >= sceneRect.bottom() || sceneRect.top() >= w.rect.bottom()))
                continue;
            const QRectF overlap = sceneRect.intersected(w.rect);
            if (overlap.isEmpty())
                continue;
            const quint64 home = cellKey(qint64(std::floor(std::max(sceneRect.left(), w.rect.left()) / kCell)),
                                         qint64(std::floor(std::max(sceneRect.top(), w.rect.top()) / kCell)));
            if (home == key)
                area += w.weight * overlap.width() * overlap.height();
        }
    });
    return area;
}

} // namespace scalescope
