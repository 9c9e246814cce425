#include "componentitem.h"

#include "antialiasingkept.h"
#include "canvascolors.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document/scenariodocument.h"
#include "iconlibrary.h"
#include "labeltext.h"
#include "devicepictures.h"
#include "farlayer.h"
#include "live/loadcolors.h"
#include "wholerepaint.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QHash>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace scalescope {

namespace {

constexpr double kHalfIcon = ComponentItem::kIconSize / 2;
constexpr double kRingRadius = 32;
constexpr double kRingWidth = 4;
const QRectF kIconRect(-kHalfIcon, -kHalfIcon, ComponentItem::kIconSize, ComponentItem::kIconSize);
const QRectF kHaloRect(-38, -38, 76, 76);
const QRectF kLabelRect(-70, 40, 140, 30);  // two lines
const QRectF kFiguresRect(-70, 70, 140, 15); // utilisation and errors
const QPointF kHandleCentre(45, 0);
constexpr double kHandleRadius = 7;
const QColor kSelection(0x1A, 0x73, 0xE8);
const QColor kInk(0x23, 0x2F, 0x3E);
// More than two lines of the label box hold at 11 px: the rest is elided anyway.
constexpr int kLabelClusters = 60;

QString percent(double share)
{
    return share >= 10 ? QStringLiteral(">999%") : QStringLiteral("%1%").arg(qRound(share * 100));
}

// The arc of a ring filled `share` of the way round, clockwise from 12
// o'clock, in at most 64 straight pieces: drawn zoomed out, where a piece is
// under a pixel long.
QPolygonF farArc(double radius, double share)
{
    constexpr int kPieces = 64;
    static const std::vector<QPointF> unit = [] {
        std::vector<QPointF> points;
        for (int i = 0; i <= kPieces; ++i) {
            const double angle = 2 * M_PI * i / kPieces;
            points.emplace_back(std::sin(angle), -std::cos(angle));
        }
        return points;
    }();
    const double pieces = share * kPieces;
    const int whole = int(pieces);
    QPolygonF arc;
    arc.reserve(whole + 2);
    for (int i = 0; i <= whole; ++i)
        arc.append(unit[size_t(i)] * radius);
    if (pieces > whole) { // the last part-piece ends exactly at the share
        const double angle = 2 * M_PI * share;
        arc.append(QPointF(std::sin(angle), -std::cos(angle)) * radius);
    }
    return arc;
}

constexpr int kLabelPixels = ComponentItem::kLabelPixels;
// Text this few pixels high is a smudge that only crowds the diagram.
constexpr double kSmallestLabelPixels = 5;

// The grey track of the ring, the same on every component.
void paintRingTrack(QPainter *p, const QRectF &target, double scale)
{
    const double w = kRingWidth * scale;
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(QColor(0xD5, 0xDB, 0xDB), w));
    p->drawEllipse(target.adjusted(1.5 * w, 1.5 * w, -1.5 * w, -1.5 * w));
}

const QRectF kTrackRect(-kRingRadius - kRingWidth, -kRingRadius - kRingWidth, 2 * (kRingRadius + kRingWidth),
                        2 * (kRingRadius + kRingWidth));

// Whether the icon and the ring's track are drawn as one picture: with
// figures, unless greyed (drawn at part opacity) or backed by a light
// ground (dark line art on a dark canvas), which go between the two.
bool iconWithTrack(const std::optional<ComponentLoad> &load, const QSvgRenderer *renderer, bool lightGround)
{
    return load && !load->down && renderer && !lightGround;
}

// The picture's name for a kind's icon in its track, made once per kind and
// found by its renderer (one per kind and scene: no string to hash per
// paint). A renderer made later at a freed one's address names its own kind.
const QString &iconWithTrackName(const QSvgRenderer *renderer, const QString &kind)
{
    static QHash<const QSvgRenderer *, std::pair<QString, QString>> names; // kind, name
    auto it = names.find(renderer);
    if (it == names.end() || it->first != kind)
        it = names.insert(renderer, {kind, kind + QStringLiteral(" in its ring track")});
    return it->second;
}

// One copy of each kind's name for all its components: a slider move
// hashes it for every component's pictures, and a copy of its own per item
// would be one more place in memory to reach per component.
const QString &sharedKind(const QString &kind)
{
    static QSet<QString> kinds;
    return *kinds.insert(kind);
}

QFont labelFont()
{
    QFont f;
    f.setPixelSize(kLabelPixels);
    return f;
}

QFont figuresFont()
{
    QFont f = labelFont();
    f.setBold(true);
    return f;
}

} // namespace

