#include "flowlabellayer.h"

#include "antialiasingkept.h"
#include "canvascolors.h"
#include "connectionitem.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace scalescope {

namespace {

const QColor kFailing(0xD1, 0x32, 0x12);

constexpr int kRatePixels = 10;
// Below this height on screen a rate's digits are a smudge: left out.
constexpr double kReadablePixels = 5;

QFont rateFont()
{
    QFont f;
    f.setPixelSize(kRatePixels);
    return f;
}

// Rate labels use a dozen characters: their advances are looked up once,
// so sizing a thousand new labels per slider move shapes no text. The text
// itself is laid out when it is first drawn (only visible labels are).
QSizeF textSize(const QString &text)
{
    static const QFontMetricsF metrics(rateFont());
    static QHash<char16_t, qreal> advances;
    qreal width = 0;
    for (const QChar c : text) {
        auto it = advances.constFind(c.unicode());
        if (it == advances.constEnd())
            it = advances.insert(c.unicode(), metrics.horizontalAdvance(c));
        width += *it;
    }
    return {width, metrics.height()};
}

} // namespace

FlowLabelLayer::FlowLabelLayer(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(5); // over connections (0), under components (10)
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() draws only the exposed labels
}

QSizeF FlowLabelLayer::slotSize()
{
    static const QSizeF size = [] {
        const QFontMetricsF fm(rateFont());
        return QSizeF(fm.horizontalAdvance(QStringLiteral("888,000 req/s")) + 6, fm.height() + 2);
    }();
    return size;
}

QRectF FlowLabelLayer::reach(const Entry &entry)
{
    if (entry.made)
        return entry.rect;
    // Room for any rate's text, a little wider than the widest.
    const QSizeF size(slotSize().width() * 1.25, slotSize().height());
    return QRectF(entry.rated.centre - QPointF(size.width() / 2, size.height() / 2), size);
}

const FlowLabelLayer::Entry &FlowLabelLayer::made(size_t slot) const
{
    Entry &entry = m_entries[slot];
    if (!entry.made) {
        entry.label = Label{entry.format(entry.rated.rate), entry.rated.centre, entry.rated.failing};
        layout(entry);
        entry.made = true;
    }
    return entry;
}

void FlowLabelLayer::layout(Entry &entry) const
{
    if (entry.text.text() != entry.label.text) {
        auto it = m_texts.constFind(entry.label.text);
        if (it == m_texts.constEnd()) {
            QStaticText text(entry.label.text);
            text.setTextFormat(Qt::PlainText);
            it = m_texts.insert(entry.label.text, text);
        }
        entry.text = *it;
    }
    const QSizeF size = textSize(entry.label.text) + QSizeF(6, 2);
    entry.rect = QRectF(entry.label.centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void FlowLabelLayer::setSlots(std::vector<ConnectionId> ids)
{
    QRectF dirty;
    for (const Entry &e : m_entries)
        dirty |= reach(e);
    m_entries.assign(ids.size(), Entry{});
    if (!m_bounds.isNull()) { // setLabels() grows them again around the new boxes
        prepareGeometryChange();
        m_bounds = QRectF();
    }
    m_ids = std::move(ids);
    m_slots.clear();
    m_slotsMade = false;
    if (!dirty.isNull())
        update(dirty.adjusted(-1, -1, 1, 1)); // the old boxes go; setLabels() draws the new
}

int FlowLabelLayer::setLabels(const std::vector<Label> &labels)
{
    if (labels.size() != m_entries.size())
        return 0; // not the slots' labels
    m_texts.clear();
    int count = 0;
    QRectF dirty;
    for (size_t i = 0; i < labels.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!entry.format && entry.label == labels[i] && !entry.rect.isNull())
            continue;
        dirty |= reach(entry);
        entry.label = labels[i];
        entry.format = nullptr;
        entry.made = true;
        layout(entry);
        dirty |= entry.rect;
        ++count;
    }
    if (count > 0)
        changed(dirty);
    return count;
}

int FlowLabelLayer::setRateLabels(const std::vector<RateLabel> &labels, Format format)
{
    if (labels.size() != m_entries.size())
        return 0; // not the slots' labels
    m_texts.clear();
    int count = 0;
    QRectF dirty;
    for (size_t i = 0; i < labels.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.format == format && entry.rated == labels[i])
            continue;
        dirty |= reach(entry);
        entry.rated = labels[i];
        entry.format = format;
        entry.made = false; // made when drawn or asked for
        dirty |= reach(entry);
        ++count;
    }
    if (count > 0)
        changed(dirty);
    return count;
}

void FlowLabelLayer::changed(const QRectF &dirty)
{
    // The bounds only grow between setSlots() calls: telling the scene of a
    // new shape reindexes this scene-wide item, and a slider move changes
    // the widths of the outermost labels nearly every time. Every entry's
    // reach was inside them once it was set (a text made later only takes
    // part of its reserved box), so growing them by what changed is enough:
    // no pass over thousands of labels that did not.
    const QRectF bounds = dirty.adjusted(-1, -1, 1, 1);
    if (!m_bounds.contains(bounds)) {
        prepareGeometryChange();
        m_bounds |= bounds;
    }
    // One region: the view repaints the changed area once.
    update(dirty.adjusted(-1, -1, 1, 1));
}

int FlowLabelLayer::slotOf(const ConnectionId &id) const
{
    if (!m_slotsMade) {
        m_slots.reserve(qsizetype(m_ids.size()));
        for (size_t i = 0; i < m_ids.size(); ++i)
            m_slots.insert(m_ids[i], int(i));
        m_slotsMade = true;
    }
    return m_slots.value(id, -1);
}

FlowLabelLayer::Label FlowLabelLayer::label(const ConnectionId &id) const
{
    const int slot = slotOf(id);
    return slot >= 0 ? made(size_t(slot)).label : Label{};
}

QRectF FlowLabelLayer::labelRect(const ConnectionId &id) const
{
    const int slot = slotOf(id);
    return slot >= 0 ? made(size_t(slot)).rect : QRectF();
}

QRectF FlowLabelLayer::boundingRect() const
{
    return m_bounds;
}

void FlowLabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const AntialiasingKept kept(painter);
    const double detail = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (detail < ConnectionItem::kDetailZoom || detail * kRatePixels < kReadablePixels)
        return; // unreadable at this zoom; the line widths still tell the story
    // Square boxes without antialiasing: a few hundred labels repaint on
    // every slider move, and crisp one-pixel borders cost next to nothing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setFont(rateFont());
    const CanvasColors &colors = CanvasColors::of(this);
    const QColor failing = colors.readable(kFailing);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (!reach(m_entries[i]).intersects(option->exposedRect))
            continue;
        const Entry &e = made(i);
        const QColor border = e.label.failing ? failing : colors.line;
        painter->setPen(QPen(border, 0)); // cosmetic: one device pixel
        painter->setBrush(colors.boxFill);
        painter->drawRect(e.rect);
        painter->setPen(e.label.failing ? failing : colors.ink);
        painter->drawStaticText(e.rect.topLeft() + QPointF(3, 1), e.text);
    }
}

} // namespace scalescope
