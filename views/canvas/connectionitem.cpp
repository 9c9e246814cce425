#include "connectionitem.h"

#include "antialiasingkept.h"
#include "canvascolors.h"
#include "canvasscene.h"
#include "connectionlegs.h"
#include "componentitem.h"
#include "devicepictures.h"
#include "farlayer.h"
#include "farlines.h"
#include "farshape.h"
#include "wholerepaint.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace scalescope {

namespace {

constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 5;
// The longest head is the widest line's, half a unit short of this.
static_assert(kArrowLength + (ConnectionItem::kMaxWidth - 1.5) + 0.5 <= ConnectionItem::kLongestHead);


// The head grows with the line so a wide flow still ends in a clear arrow.
// A dot rendered once per size and colour at device resolution: thousands
// of small pixmaps cost far less to draw than as many antialiased ellipses.
// Keyed by the numbers themselves: a zoomed-in slider move looks one up
// for every line in view, and a text key cost four number formattings each.
struct DotKey {
    double radius;
    double penWidth;
    QRgb rgba;
    qreal dpr;
    friend bool operator==(const DotKey &, const DotKey &) = default;
};

size_t qHash(const DotKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.radius, key.penWidth, key.rgba, key.dpr);
}

const QPixmap &dotSprite(double radius, double penWidth, const QColor &color, qreal dpr)
{
    static QHash<DotKey, QPixmap> cache;
    const double r = std::round(radius * 4) / 4; // quarter-pixel steps
    const double w = std::round(penWidth * 4) / 4;
    const DotKey key{r, w, color.rgba(), dpr};
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 256) // zooming through many sizes
            cache.clear();
        const int side = int(std::ceil(2 * r + w + 2));
        QPixmap sprite(QSize(side, side) * dpr);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, w));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
        p.end();
        it = cache.insert(key, sprite);
    }
    return *it;
}

// An axis-aligned solid line as the rectangle it covers: the fastest fill
// there is, with nothing to smooth (most lines of a tidy diagram).
void drawBand(QPainter *painter, const QLineF &line, double width, const QColor &color)
{
    const double half = width / 2;
    const QRectF band = QRectF(line.p1(), line.p2()).normalized();
    const bool horizontal = std::abs(line.dy()) < 0.01;
    const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(horizontal ? band.adjusted(0, -half, 0, half) : band.adjusted(-half, 0, half, 0), color);
    painter->setRenderHint(QPainter::Antialiasing, smooth);
}

// The arrow head's tip and the two corners of its base, or nothing on a
// last leg of no length.
std::optional<std::array<QPointF, 3>> arrowCorners(const QLineF &line, double width)
{
    const double length = line.length();
    if (length < 1e-6)
        return std::nullopt;
    const double extra = std::max(0.0, width - 1.5);
    const QPointF unit = (line.p2() - line.p1()) / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = line.p2();
    const QPointF base = tip - unit * (kArrowLength + extra);
    const double half = kArrowHalfWidth + 0.6 * extra;
    return std::array<QPointF, 3>{tip, base + normal * half, base - normal * half};
}

// The box a route stroked `width` wide covers, without stroking it: each
// straight piece as the band around it, the route's two ends capped square
// (QPainterPathStroker's way), each corner as its control points' box
// widened by half the band (a corner's curve stays inside its control
// points, its stroke within half the width of the curve).
QRectF strokeBounds(const ConnectionRoute &route, double width)
{
    const double half = width / 2;
    double left = std::numeric_limits<double>::infinity(), top = left;
    double right = -left, bottom = -left;
    const auto cover = [&](const QPointF &p) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    };
    const std::vector<ConnectionRoute::Piece> &pieces = route.pieces();
    for (size_t i = 0; i < pieces.size(); ++i) {
        const ConnectionRoute::Piece &piece = pieces[i];
        if (piece.curve) {
            for (const QPointF &p : {piece.from, piece.c1, piece.c2, piece.to}) {
                cover(p - QPointF(half, half));
                cover(p + QPointF(half, half));
            }
            continue;
        }
        const QPointF d = piece.to - piece.from;
        const double length = std::hypot(d.x(), d.y());
        if (length <= 0)
            continue; // between two corners: they cover it
        const QPointF along = d * (half / length);
        const QPointF across(-along.y(), along.x());
        const QPointF from = i == 0 ? piece.from - along : piece.from;
        const QPointF to = i + 1 == pieces.size() ? piece.to + along : piece.to;
        for (const QPointF &p : {from + across, from - across, to + across, to - across})
            cover(p);
    }
    return left <= right ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF();
}

QPolygonF arrowHead(const QLineF &line, double width)
{
    const auto corners = arrowCorners(line, width);
    return corners ? QPolygonF({(*corners)[0], (*corners)[1], (*corners)[2]}) : QPolygonF();
}

} // namespace

