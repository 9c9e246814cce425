#pragma once
// An arrow from one component to another, from edge to edge. It keeps only
// the two ids and follows the component items as they move (also during a
// drag, before the document knows).

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace scalescope {

class ConnectionItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    ConnectionItem(const QString &from, const QString &to);

    int type() const override { return Type; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }

    // Recomputes the arrow from the end items' current places.
    void updateGeometry();
    QLineF line() const { return m_line; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_from;
    QString m_to;
    QLineF m_line;
    QPainterPath m_shape;
};

} // namespace scalescope
