#pragma once
// What a routed connection goes around: each component's boxes (its icon,
// and its label with the figures below), already widened by the clearance a
// line keeps. Unlike CanvasObstacles (a snapshot rebuilt per label layout,
// answering how much area is covered), this index is kept up to date one
// component at a time as items move, and answers which boxes lie in an
// area, giving up past a limit so a route's work stays bounded.

#include <QHash>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace scalescope {

class RoutingObstacles {
public:
    using Boxes = std::array<QRectF, 2>;

    // Adds the component's boxes, or replaces those it had.
    void set(const QString &id, const Boxes &boxes);
    void remove(const QString &id);
    std::optional<Boxes> boxes(const QString &id) const;
    void clear();

    // The boxes that intersect `area`, or nothing when there are more than
    // `limit` of them (or the area is too large to look through cheaply).
    std::optional<std::vector<QRectF>> within(const QRectF &area, int limit) const;

private:
    static constexpr double kCell = 256;
    static constexpr qint64 kMostCells = 16384;
    struct Entry {
        Boxes boxes;
        QRectF bounds;
        std::vector<quint64> cells;
    };
    std::vector<quint64> cellsOf(const QRectF &r) const;

    std::vector<Entry> m_entries;
    std::vector<int> m_free;
    QHash<QString, int> m_ids;
    QHash<quint64, std::vector<int>> m_cells; // cell -> indices into m_entries
    mutable std::vector<quint32> m_seen;      // per entry: the query that last met it
    mutable quint32 m_query = 0;
};

} // namespace scalescope