ConnectionItem::ConnectionItem(const QString &from, const QString &to)
    : m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption); // exposedRect: paint() clips long lines
    setZValue(0);
}

void ConnectionItem::setRoute(const QPolygonF &points)
{
    ConnectionRoute next(points);
    if (next.points() == m_route.points())
        return;
    m_route = std::move(next);
    m_lastLeg = m_route.lastLeg();
    reshape();
}

QLineF ConnectionItem::line() const
{
    const QPolygonF &p = m_route.points();
    return p.size() >= 2 ? QLineF(p.front(), p.back()) : QLineF();
}

void ConnectionItem::placeHead()
{
    // Its corners only: a slider move widens thousands of lines, and the
    // head is drawn only close up (made then, in head()).
    m_headStale = true;
    const auto corners = arrowCorners(m_lastLeg, lineWidth());
    const double headLength = corners ? QLineF((*corners)[0], ((*corners)[1] + (*corners)[2]) / 2).length() : 0;
    m_shaft = std::max(0.0, m_route.length() - headLength);
}

double ConnectionItem::hitWidth() const
{
    // With a flow, room for the widest it can get: a slider move changes
    // widths on many lines at once and must not reshape or reindex them.
    const double widest = m_flow ? kMaxWidth : lineWidth();
    return std::max(10.0, widest + 4);
}

void ConnectionItem::reshape()
{
    placeHead();
    FarLayer::itemMoved(this); // where it was
    prepareGeometryChange();
    // Stroking every line of a big diagram took a tenth of opening it, and
    // only the few the pointer meets are ever hit-tested.
    m_shape = QPainterPath();
    m_shapeStale = true;
    const double widest = m_flow ? kMaxWidth : lineWidth();
    m_bounds = strokeBounds(m_route, hitWidth()).united(arrowHead(m_lastLeg, widest).boundingRect()).adjusted(-2, -2, 2, 2);
    update();
    FarLayer::itemMoved(this);
}

void ConnectionItem::setFlow(const std::optional<ConnectionFlow> &flow)
{
    if (flow == m_flow)
        return;
    const bool geometry = flow.has_value() != m_flow.has_value();
    const double before = lineWidth();
    m_flow = flow;
    if (!isFlowing())
        m_phase = 0;
    if (geometry) {
        reshape(); // flows may be wider: room for the widest
    } else {
        if (lineWidth() != before)
            placeHead(); // as wide as the flow
        refresh();
    }
}

void ConnectionItem::advanceFlow(double seconds)
{
    if (!isFlowing() || seconds <= 0)
        return;
    m_phase = std::fmod(m_phase + m_flow->speed * seconds, kDotSpacing);
    refresh();
}

