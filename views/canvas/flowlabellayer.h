#pragma once
// The request-rate labels of all connections, drawn by one item that sits
// above every line and below the components, so a label is never crossed
// by another connection. Each label is a white box centred on an anchor a
// layout chose (flowlabellayout.h); changing one repaints only its box.
// Labels are kept in slots, one per labelled connection, so that a slider
// move hands over an array in the same order every time. Given as rates,
// a label's text is only made when it is drawn or asked for: a big diagram
// fitted to the window (too far out to read any) formats none on a move.
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

    // A label by its rate, the text made from it on first need.
    struct RateLabel {
        double rate = 0; // what the text is made from
        QPointF centre;
        bool failing = false;
        friend bool operator==(const RateLabel &, const RateLabel &) = default;
    };
    // Its texts must fit slotSize().
    using Format = QString (*)(double rate);

    explicit FlowLabelLayer(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    // The box the widest label needs: what a layout reserves, so a place
    // stays good while the numbers change.
    static QSizeF slotSize();

    // The connections that have a label, in the order setLabels() gives
    // them; removes the labels of all others.
    void setSlots(std::vector<ConnectionId> ids);
    int slotCount() const { return int(m_entries.size()); }
    // Label i is slot i's. Repaints the boxes of those that changed and
    // returns how many did.
    int setLabels(const std::vector<Label> &labels);
    int setRateLabels(const std::vector<RateLabel> &labels, Format format);

    bool hasLabel(const ConnectionId &id) const { return slotOf(id) >= 0; }
    Label label(const ConnectionId &id) const;
    // The drawn box in scene coordinates (empty without a label).
    QRectF labelRect(const ConnectionId &id) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry {
        Label label;      // its text empty until made, for a rate label
        QStaticText text; // laid out once per text, drawn every frame
        QRectF rect;      // the drawn box, once the text is made
        RateLabel rated;
        Format format = nullptr; // set: a rate label
        bool made = true;        // text and box match the label
    };
    void layout(Entry &entry) const;
    // The entry with its text made (a rate label's, on first need).
    const Entry &made(size_t slot) const;
    // Where the entry may draw: its box, or a rate label's reserved box.
    static QRectF reach(const Entry &entry);
    // Grows the bounds over every entry's reach and repaints `dirty`.
    void changed(const QRectF &dirty);
    // The connection's slot, or -1.
    int slotOf(const ConnectionId &id) const;

    // By slot: a slider move touches every label, and walking an array
    // beats hashing a thousand pairs of strings.
    mutable std::vector<Entry> m_entries; // rate labels' texts made when read
    // The slots' connections; looked up by id only when asked (a tool tip,
    // a test), so the table is made then, not at every layout.
    std::vector<ConnectionId> m_ids;
    mutable QHash<ConnectionId, int> m_slots;
    mutable bool m_slotsMade = false;
    QRectF m_bounds;
    // This move's texts, each laid out once for all the labels that show
    // it (a static text is shared: the first drawn lays it out for all).
    // Emptied with each new set of labels, so it never outgrows one move.
    mutable QHash<QString, QStaticText> m_texts;
};

} // namespace scalescope
