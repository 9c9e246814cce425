#include "groupitem.h"

#include "antialiasingkept.h"
#include "canvascolors.h"
#include "componentitem.h"
#include "devicepictures.h"
#include "farlayer.h"
#include "document/scenariodocument.h"
#include "groupstyle.h"
#include "iconlibrary.h"
#include "labeltext.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

namespace scalescope {

namespace {

constexpr double kBand = 6;        // pick distance from the border
constexpr double kHandleSize = 8;
constexpr double kLabelPadding = 8;
constexpr int kHeaderClusters = 200; // wider than any box's header; elided to the box
const QColor kSelection(0x1A, 0x73, 0xE8);

QFont headerFont()
{
    QFont f;
    f.setPixelSize(12);
    f.setBold(true);
    return f;
}

Qt::CursorShape cursorFor(GroupItem::Handle h)
{
    switch (h) {
    case GroupItem::Handle::Left:
    case GroupItem::Handle::Right: return Qt::SizeHorCursor;
    case GroupItem::Handle::Top:
    case GroupItem::Handle::Bottom: return Qt::SizeVerCursor;
    case GroupItem::Handle::TopLeft:
    case GroupItem::Handle::BottomRight: return Qt::SizeFDiagCursor;
    case GroupItem::Handle::TopRight:
    case GroupItem::Handle::BottomLeft: return Qt::SizeBDiagCursor;
    case GroupItem::Handle::None: break;
    }
    return Qt::ArrowCursor;
}

} // namespace

GroupItem::GroupItem(const ScenarioDocument *document, IconLibrary *icons, const QString &id)
    : m_document(document), m_icons(icons), m_id(id)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    syncFromDocument();
}

void GroupItem::syncFromDocument()
{
    if (const Group *g = m_document->group(m_id)) {
        FarLayer::itemMoved(this); // where it was
        prepareGeometryChange();
        setPos(g->rect.x, g->rect.y);
        m_size = QSizeF(g->rect.width, g->rect.height);
        // Below every component; an inner box above the box that holds it.
        setZValue(-1000 + 10 * m_document->groupDepth(m_id));
        setToolTip(QStringLiteral("%1 (%2)").arg(boundedDisplayText(g->label, kHeaderClusters), g->id));
    }
    updateShape();
    update();
    FarLayer::itemMoved(this);
}

void GroupItem::setPreviewRect(const QRectF &rect)
{
    FarLayer::itemMoved(this); // where it was
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size();
    updateShape();
    update();
    FarLayer::itemMoved(this);
}

QRectF GroupItem::headerRect() const
{
    const Group *g = m_document->group(m_id);
    const QString label = g ? boundedDisplayText(g->label, kHeaderClusters) : QString();
    const GroupStyle style = groupStyle(g ? g->kind : QString());
    const double textLeft = style.icon ? kHeaderHeight + kLabelPadding : kLabelPadding;
    const double textWidth = QFontMetricsF(headerFont()).horizontalAdvance(label);
    return QRectF(0, 0, std::min(m_size.width(), textLeft + textWidth + kLabelPadding), kHeaderHeight);
}

QList<QPair<GroupItem::Handle, QRectF>> GroupItem::handles() const
{
    const QRectF r = localRect();
    const auto at = [](double x, double y) {
        return QRectF(x - kHandleSize / 2, y - kHandleSize / 2, kHandleSize, kHandleSize);
    };
    return {{Handle::TopLeft, at(r.left(), r.top())},
            {Handle::Top, at(r.center().x(), r.top())},
            {Handle::TopRight, at(r.right(), r.top())},
            {Handle::Right, at(r.right(), r.center().y())},
            {Handle::BottomRight, at(r.right(), r.bottom())},
            {Handle::Bottom, at(r.center().x(), r.bottom())},
            {Handle::BottomLeft, at(r.left(), r.bottom())},
            {Handle::Left, at(r.left(), r.center().y())}};
}

GroupItem::Handle GroupItem::handleAt(const QPointF &scenePos) const
{
    if (!isSelected())
        return Handle::None;
    const QPointF p = mapFromScene(scenePos);
    for (const auto &[handle, rect] : handles())
        if (rect.adjusted(-2, -2, 2, 2).contains(p))
            return handle;
    return Handle::None;
}

QRectF GroupItem::boundingRect() const
{
    const double m = kHandleSize / 2 + 3;
    return localRect().adjusted(-m, -m, m, m);
}

QPainterPath GroupItem::shape() const
{
    return m_shape;
}

void GroupItem::updateShape()
{
    QPainterPath outer;
    outer.addRect(localRect().adjusted(-kBand, -kBand, kBand, kBand));
    QPainterPath inner;
    inner.addRect(localRect().adjusted(kBand, kBand, -kBand, -kBand));
    // United, not added: overlapping parts of added subpaths would cancel
    // out under the odd-even fill rule and leave holes at the corners.
    QPainterPath extras;
    extras.setFillRule(Qt::WindingFill);
    extras.addRect(headerRect());
    if (isSelected())
        for (const auto &handle : handles())
            extras.addRect(handle.second.adjusted(-2, -2, 2, 2));
    m_shape = outer.subtracted(inner).united(extras);
}

QVariant GroupItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    FarLayer::itemChanging(this, change);
    if (change == ItemSelectedHasChanged)
        updateShape();
    return QGraphicsItem::itemChange(change, value);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const AntialiasingKept kept(painter);
    const Group *g = m_document->group(m_id);
    if (!g)
        return;
    const GroupStyle style = groupStyle(g->kind);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = localRect();

    QPen border(isSelected() ? kSelection : style.border, isSelected() ? 2.0 : 1.5);
    if (style.dashed)
        border.setDashPattern({4, 3});
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r);

    double textLeft = kLabelPadding;
    if (style.icon) {
        if (QSvgRenderer *icon = m_icons->renderer(g->kind)) // a pixmap, like the components' icons
            drawIcon(painter, icon, g->kind, QRectF(0, 0, kHeaderHeight, kHeaderHeight));
        textLeft = kHeaderHeight + kLabelPadding;
    }
    // Zoomed as far out as the components' labels go, the header is a few
    // pixels high too: unreadable, and eliding and shaping it costs.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= ComponentItem::kTextZoom) {
        const QFont f = headerFont();
        painter->setFont(f);
        painter->setPen(CanvasColors::of(this).readable(style.text));
        const QRectF textRect(textLeft, 0, std::max(0.0, r.width() - textLeft - kLabelPadding), kHeaderHeight);
        const QString label =
            QFontMetricsF(f).elidedText(boundedDisplayText(g->label, kHeaderClusters), Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    if (isSelected()) {
        painter->setPen(QPen(kSelection, 1.5));
        painter->setBrush(CanvasColors::of(this).background);
        for (const auto &handle : handles())
            painter->drawRect(handle.second);
    }
}

void GroupItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(cursorFor(handleAt(event->scenePos())));
    QGraphicsItem::hoverMoveEvent(event);
}

void GroupItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace scalescope
