#pragma once
// The path a connection takes: its corner points, with each corner rounded
// off. Straight legs and rounded corners are kept apart, so a painter can
// fill a straight leg as a band and stroke only the curves, and anything
// riding on the path (flow dots, rate labels) finds a point by distance.

#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace scalescope {

class ConnectionRoute {
public:
    // Corners are rounded to this radius, less where legs are short.
    static constexpr double kCornerRadius = 10;

    struct Piece {
        bool curve = false;
        QPointF from, to;       // a leg's ends, or a corner's
        QPointF c1, c2;         // a corner's cubic control points
        double start = 0;       // distance along the route where it starts
        double length = 0;
        QPainterPath path() const; // the piece alone (a corner's curve)
    };

    ConnectionRoute() = default;
    // From the first point to the last, through the others.
    explicit ConnectionRoute(const QPolygonF &points);
    // The points without repeats or points in the middle of a straight run,
    // which say nothing.
    static QPolygonF simplified(const QPolygonF &points);

    const QPolygonF &points() const { return m_points; }
    const std::vector<Piece> &pieces() const { return m_pieces; }
    bool isEmpty() const { return m_points.size() < 2; }
    double length() const { return m_length; }
    // Where the route is `distance` along it, and which way it goes there
    // (a unit vector); clamped to the ends.
    QPointF pointAt(double distance) const;
    QPointF directionAt(double distance) const;
    // The last leg, towards the end (where the arrow head sits).
    QLineF lastLeg() const;
    QPainterPath path() const;
    QRectF bounds() const { return m_points.boundingRect(); }

private:
    QPolygonF m_points;
    std::vector<Piece> m_pieces;
    // The route flattened (corners in a few steps) with the distance to
    // each vertex: what pointAt() searches.
    QPolygonF m_flat;
    std::vector<double> m_distances;
    double m_length = 0;
};

} // namespace scalescope
