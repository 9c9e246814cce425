#pragma once
// What a label or a callout should not cover: every component (icon,
// label, figures), the header of every group box, and labels placed so
// far. Rectangles are bucketed in a coarse grid, so asking what a box
// covers stays cheap on diagrams of thousands of items.

#include <QHash>
#include <QRectF>

#include <vector>

namespace scalescope {

class CanvasScene;

class CanvasObstacles {
public:
    CanvasObstacles() = default;
    // The components and group headers of the scene's document.
    explicit CanvasObstacles(const CanvasScene &scene);

    void add(const QRectF &sceneRect, double weight = 1);
    // Weighted area of `sceneRect` that obstacles cover.
    double covered(const QRectF &sceneRect) const;
    bool isEmpty() const { return m_count == 0; }

private:
    static constexpr double kCell = 256;
    struct Weighted {
        QRectF rect;
        double weight;
    };
    template <typename Visit> void forCells(const QRectF &r, Visit &&visit) const;

    // Each cell holds copies of the rectangles that reach into it: a layout
    // asks hundreds of thousands of questions, and one look-up per cell
    // beats following indices to rectangles all over memory.
    QHash<quint64, std::vector<Weighted>> m_cells;
    qsizetype m_count = 0;
};

} // namespace scalescope
