#include "captionlayout.h"

#include <algorithm>

namespace scalescope {

namespace {
// Captions closer than this read as one.
constexpr double kGap = 3;
} // namespace

std::vector<CaptionPlace> layoutCaptions(const std::vector<CaptionCandidate> &byPriority,
                                         const std::vector<QRectF> &keepClear, const QRectF &view)
{
    std::vector<CaptionPlace> places(byPriority.size(), CaptionPlace::None);
    std::vector<QRectF> taken = keepClear;
    taken.reserve(keepClear.size() + byPriority.size());
    // A few hundred captions at most (the view draws none beyond that):
    // comparing each with all is cheaper than keeping an index.
    const auto isFree = [&](size_t self, const QRectF &caption) {
        const QRectF r = caption.adjusted(-kGap, -kGap, kGap, kGap);
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(r); }))
            return false;
        for (size_t i = 0; i < byPriority.size(); ++i)
            if (i != self && byPriority[i].icon.intersects(caption))
                return false;
        return true;
    };
    for (size_t i = 0; i < byPriority.size(); ++i) {
        const CaptionCandidate &c = byPriority[i];
        const bool below = isFree(i, c.below);
        if (below && view.contains(c.below))
            places[i] = CaptionPlace::Below;
        else if (view.contains(c.above) && isFree(i, c.above))
            places[i] = CaptionPlace::Above;
        else if (below)
            places[i] = CaptionPlace::Below;
        else
            continue;
        taken.push_back(places[i] == CaptionPlace::Below ? c.below : c.above);
    }
    return places;
}

} // namespace scalescope
