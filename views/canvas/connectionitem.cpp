#include "connectionitem.h"

#include "canvasscene.h"
#include "componentitem.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace scalescope {

namespace {

constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 5;
const QColor kLine(0x54, 0x5B, 0x64);
const QColor kSelection(0x1A, 0x73, 0xE8);

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

QPolygonF arrowHead(const QLineF &line)
{
    const double length = line.length();
    if (length < 1e-6)
        return {};
    const QPointF unit = (line.p2() - line.p1()) / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = line.p2();
    const QPointF base = tip - unit * kArrowLength;
    return QPolygonF({tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
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
    stroker.setWidth(10);
    m_shape = stroker.createStroke(path);
    m_shape.addPolygon(arrowHead(m_line));
    update();
}

QRectF ConnectionItem::boundingRect() const
{
    return m_shape.boundingRect().adjusted(-2, -2, 2, 2);
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
    const QColor color = isSelected() ? kSelection : kLine;
    const QPolygonF head = arrowHead(m_line);
    // The line stops at the arrow's base so the tip stays sharp.
    const QPointF base = (head[1] + head[2]) / 2;
    painter->setPen(QPen(color, isSelected() ? 2.5 : 1.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QLineF(m_line.p1(), base));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
}

} // namespace scalescope