double ConnectionItem::lineWidth() const
{
    return m_flow ? std::min(m_flow->width, kMaxWidth) : 1.5;
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

void ConnectionItem::setIdleReason(const QString &reason)
{
    if (reason == m_idleReason)
        return;
    m_idleReason = reason;
    setToolTip(reason.isEmpty() ? QString() : QCoreApplication::translate("ConnectionItem", "Carries no traffic: %1").arg(reason));
    refresh();
}

const QPolygonF &ConnectionItem::head() const
{
    if (m_headStale) {
        m_head = arrowHead(m_lastLeg, lineWidth());
        m_headStale = false;
    }
    return m_head;
}

void ConnectionItem::refresh()
{
    if (WholeRepaintAsked::isAsked())
        return;
    update();
    FarLayer::itemChanged(this);
}

QVariant ConnectionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    FarLayer::itemChanging(this, change);
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath ConnectionItem::shape() const
{
    if (m_shapeStale) {
        QPainterPathStroker stroker;
        stroker.setWidth(hitWidth());
        m_shape = stroker.createStroke(m_route.path());
        m_shape.addPolygon(arrowHead(m_lastLeg, m_flow ? kMaxWidth : lineWidth()));
        m_shape.setFillRule(Qt::WindingFill);
        m_shapeStale = false;
    }
    return m_shape;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const AntialiasingKept kept(painter);
    if (m_route.length() < 1e-6)
        return;
    // Zoomed out over a big diagram, lines are a pixel or two wide: drawn
    // without antialiasing they cost a fraction, and look the same.
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod >= kDetailZoom);
    const bool ignored = !m_idleReason.isEmpty();
    const CanvasColors &colors = CanvasColors::of(this);
    const QColor color = isSelected()                    ? kSelectionColor
                         : m_flow && m_flow->failing     ? kFailingColor
                         : ignored                       ? colors.ignoredLine
                                                         : colors.line;
    const double width = lineWidth();
    // The line stops at the arrow's base so the tip stays sharp.
    const double shaftEnd = m_shaft;
    // Only the parts in the exposed area are stroked: a long line crossing a
    // zoomed-in view would otherwise be stroked (and dotted) end to end.
    const double margin = width + 8;
    const QRectF exposed = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    const bool detailed = lod >= kDetailZoom;
    // A connection that carries nothing (all its traffic went elsewhere) is dashed.
    const bool idle = (m_flow && m_flow->width < 1.5) || ignored;
    const double penWidth = isSelected() ? std::max(2.5, width) : width;
    // Flat caps: the ends sit under components and the arrow head, and a
    // round cap costs curves to stroke on every paint; legs and corners meet
    // flush along their common tangent.
    QPen pen(color, penWidth, idle ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    if (!detailed) {
        // Whole device pixels: thin lines take the fast path.
        pen.setCosmetic(true);
        pen.setWidthF(farWidth(penWidth, lod));
        if (!idle && isRaster(painter)) { // a vector file keeps its lines as they are
            paintFar(painter, exposed, pen);
            return;
        }
    }
    const bool dotted = isFlowing() && detailed;
    std::vector<std::pair<double, double>> shown; // distances along the route drawn
    if (dotted)
        shown.reserve(m_route.pieces().size());
    for (const ConnectionRoute::Piece &piece : m_route.pieces()) {
        if (piece.start >= shaftEnd)
            break;
        if (piece.curve) {
            const QRectF box = QRectF(piece.from, piece.to).normalized().adjusted(-1, -1, 1, 1);
            if (!box.intersects(exposed))
                continue;
            // Dashes run on from the leg before. (Only a dashed pen: an offset
            // turns a solid one into a dash pattern of nothing.)
            if (detailed && idle)
                pen.setDashOffset(piece.start / penWidth);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            // Zoomed out a corner is a few pixels across: its chord looks
            // the same and costs no curve to build and flatten.
            if (detailed)
                painter->drawPath(piece.path());
            else
                painter->drawLine(piece.from, piece.to);
            if (dotted)
                shown.emplace_back(piece.start, piece.start + piece.length);
            continue;
        }
        // The head's base cuts the last leg short.
        const auto leg = shownLeg(piece, shaftEnd, exposed);
        if (!leg)
            continue;
        if (dotted)
            shown.emplace_back(leg->fromAlong, leg->toAlong);
        const QLineF part = leg->line;
        if (!idle && detailed && isAxisAligned(part)) {
            drawBand(painter, part, penWidth, color); // a fill instead of a stroke
            continue;
        }
        if (detailed && idle) // dashes stay put on the line wherever the clip starts
            pen.setDashOffset(leg->fromAlong / penWidth);
        painter->setPen(pen);
        // Smoothing a wide band costs three times as much as filling it,
        // and its edges look the same: only thin lines are smoothed.
        if (detailed && !idle && penWidth * lod >= 3)
            painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(part);
        painter->setRenderHint(QPainter::Antialiasing, detailed);
    }
    // Arrow heads a few pixels big say nothing: only drawn close enough.
    // (Made only then: a slider move widens thousands of far-out lines.)
    if (detailed && head().boundingRect().intersects(option->exposedRect)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(head());
    }
    if (dotted)
        for (const auto &range : shown)
            paintDots(painter, range, color);
}

void ConnectionItem::paintDots(QPainter *painter, std::pair<double, double> range, const QColor &color) const
{
    // Light dots riding on the line, kDotSpacing apart; only those in range.
    const double length = shaftLength();
    if (length <= 1)
        return;
    const double radius = std::max(2.2, 0.45 * m_flow->width + 1);
    // Each range draws the dots centred in it, so two ranges never draw one
    // twice (the ranges reach past the exposed area by more than a dot).
    const double first = m_phase + std::max(0.0, std::ceil((range.first - m_phase) / kDotSpacing)) * kDotSpacing;
    const double last = std::min(length, range.second);
    if (!isRaster(painter)) { // a vector file gets circles, not bitmaps of them
        painter->setPen(QPen(color, 1.2));
        painter->setBrush(Qt::white);
        for (double at = first; at < last; at += kDotSpacing)
            painter->drawEllipse(m_route.pointAt(at), radius, radius);
        return;
    }
    const QTransform toDevice = painter->worldTransform();
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice);
    const QPixmap &sprite = dotSprite(radius * scale, 1.2 * scale, color, painter->device()->devicePixelRatio());
    const QPointF half(sprite.width() / sprite.devicePixelRatio() / 2, sprite.height() / sprite.devicePixelRatio() / 2);
    // Drawn in device pixels: no scaling of the sprite.
    painter->save();
    painter->resetTransform();
    for (double at = first; at < last; at += kDotSpacing)
        painter->drawPixmap(toDevice.map(m_route.pointAt(at)) - half, sprite);
    painter->restore();
}

} // namespace scalescope
