#include "connectionlegs.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

double farWidth(double width, double lod)
{
    return std::clamp(std::round(width * lod), 1.0, 3.0);
}

bool isAxisAligned(const QLineF &line)
{
    return std::abs(line.dy()) < 0.01 || std::abs(line.dx()) < 0.01;
}

QRect farBand(const QLineF &d, int pixels)
{
    const bool horizontal = std::abs(d.dy()) < std::abs(d.dx());
    const int from = qRound(horizontal ? std::min(d.x1(), d.x2()) : std::min(d.y1(), d.y2()));
    const int to = qRound(horizontal ? std::max(d.x1(), d.x2()) : std::max(d.y1(), d.y2()));
    const int across = qRound((horizontal ? d.y1() : d.x1()) - pixels / 2.0);
    return horizontal ? QRect(from, across, std::max(1, to - from), pixels)
                      : QRect(across, from, pixels, std::max(1, to - from));
}

std::optional<std::pair<double, double>> clipped(const QLineF &line, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(), r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return std::make_pair(t0, t1);
}

std::optional<ShownLeg> shownLeg(const ConnectionRoute::Piece &piece, double shaftEnd, const QRectF &exposed)
{
    const double until = std::min(piece.length, shaftEnd - piece.start);
    const QLineF leg(piece.from, piece.length > 0 ? piece.from + (piece.to - piece.from) * (until / piece.length) : piece.to);
    const auto visible = clipped(leg, exposed);
    if (!visible)
        return std::nullopt;
    return ShownLeg{QLineF(leg.pointAt(visible->first), leg.pointAt(visible->second)),
                    piece.start + visible->first * until, piece.start + visible->second * until};
}

} // namespace scalescope
