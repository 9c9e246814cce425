#include "routingobstacles.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

quint64 cellKey(qint64 x, qint64 y)
{
    return (quint64(quint32(qint32(x))) << 32) | quint32(qint32(y));
}

bool usable(const QRectF &r)
{
    return !r.isEmpty() && std::isfinite(r.left()) && std::isfinite(r.top()) && std::isfinite(r.width())
           && std::isfinite(r.height());
}

} // namespace

std::vector<quint64> RoutingObstacles::cellsOf(const QRectF &r) const
{
    if (!usable(r))
        return {};
    const auto x0 = qint64(std::floor(r.left() / kCell)), x1 = qint64(std::floor(r.right() / kCell));
    const auto y0 = qint64(std::floor(r.top() / kCell)), y1 = qint64(std::floor(r.bottom() / kCell));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMostCells)
        return {};
    std::vector<quint64> cells;
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            cells.push_back(cellKey(x, y));
    return cells;
}

void RoutingObstacles::set(const QString &id, const Boxes &boxes)
{
    remove(id);
    Entry entry{boxes, boxes[0].united(boxes[1]), {}};
    entry.cells = cellsOf(entry.bounds);
    if (entry.cells.empty())
        return; // not a place on a canvas
    int index;
    if (!m_free.empty()) {
        index = m_free.back();
        m_free.pop_back();
        m_entries[size_t(index)] = std::move(entry);
    } else {
        index = int(m_entries.size());
        m_entries.push_back(std::move(entry));
        m_seen.push_back(0);
    }
    for (quint64 cell : m_entries[size_t(index)].cells)
        m_cells[cell].push_back(index);
    m_ids.insert(id, index);
}

void RoutingObstacles::remove(const QString &id)
{
    const int index = m_ids.value(id, -1);
    if (index < 0)
        return;
    m_ids.remove(id);
    Entry &entry = m_entries[size_t(index)];
    for (quint64 cell : entry.cells) {
        auto it = m_cells.find(cell);
        if (it == m_cells.end())
            continue;
        std::vector<int> &list = *it;
        list.erase(std::remove(list.begin(), list.end(), index), list.end());
        if (list.empty())
            m_cells.erase(it);
    }
    entry = Entry{};
    m_free.push_back(index);
}

std::optional<RoutingObstacles::Boxes> RoutingObstacles::boxes(const QString &id) const
{
    const int index = m_ids.value(id, -1);
    if (index < 0)
        return std::nullopt;
    return m_entries[size_t(index)].boxes;
}

void RoutingObstacles::clear()
{
    m_entries.clear();
    m_free.clear();
    m_ids.clear();
    m_cells.clear();
    m_seen.clear();
}

std::optional<std::vector<QRectF>> RoutingObstacles::within(const QRectF &area, int limit) const
{
    if (!usable(area))
        return std::vector<QRectF>{};
    const auto x0 = qint64(std::floor(area.left() / kCell)), x1 = qint64(std::floor(area.right() / kCell));
    const auto y0 = qint64(std::floor(area.top() / kCell)), y1 = qint64(std::floor(area.bottom() / kCell));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMostCells)
        return std::nullopt;
    if (++m_query == 0) { // wrapped: start the marks again
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_query = 1;
    }
    std::vector<QRectF> out;
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y) {
            const auto it = m_cells.constFind(cellKey(x, y));
            if (it == m_cells.constEnd())
                continue;
            for (int index : *it) {
                if (m_seen[size_t(index)] == m_query)
                    continue;
                m_seen[size_t(index)] = m_query;
                for (const QRectF &box : m_entries[size_t(index)].boxes)
                    if (box.intersects(area)) {
                        if (int(out.size()) >= limit)
                            return std::nullopt;
                        out.push_back(box);
                    }
            }
        }
    return out;
}

} // namespace scalescope