ComponentItem::ComponentItem(const ScenarioDocument *document, IconLibrary *icons, const QString &id)
    : m_document(document), m_icons(icons), m_id(id)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // No item cache: the live figures change on most slider moves, and
    // repainting a cache then blitting it cost more than painting directly
    // (the icon and ring track are device-sized pixmaps already; see
    // devicepictures.h). Measured with `bench --benchmark_filter=SliderUpdate`.
    setCacheMode(NoCache);
    setZValue(10);
    syncFromDocument();
}

void ComponentItem::syncFromDocument()
{
    const Component *c = m_document->component(m_id);
    // Looked up here, not per paint: a slider move repaints every item.
    m_kind = c ? sharedKind(c->kind) : QString();
    m_renderer = c ? m_icons->renderer(c->kind) : nullptr;
    if (c) {
        setPos(c->position.x, c->position.y);
        setToolTip(QStringLiteral("%1 (%2)").arg(boundedDisplayText(c->label, 4 * kLabelClusters), c->id));
    }
    layoutLabel();
    refresh(true);
}

void ComponentItem::setLoad(const std::optional<ComponentLoad> &load)
{
    if (load == m_load)
        return;
    // The bounds grow only when figures appear or go: a slider move that
    // changes the numbers must not reindex a thousand items.
    const bool grows = load.has_value() != m_load.has_value();
    if (grows) {
        FarLayer::itemMoved(this); // where it was
        prepareGeometryChange();
    }
    m_load = load;
    m_bounds = boundsFor(m_labelRect, m_load.has_value());
    refresh(grows);
}

bool ComponentItem::isOnConnectHandle(const QPointF &scenePos) const
{
    const QPointF d = mapFromScene(scenePos) - kHandleCentre;
    return d.x() * d.x() + d.y() * d.y() <= (kHandleRadius + 2) * (kHandleRadius + 2);
}

QPointF ComponentItem::connectHandleScenePos() const
{
    return mapToScene(kHandleCentre);
}

QRectF ComponentItem::connectionBounds() const
{
    // Down to the figures line, so an arrow never runs through the percentage.
    return QRectF(kHaloRect.left(), kHaloRect.top(), kHaloRect.width(), kFiguresRect.bottom() - kHaloRect.top());
}

QRectF ComponentItem::iconBounds()
{
    return kHaloRect;
}

QRectF ComponentItem::labelBounds()
{
    return kLabelRect.united(kFiguresRect);
}

QRectF ComponentItem::boundingRect() const
{
    return m_bounds;
}

QRectF ComponentItem::boundsFor(const QRectF &labelRect, bool withFigures)
{
    // Tight, so a rubber band around the icon and its label selects it.
    QRectF r = kHaloRect.united(labelRect);
    r.setRight(std::max(r.right(), kHandleCentre.x() + kHandleRadius + 3));
    if (withFigures)
        r = r.united(kFiguresRect).united(QRectF(r.left(), -kHalfIcon - 12, r.width(), 1));
    return r.adjusted(-1, -1, 1, 1);
}

QPainterPath ComponentItem::shape() const
{
    // The icon, the label as wide as its text, and the connect handle; built
    // once (shape() runs on every pointer move).
    static const QPainterPath path = [] {
        QPainterPath p;
        p.setFillRule(Qt::WindingFill);
        p.addRoundedRect(kHaloRect, 8, 8);
        QPainterPath handle;
        handle.addEllipse(kHandleCentre, kHandleRadius + 2, kHandleRadius + 2);
        return p.united(handle);
    }();
    QPainterPath label;
    label.addRect(m_labelRect);
    return path.united(label);
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    paintAs(painter, widget, isSelected(), CanvasColors::of(this));
}

