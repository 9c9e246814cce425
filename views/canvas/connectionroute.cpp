#include "connectionroute.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// A quarter circle drawn as a cubic: control points this far along the tangents.
constexpr double kCircleHandle = 0.5523;
constexpr int kCurveSteps = 6;

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

QPointF unit(const QPointF &from, const QPointF &to)
{
    const double d = distance(from, to);
    return d > 0 ? (to - from) / d : QPointF();
}

QPointF cubicAt(const ConnectionRoute::Piece &p, double t)
{
    const double s = 1 - t;
    return s * s * s * p.from + 3 * s * s * t * p.c1 + 3 * s * t * t * p.c2 + t * t * t * p.to;
}

} // namespace

QPolygonF ConnectionRoute::simplified(const QPolygonF &points)
{
    QPolygonF out;
    out.reserve(points.size());
    for (const QPointF &p : points) {
        if (!out.isEmpty() && distance(out.back(), p) < 1e-6)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.back();
            const double cross = (b.x() - a.x()) * (p.y() - b.y()) - (b.y() - a.y()) * (p.x() - b.x());
            const double dot = (b.x() - a.x()) * (p.x() - b.x()) + (b.y() - a.y()) * (p.y() - b.y());
            if (std::abs(cross) < 1e-6 && dot > 0) {
                out.back() = p;
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

QPainterPath ConnectionRoute::Piece::path() const
{
    QPainterPath p(from);
    if (curve)
        p.cubicTo(c1, c2, to);
    else
        p.lineTo(to);
    return p;
}

ConnectionRoute::ConnectionRoute(const QPolygonF &points)
    : m_points(simplified(points))
{
    const qsizetype n = m_points.size();
    if (n < 2) {
        if (n == 1) {
            m_flat = m_points;
            m_distances = {0};
        }
        return;
    }
    // Each inner corner's radius: at most half of either leg, so two corners never overlap.
    std::vector<double> radius(size_t(n), 0.0);
    for (qsizetype k = 1; k + 1 < n; ++k)
        radius[size_t(k)] = std::min({kCornerRadius, distance(m_points[k - 1], m_points[k]) / 2,
                                      distance(m_points[k], m_points[k + 1]) / 2});
    // Sized once: a big diagram makes hundreds of thousands of routes as it opens.
    size_t corners = 0;
    for (qsizetype k = 1; k + 1 < n; ++k)
        corners += radius[size_t(k)] > 0 ? 1 : 0;
    m_pieces.reserve(size_t(n - 1) + corners);
    m_flat.reserve(qsizetype(n + corners * kCurveSteps));
    m_distances.reserve(size_t(n) + corners * kCurveSteps);
    double at = 0;
    const auto addPiece = [&](Piece piece) {
        piece.start = at;
        if (piece.curve) {
            QPointF previous = piece.from;
            for (int i = 1; i <= kCurveSteps; ++i) {
                const QPointF p = cubicAt(piece, double(i) / kCurveSteps);
                piece.length += distance(previous, p);
                previous = p;
            }
        } else {
            piece.length = distance(piece.from, piece.to);
        }
        at += piece.length;
        m_pieces.push_back(piece);
    };
    for (qsizetype k = 0; k + 1 < n; ++k) {
        const QPointF dir = unit(m_points[k], m_points[k + 1]);
        const QPointF from = m_points[k] + dir * radius[size_t(k)];
        const QPointF to = m_points[k + 1] - dir * radius[size_t(k + 1)];
        addPiece(Piece{false, from, to, {}, {}, 0, 0});
        if (k + 2 < n && radius[size_t(k + 1)] > 0) {
            const double r = radius[size_t(k + 1)];
            const QPointF next = unit(m_points[k + 1], m_points[k + 2]);
            const QPointF exit = m_points[k + 1] + next * r;
            addPiece(Piece{true, to, exit, to + dir * r * kCircleHandle, exit - next * r * kCircleHandle, 0, 0});
        }
    }
    m_length = at;
    // Flattened, for finding points by distance.
    m_flat.append(m_pieces.front().from);
    m_distances.push_back(0);
    for (const Piece &p : m_pieces) {
        const int steps = p.curve ? kCurveSteps : 1;
        for (int i = 1; i <= steps; ++i) {
            const QPointF q = p.curve ? cubicAt(p, double(i) / steps) : p.to;
            m_distances.push_back(m_distances.back() + distance(m_flat.back(), q));
            m_flat.append(q);
        }
    }
}

QPointF ConnectionRoute::pointAt(double d) const
{
    if (m_flat.isEmpty())
        return {};
    if (d <= 0)
        return m_flat.front();
    if (d >= m_distances.back())
        return m_flat.back();
    const auto it = std::upper_bound(m_distances.begin(), m_distances.end(), d);
    const size_t i = size_t(it - m_distances.begin()); // d lies between vertex i-1 and i
    const double span = m_distances[i] - m_distances[i - 1];
    const double t = span > 0 ? (d - m_distances[i - 1]) / span : 0;
    return m_flat[qsizetype(i - 1)] + (m_flat[qsizetype(i)] - m_flat[qsizetype(i - 1)]) * t;
}

QPointF ConnectionRoute::directionAt(double d) const
{
    if (m_flat.size() < 2)
        return {1, 0};
    const auto it = std::upper_bound(m_distances.begin(), m_distances.end(), std::clamp(d, 0.0, m_distances.back()));
    size_t i = std::clamp<size_t>(size_t(it - m_distances.begin()), 1, m_distances.size() - 1);
    const QPointF u = unit(m_flat[qsizetype(i - 1)], m_flat[qsizetype(i)]);
    return u.isNull() ? QPointF(1, 0) : u;
}

QLineF ConnectionRoute::lastLeg() const
{
    const qsizetype n = m_points.size();
    return n >= 2 ? QLineF(m_points[n - 2], m_points[n - 1]) : QLineF();
}

QPainterPath ConnectionRoute::path() const
{
    QPainterPath p;
    if (m_pieces.empty())
        return p;
    p.moveTo(m_pieces.front().from);
    for (const Piece &piece : m_pieces) {
        if (piece.curve)
            p.cubicTo(piece.c1, piece.c2, piece.to);
        else
            p.lineTo(piece.to);
    }
    return p;
}

} // namespace scalescope
