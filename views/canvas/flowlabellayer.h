#pragma once
// The request-rate labels of all connections, drawn by one item that sits
// above every line and below the components, so a label is never crossed
// by another connection. Each label is a white box centred on an anchor a
// layout chose (flowlabellayout.h); changing one repaints only its box.
// Labels are kept in slots, one per labelled connection, so that a slider
// move hands over an array in the same order every time.
//
// A QGraphicsObject so its owner can tell (QPointer) when a scene rebuild
// deleted it.

#include "document/selection.h"

#include <QGraphicsObject>
#include <QHash>
#include <QStaticText>

#include <vector>

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

    // The connections that have a label, in the order setLabels() gives
    // them; removes the labels of all others.
    void setSlots(const std::vector<ConnectionId> &ids);
    int slotCount() const { return int(m_entries.size()); }
    // Label i is slot i's. Repaints the boxes of those that changed and
    // returns how many did.
    int setLabels(const std::vector<Label> &labels);

    bool hasLabel(const ConnectionId &id) const { return m_slots.contains(id); }
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

    // By slot: a slider move touches every label, and walking an array
    // beats hashing a thousand pairs of strings.
    std::vector<Entry> m_entries;
    QHash<ConnectionId, int> m_slots;
    QRectF m_bounds;
};

} // namespace scalescope
