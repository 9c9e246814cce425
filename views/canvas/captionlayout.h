#pragma once
// Which component captions a zoomed-out view draws at its minimum label
// size, and where. In order of priority each caption goes under its icon,
// else over it, wherever it covers no other component's icon, no caption
// placed before it and nothing the view keeps clear (the bottleneck's
// callout), and lies inside the view; at the view's edge, under the icon
// even if part of it is cut off. A caption that fits nowhere is left out
// (the tool tip still names the component). All in the view's pixels.

#include <QRectF>

#include <vector>

namespace scalescope {

struct CaptionCandidate {
    QRectF icon;  // its own icon: the captions of others keep off it
    QRectF below; // the caption under the icon
    QRectF above; // the same caption over it
};

enum class CaptionPlace { None, Below, Above };

// One place per candidate, in the order given (the first has the first pick).
std::vector<CaptionPlace> layoutCaptions(const std::vector<CaptionCandidate> &byPriority,
                                         const std::vector<QRectF> &keepClear, const QRectF &view);

} // namespace scalescope