void ComponentItem::paintAs(QPainter *painter, QWidget *widget, bool selected, const CanvasColors &colors) const
{
    const AntialiasingKept kept(painter);
    if (m_kind.isEmpty()) // not (or no longer) in the document
        return;
    // Zoomed far out a ring is a few pixels across: smoothing it costs more
    // than anyone can see.
    const bool detailed =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= kTextZoom;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    if (selected) {
        QColor fill = kSelection;
        fill.setAlpha(28);
        painter->setPen(QPen(kSelection, 2));
        painter->setBrush(fill);
        painter->drawRoundedRect(kHaloRect, 8, 8);
    }
    const bool lightGround = colors.dark && m_icons->isDarkLineArt(m_kind);
    // One blit instead of two on every repaint of a component with figures
    // (the ring's arc never reaches into the icon, so it can go on top).
    const bool combined = iconWithTrack(m_load, m_renderer, lightGround);
    if (combined) {
        QSvgRenderer *renderer = m_renderer;
        drawDevicePicture(painter, iconWithTrackName(m_renderer, m_kind), kTrackRect, [renderer](QPainter *p, const QRectF &target, double scale) {
            paintRingTrack(p, target, scale);
            const double inset = (kTrackRect.width() - ComponentItem::kIconSize) / 2 * scale;
            renderer->render(p, target.adjusted(inset, inset, -inset, -inset));
        });
    }
    // Zoomed far out (a big diagram fitted to the window) text is a few
    // pixels high: unreadable, and the costliest thing to draw. The icon and
    // the coloured ring still say what is busy.
    // A view that draws captions larger than the zoom makes them draws them
    // over everything, as many as fit (canvasview.h); not here.
    const auto *view = qobject_cast<const CanvasView *>(widget ? widget->parentWidget() : nullptr);
    const bool ownCaption = !view || !view->drawsCaptions();
    if (m_load)
        paintLoad(painter, detailed, detailed && ownCaption, lightGround);
    const bool down = m_load && m_load->down;
    if (down)
        painter->setOpacity(0.3); // greyed: it takes no traffic
    if (combined) {
        // Drawn above, with the track.
    } else if (m_renderer) {
        if (lightGround) {
            painter->setPen(Qt::NoPen); // a light ground, or dark line art vanishes
            painter->setBrush(colors.ink);
            painter->drawRoundedRect(kIconRect.adjusted(-3, -3, 3, 3), 8, 8);
        }
        drawIcon(painter, m_renderer, m_kind, kIconRect);
    } else {
        painter->setPen(QPen(kInk, 1.5));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(kIconRect, 6, 6);
        painter->drawText(kIconRect, Qt::AlignCenter, m_kind.left(3).toUpper());
    }
    painter->setOpacity(1);
    if (detailed && ownCaption) {
        // Too small to read (a picture drawn small, no view to draw it
        // larger): left out, the tool tip names the component.
        const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (kLabelPixels * lod >= kSmallestLabelPixels)
            paintLabel(painter);
    }
    if (m_hovered) {
        painter->setPen(QPen(kSelection, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(kHandleCentre, kHandleRadius, kHandleRadius);
        painter->drawLine(kHandleCentre - QPointF(3.5, 0), kHandleCentre + QPointF(3.5, 0));
        painter->drawLine(kHandleCentre - QPointF(0, 3.5), kHandleCentre + QPointF(0, 3.5));
    }
}

void ComponentItem::paintLoad(QPainter *painter, bool detailed, bool figures, bool lightGround) const
{
    const ComponentLoad &load = *m_load;
    const QRectF ring(-kRingRadius, -kRingRadius, 2 * kRingRadius, 2 * kRingRadius);
    if (load.down) {
        const QColor grey(0x87, 0x95, 0x96);
        painter->setBrush(QColor(0xEA, 0xED, 0xED));
        painter->setPen(QPen(grey, 2, Qt::DashLine));
        painter->drawEllipse(ring);
        if (figures)
            paintFigures(painter, kFiguresRect);
        return;
    }
    const QColor color = loadColor(load.utilization);
    // The grey track is the same on every component: a picture, not a
    // stroke (drawn with the icon when they make one picture).
    if (!iconWithTrack(m_load, m_renderer, lightGround))
        drawDevicePicture(painter, QStringLiteral("ring track"), kTrackRect, paintRingTrack);
    painter->setBrush(Qt::NoBrush);
    QPen arc(color, kRingWidth);
    arc.setCapStyle(Qt::FlatCap);
    painter->setPen(arc);
    const double filled = std::clamp(load.utilization, 0.0, 1.0);
    if (!detailed) {
        // A ring a few pixels across: the arc as straight pieces, no curves
        // to flatten (the same pen, the same ends within a fraction of a pixel).
        if (const QPolygonF piece = farArc(kRingRadius, filled); piece.size() >= 2)
            painter->drawPolyline(piece);
        return;
    }
    painter->drawArc(ring, 90 * 16, -int(filled * 360 * 16)); // clockwise from 12 o'clock

    if (figures)
        paintFigures(painter, kFiguresRect);

    QFont f = labelFont();
    f.setBold(true);
    painter->setFont(f);
    if (load.instances != 1) {
        const QString text = QStringLiteral("×%1").arg(load.instances, 0, 'g', 6);
        const QFontMetricsF fm(f);
        const double w = std::max(18.0, fm.horizontalAdvance(text) + 8);
        const QRectF badge(kHalfIcon + 4 - w / 2, -kHalfIcon - 10, w, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kInk);
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
}

void ComponentItem::paintFigures(QPainter *painter, const QRectF &at) const
{
    if (!m_load)
        return;
    const ComponentLoad &load = *m_load;
    painter->setFont(figuresFont());
    if (load.down)
        painter->setPen(QColor(0x87, 0x95, 0x96).darker(130));
    else
        painter->setPen(load.errorShare > 0 ? loadColor(2) : loadColor(load.utilization));
    painter->drawText(at, Qt::AlignHCenter | Qt::AlignTop, figuresText());
}

QString ComponentItem::figuresText() const
{
    if (!m_load)
        return {};
    if (m_load->down)
        return QStringLiteral("down");
    QString figures = percent(m_load->utilization);
    if (m_load->errorShare > 0)
        figures += QStringLiteral(" · %1 errors").arg(percent(m_load->errorShare));
    return figures;
}

QRectF ComponentItem::captionFiguresRect() const
{
    // Right under the label's text (the item keeps a line for a second one).
    if (!m_load)
        return {};
    static const QFontMetricsF fm(figuresFont());
    const QRectF line(kFiguresRect.left(), m_labelRect.bottom(), kFiguresRect.width(), kFiguresRect.height());
    return fm.boundingRect(line, Qt::AlignHCenter | Qt::AlignTop, figuresText()).adjusted(-3, 0, 3, 0);
}

QRectF ComponentItem::captionRect() const
{
    return m_labelRect.united(captionFiguresRect());
}

QPointF ComponentItem::captionOrigin()
{
    return QPointF(0, kLabelRect.top());
}

void ComponentItem::paintCaption(QPainter *painter) const
{
    if (m_kind.isEmpty())
        return;
    paintLabel(painter);
    if (m_load) {
        // On a box of its own: drawn larger, it crosses lines.
        const QRectF figures = captionFiguresRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(CanvasColors::of(this).labelFill);
        painter->drawRoundedRect(figures, 3, 3);
        paintFigures(painter, figures.adjusted(3, 0, -3, 0));
    }
}

void ComponentItem::layoutLabel()
{
    const Component *c = m_document->component(m_id);
    const QString label = !c ? QString() : c->label.isEmpty() ? c->id : c->label;
    const QFontMetricsF fm(labelFont());
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    QString text = boundedDisplayText(label, kLabelClusters);
    // One layout for a label that fits (nearly all): the box it takes is
    // the one that told it fits. Opening 100,000 components laid each out
    // three times, a tenth of the time to the first frame.
    QRectF box = fm.boundingRect(kLabelRect, flags, text);
    const auto fits = [&](const QRectF &r) { return r.height() <= kLabelRect.height() + 0.5; };
    if (!fits(box)) {
        // Two lines at most: elide what would not fit, the longest prefix
        // that fits found by halving (each try is one layout of the bounded text).
        qsizetype lo = 0, hi = text.size() - 1; // prefix lengths: lo fits, hi is not known to
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (fits(fm.boundingRect(kLabelRect, flags, text.left(mid) + QChar(0x2026))))
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo > 0 && text.at(lo - 1).isHighSurrogate()) // never half a code point
            --lo;
        text = text.left(lo) + QChar(0x2026);
        box = fm.boundingRect(kLabelRect, flags, text);
    }
    FarLayer::itemMoved(this); // where it was
    prepareGeometryChange();
    // Laid out for the painter when first drawn (zoomed far out, never),
    // then kept: a slider move repaints every visible label.
    m_label.setText(text);
    m_label.setTextFormat(Qt::PlainText);
    m_label.setTextWidth(kLabelRect.width());
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    m_label.setTextOption(option);
    m_labelRect = box.adjusted(-3, -1, 3, 1).intersected(kLabelRect.adjusted(-2, -1, 2, 1));
    m_bounds = boundsFor(m_labelRect, m_load.has_value());
}

void ComponentItem::paintLabel(QPainter *painter) const
{
    painter->setFont(labelFont());
    painter->setPen(Qt::NoPen);
    const CanvasColors &colors = CanvasColors::of(this);
    painter->setBrush(isSelected() ? kSelection : colors.labelFill);
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setPen(isSelected() ? QColor(Qt::white) : colors.ink);
    painter->drawStaticText(kLabelRect.topLeft(), m_label);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    refresh();
    QGraphicsItem::hoverEnterEvent(event);
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isOnConnectHandle(event->scenePos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    refresh();
    QGraphicsItem::hoverLeaveEvent(event);
}

void ComponentItem::refresh(bool moved)
{
    if (!moved && WholeRepaintAsked::isAsked())
        return;
    update();
    if (moved)
        FarLayer::itemMoved(this);
    else
        FarLayer::itemChanged(this);
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    FarLayer::itemChanging(this, change);
    if (change == ItemPositionHasChanged)
        if (auto *s = qobject_cast<CanvasScene *>(scene()))
            s->componentItemMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace scalescope
