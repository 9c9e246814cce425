#pragma once
// The request-rate labels of all connections, drawn by one item that sits
// above every line and below the components, so a label is never crossed
// by another connection. Each label is a white box centred on an anchor a
// layout chose (flowlabellayout.h); changing one repaints only its box.
//
// A QGraphicsObject so its owner can tell (QPointer) when a scene rebuild
// deleted it.

#include "document/selection.h"

#include <QGraphicsObject>
#include <QHash>
#include <QStaticText>

namespace scalescope {

class FlowLabelLayer : public QGraphicsObject {
    Q_OBJECT
public:
    enum { Type = UserType + 6 };
    struct Label {
        QString text;   // "1,230 req/s"
        QPointF centre; // scene coordinates
        bool failing = false;
        friend bool operator==(const Label &, const Label &) = default;
    };

    explicit FlowLabelLayer(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    // The box the widest label needs: what a layout reserves, so a place
    // stays good while the numbers change.
    static QSizeF slotSize();

    // Replaces all labels; repaints the boxes of those that changed and
    // returns how many did.
    int setLabels(const QHash<ConnectionId, Label> &labels);
    bool hasLabel(const ConnectionId &id) const { return m_entries.contains(id); }
    Label label(const ConnectionId &id) const;
    // The drawn box in scene coordinates (empty without a label).
    QRectF labelRect(const ConnectionId &id) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry {
        Label label;
        QStaticText text; // laid out once per text, drawn every frame
        QRectF rect;
    };
    static void layout(Entry &entry);

    QHash<ConnectionId, Entry> m_entries;
    QRectF m_bounds;
};

} // namespace scalescope
