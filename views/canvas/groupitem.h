#pragma once
// A group box (region, availability zone, VPC, auto scaling group) drawn as
// the AWS group boxes: coloured border, the group icon in the top-left corner
// and the label beside it. It is picked by its border or its header, so a
// press inside the box starts a rubber band or reaches what it holds. While
// selected it shows resize handles. The item keeps only the group's id.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace scalescope {

class IconLibrary;
class ScenarioDocument;

class GroupItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    enum class Handle { None, Left, Top, Right, Bottom, TopLeft, TopRight, BottomLeft, BottomRight };
    static constexpr double kHeaderHeight = 32;

    GroupItem(const ScenarioDocument *document, IconLibrary *icons, const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }

    // Takes rectangle, nesting depth and appearance from the document again.
    void syncFromDocument();
    // Shows another rectangle (scene coordinates) while a resize is dragged.
    void setPreviewRect(const QRectF &rect);
    QRectF groupRect() const { return QRectF(pos(), m_size); }
    // The resize handle under a scene point (only while selected).
    Handle handleAt(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The icon and the label at the top left (item coordinates).
    QRectF headerRect() const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateShape();
    QRectF localRect() const { return QRectF(QPointF(0, 0), m_size); }
    QList<QPair<Handle, QRectF>> handles() const;

    const ScenarioDocument *m_document;
    IconLibrary *m_icons;
    QString m_id;
    QSizeF m_size; // the document's, or the preview's while resizing
    QPainterPath m_shape;
};

} // namespace scalescope
