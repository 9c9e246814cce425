#include "connectionitem.h"

#include "canvasscene.h"
#include "componentitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 5;
const QColor kLine(0x54, 0x5B, 0x64);
const QColor kSelection(0x1A, 0x73, 0xE8);
const QColor kFailing(0xD1, 0x32, 0x12);


// Where the segment from the centre towards `outside` leaves the rectangle
// (both in scene coordinates).
QPointF exitPoint(const QPointF &centre, const QRectF &bounds, const QPointF &outside)
{
    const QPointF d = outside - centre;
    double t = 1;
    if (d.x() > 0) t = std::min(t, (bounds.right() - centre.x()) / d.x());
    if (d.x() < 0) t = std::min(t, (bounds.left() - centre.x()) / d.x());
    if (d.y() > 0) t = std::min(t, (bounds.bottom() - centre.y()) / d.y());
    if (d.y() < 0) t = std::min(t, (bounds.top() - centre.y()) / d.y());
    return centre + d * std::max(0.0, t);
}

// The head grows with the line so a wide flow still ends in a clear arrow.
QPolygonF arrowHead(const QLineF &line, double width)
{
    const double length = line.length();
    if (length < 1e-6)
        return {};
    const double extra = std::max(0.0, width - 1.5);
    const QPointF unit = (line.p2() - line.p1()) / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = line.p2();
    const QPointF base = tip - unit * (kArrowLength + extra);
    const double half = kArrowHalfWidth + 0.6 * extra;
    return QPolygonF({tip, base + normal * half, base - normal * half});
}

} // namespace

ConnectionItem::ConnectionItem(const QString &from, const QString &to)
    : m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

void ConnectionItem::updateGeometry()
{
    auto *s = qobject_cast<CanvasScene *>(scene());
    const ComponentItem *a = s ? s->componentItem(m_from) : nullptr;
    const ComponentItem *b = s ? s->componentItem(m_to) : nullptr;
    if (!a || !b)
        return;
    const QPointF ca = a->pos();
    const QPointF cb = b->pos();
    const QRectF ra = a->connectionBounds().translated(ca);
    const QRectF rb = b->connectionBounds().translated(cb);
    QLineF next(exitPoint(ca, ra, cb), exitPoint(cb, rb, ca));
    if (ra.intersects(rb))
        next = QLineF(ca, cb); // overlapping: centre to centre, still visible
    prepareGeometryChange();
    m_line = next;
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(10.0, lineWidth() + 4));
    m_shape = stroker.createStroke(path);
    m_shape.addPolygon(arrowHead(m_line, lineWidth()));
    m_bounds = m_shape.boundingRect().adjusted(-2, -2, 2, 2);
    update();
}

void ConnectionItem::setFlow(const std::optional<ConnectionFlow> &flow)
{
    if (flow == m_flow)
        return;
    const bool geometry = lineWidth() != (flow ? flow->width : 1.5);
    m_flow = flow;
    if (!isFlowing())
        m_phase = 0;
    if (geometry)
        updateGeometry(); // a wider line: new shape and bounds
    else
        update();
}

void ConnectionItem::advanceFlow(double seconds)
{
    if (!isFlowing() || seconds <= 0)
        return;
    m_phase = std::fmod(m_phase + m_flow->speed * seconds, kDotSpacing);
    update();
}

double ConnectionItem::lineWidth() const
{
    return m_flow ? m_flow->width : 1.5;
}

QLineF ConnectionItem::shaft() const
{
    const QPolygonF head = arrowHead(m_line, lineWidth());
    return head.size() == 3 ? QLineF(m_line.p1(), (head[1] + head[2]) / 2) : m_line;
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const
{
    return m_shape;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_line.length() < 1e-6)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = isSelected() ? kSelection : m_flow && m_flow->failing ? kFailing : kLine;
    const double width = lineWidth();
    const QPolygonF head = arrowHead(m_line, width);
    // The line stops at the arrow's base so the tip stays sharp.
    const QPointF base = (head[1] + head[2]) / 2;
    const QLineF shaft(m_line.p1(), base);
    // A connection that carries nothing (all its traffic went elsewhere) is dashed.
    const bool idle = m_flow && m_flow->width < 1.5;
    QPen pen(color, isSelected() ? std::max(2.5, width) : width, idle ? Qt::DashLine : Qt::SolidLine,
             idle ? Qt::FlatCap : Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(shaft);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
    if (isFlowing() && QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= kDetailZoom)
        paintDots(painter, shaft, color);
}

void ConnectionItem::paintDots(QPainter *painter, const QLineF &shaft, const QColor &color) const
{
    // Light dots riding on the line, kDotSpacing apart.
    const double length = shaft.length();
    if (length <= 1)
        return;
    const double radius = std::max(2.2, 0.45 * m_flow->width + 1);
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(Qt::white);
    for (double at = m_phase; at < length; at += kDotSpacing)
        painter->drawEllipse(shaft.pointAt(at / length), radius, radius);
}

} // namespace scalescope
