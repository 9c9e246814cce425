#pragma once
// An arrow from one component to another, from edge to edge. It keeps only
// the two ids; the scene's ConnectionRouter gives it the route to draw
// (straight, or around components) as the component items move (also
// during a drag, before the document knows).

#include "connectionroute.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QString>

#include <optional>
#include <utility>

namespace scalescope {

struct CanvasColors;
class FarLines;
struct FarShape;

// What the live evaluation shows on a connection: display values only,
// derived elsewhere (live/flowstyle.h) from the request rate. The rate's
// label is drawn by FlowLabelLayer, above every line.
struct ConnectionFlow {
    double width = 1.5;   // line width at zoom 1; below 1.5 = carries nothing (dashed)
    double speed = 0;     // dot speed in scene units per second; 0 = no dots
    bool failing = false; // the receiver turns part of it away
    friend bool operator==(const ConnectionFlow &, const ConnectionFlow &) = default;
};

class ConnectionItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    static constexpr double kDotSpacing = 36;
    static constexpr double kMaxWidth = 9; // flows are drawn at most this wide
    // Below this zoom, dots (and rate labels) are too small to see: not
    // drawn, and not worth animating.
    static constexpr double kDetailZoom = 0.4;
    // A selected line, and one whose traffic fails.
    static inline const QColor kSelectionColor{0x1A, 0x73, 0xE8};
    static inline const QColor kFailingColor{0xD1, 0x32, 0x12};

    ConnectionItem(const QString &from, const QString &to);

    int type() const override { return Type; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }

    // The path from the start to the arrow's tip (scene and item coordinates
    // agree: the item sits at the origin).
    void setRoute(const QPolygonF &points);
    const ConnectionRoute &route() const { return m_route; }
    // From where it starts to where it ends, whatever the way between.
    QLineF line() const;

    // Repaints only when the values differ.
    void setFlow(const std::optional<ConnectionFlow> &flow);
    const std::optional<ConnectionFlow> &flow() const { return m_flow; }
    bool isFlowing() const { return m_flow && m_flow->speed > 0; }
    // Moves the dots on by the time passed; one shared clock calls it for
    // every visible connection, so no item runs its own animation.
    void advanceFlow(double seconds);
    // Why the model ignores this connection (the live evaluation says so), or
    // empty: an ignored one is drawn grey and dashed, its reason the tool tip.
    void setIdleReason(const QString &reason);
    const QString &idleReason() const { return m_idleReason; }
    double flowPhase() const { return m_phase; }
    // How far along the route the arrow head begins: dots and labels stay before it.
    double shaftLength() const { return m_shaft; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // For the far layer (farlayer.h): what paint() would draw with this
    // transform (item to device) and exposed area, zoomed out on a raster
    // device, added to a run of lines instead (farlines.h). The layer
    // passes what it keeps of the item (selected, opacity) and the scene's
    // colours. False when the line draws itself (dashed, or closer in).
    // With a shape, the pieces kept there are drawn when it still holds
    // them for this transform, and kept there when it did not
    // (farshape.h); the layer forgets it when the line moves.
    bool addFar(FarLines &lines, QPainter *painter, const QTransform &toDevice, const QRectF &exposed, bool selected,
                const CanvasColors &colors, double opacity, FarShape *shape = nullptr) const;
    // Longer than any arrow head (the widest line's): pieces that end this
    // far before the route's end are drawn whole whatever the width.
    static constexpr double kLongestHead = 18;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    // Repaints it, also where the far layer draws it (farlayer.h).
    void refresh();
    double lineWidth() const;
    // Recomputes the bounds for the route and the line's width; the shape
    // is stroked when first asked for (hit tests, a rubber band), not here.
    void reshape();
    // How wide the shape is around the line: room for the widest it can get.
    double hitWidth() const;
    // The arrow head and where it begins, for the route and the line's width.
    void placeHead();
    const QPolygonF &head() const;
    // Zoomed out on a raster device: the line (not idle) in device pixels.
    void paintFar(QPainter *painter, const QRectF &exposed, const QPen &pen) const;
    // Its pieces there, in device pixels: `band` gets the legs along the
    // axes as whole pixels, `line` the others and the corners' chords.
    template <typename Band, typename Line>
    void farPieces(const std::vector<ConnectionRoute::Piece> &pieces, const QTransform &toDevice, const QRectF &exposed,
                   int pixels, Band band, Line line) const;
    // Fills the shape from the route for this transform (farshape.h).
    void keepFar(FarShape &shape, const QTransform &toDevice) const;
    // Dots on the part of the route between two distances along it.
    void paintDots(QPainter *painter, std::pair<double, double> range, const QColor &color) const;

    QString m_from;
    QString m_to;
    ConnectionRoute m_route;
    // The route's last leg, kept by the item: a slider move places the head
    // of thousands of lines, and the route's points are elsewhere in memory.
    QLineF m_lastLeg;
    mutable QPainterPath m_shape; // stroked on first need after reshape()
    mutable bool m_shapeStale = true;
    QRectF m_bounds;
    mutable QPolygonF m_head; // made on first need after the route or the width changes
    mutable bool m_headStale = true;
    double m_shaft = 0;
    std::optional<ConnectionFlow> m_flow;
    QString m_idleReason;
    double m_phase = 0; // how far the first dot is along the line, 0..kDotSpacing
};

} // namespace scalescope
