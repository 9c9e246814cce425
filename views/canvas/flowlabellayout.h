#pragma once
// Where each connection's rate label goes: the first of a few places along
// its line that covers no component, group header or label placed before
// it, else where it covers least. Places are reserved at the widest label's
// size, so a layout only needs redoing when lines move or labels come and
// go, not when the numbers change.

#include "canvasobstacles.h"
#include "document/selection.h"

#include <QHash>
#include <QPointF>

#include <vector>

namespace scalescope {

class CanvasScene;
class ConnectionItem;

struct FlowLabelPlacement {
    std::vector<QPointF> anchors; // label centres, scene coordinates, in the order given
    CanvasObstacles obstacles;            // the scene's, plus the placed labels
};

FlowLabelPlacement layoutFlowLabels(const CanvasScene &scene, std::vector<const ConnectionItem *> labelled);

} // namespace scalescope
