#include "flowlabellayout.h"

#include "connectionitem.h"
#include "flowlabellayer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace scalescope {

FlowLabelPlacement layoutFlowLabels(const CanvasScene &scene, std::vector<const ConnectionItem *> labelled)
{
    FlowLabelPlacement out{std::vector<QPointF>(labelled.size()), CanvasObstacles(scene)};
    // Short lines have the fewest free places: they choose first.
    std::vector<size_t> order(labelled.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&labelled](size_t a, size_t b) {
        return labelled[a]->shaftLength() < labelled[b]->shaftLength();
    });
    static constexpr std::array<double, 7> kPlaces{0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85};
    const QSizeF size = FlowLabelLayer::slotSize();
    const auto slotAt = [&size](const QPointF &centre) {
        return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    };
    for (const size_t i : order) {
        const ConnectionItem *item = labelled[i];
        const ConnectionRoute &route = item->route();
        const double length = item->shaftLength();
        // On the line first; beside it (just clear of it) when the line is crowded.
        const auto aside = [&](double t) {
            const QPointF along = route.directionAt(t * length);
            return QPointF(-along.y(), along.x()) * (size.height() + 2);
        };
        QPointF best = route.pointAt(kPlaces.front() * length);
        double least = std::numeric_limits<double>::infinity();
        for (const double side : {0.0, 1.0, -1.0}) {
            for (double t : kPlaces) {
                const QPointF centre = route.pointAt(t * length) + side * aside(t);
                const double area = out.obstacles.covered(slotAt(centre));
                if (area < least) {
                    least = area;
                    best = centre;
                }
                if (area <= 0)
                    break;
            }
            if (least <= 0)
                break;
        }
        out.anchors[i] = best;
        out.obstacles.add(slotAt(best));
    }
    return out;
}

} // namespace scalescope
