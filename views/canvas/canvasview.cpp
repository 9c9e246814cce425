#include "canvasview.h"

#include "bottleneckcallout.h"
#include "canvasscene.h"
#include "captionlayout.h"
#include "componentitem.h"
#include "connectionitem.h"
#include "document/scenariodocument.h"
#include "farlayer.h"
#include "groupitem.h"
#include "palette/kindmime.h"
#include "sceneindexpolicy.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;
constexpr double kFitMargin = 40;
constexpr double kFitMaxZoom = 1.5; // a small diagram should not fill the screen with two icons
// More components than this in view: too crowded for captions to help (a
// big diagram's overview), and the layout is kept within a frame.
constexpr qsizetype kMostCaptioned = 400;
// How far past the view's edge a component's caption may reach into it, in pixels.
constexpr double kCaptionReach = 160;

// A caption the view draws: whose, how far it is moved from under the icon
// (scene units), and where it lands in the viewport.
struct PlacedCaption {
    const ComponentItem *item;
    double shift;
    QRectF rect;
};
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // The white page and its grid dots change only with the zoom or the grid
    // switch: blitted from a pixmap rather than drawn again on every repaint
    // (a slider move repaints the whole diagram when it is fitted).
    setCacheMode(CacheBackground);
    // That background covers every repainted part with an opaque colour:
    // the viewport need not be filled with its own first (a whole repaint
    // per slider move on a fitted diagram).
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // Items set what they draw with and put antialiasing back
    // (antialiasingkept.h): saving and restoring the whole painter for each
    // of thousands of items costs more than that.
    setOptimizationFlag(DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setMinimumLabelPixels(double pixels)
{
    m_minimumLabelPixels = pixels;
    viewport()->update();
}

bool CanvasView::drawsCaptions() const
{
    return m_minimumLabelPixels > 0 && ComponentItem::kLabelPixels * zoom() < m_minimumLabelPixels;
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &exposed)
{
    QGraphicsView::drawForeground(painter, exposed);
    std::vector<PlacedCaption> placed;
    const double grow = drawsCaptions() ? m_minimumLabelPixels / (ComponentItem::kLabelPixels * zoom()) : 0;
    const double reach = kCaptionReach / zoom();
    const QRectF area = mapToScene(viewport()->rect()).boundingRect().adjusted(-reach, -reach, reach, reach);
    if (grow > 0 && !tooManyToCaption(area)) {
        const QTransform toView = viewportTransform();
        std::vector<const ComponentItem *> components;
        std::vector<QRectF> keepClear; // callouts and group headers
        QString bottleneck;
        for (const QGraphicsItem *item : m_scene->items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
            if (!item->isVisible())
                continue;
            if (const auto *c = qgraphicsitem_cast<const ComponentItem *>(item)) {
                components.push_back(c);
            } else if (const auto *callout = qgraphicsitem_cast<const BottleneckCallout *>(item)) {
                keepClear.push_back(toView.mapRect(callout->boxSceneRect()));
                bottleneck = callout->content().componentId;
            } else if (const auto *group = qgraphicsitem_cast<const GroupItem *>(item)) {
                keepClear.push_back(toView.mapRect(group->mapRectToScene(group->headerRect())));
            }
        }
        if (qsizetype(components.size()) <= kMostCaptioned) {
            // The selected first (the one being talked about), then the
            // bottleneck, then from the top left, as one reads.
            const auto rank = [&](const ComponentItem *c) { return c->isSelected() ? 0 : c->id() == bottleneck ? 1 : 2; };
            std::stable_sort(components.begin(), components.end(), [&](const ComponentItem *a, const ComponentItem *b) {
                const int ra = rank(a), rb = rank(b);
                if (ra != rb)
                    return ra < rb;
                if (a->pos().y() != b->pos().y())
                    return a->pos().y() < b->pos().y();
                return a->pos().x() < b->pos().x();
            });
            std::vector<CaptionCandidate> candidates;
            std::vector<double> shifts;
            const QPointF origin = ComponentItem::captionOrigin();
            const QRectF icon = ComponentItem::iconBounds();
            for (const ComponentItem *c : components) {
                const QRectF r = c->captionRect();
                const QRectF below = QRectF(origin + (r.topLeft() - origin) * grow, r.size() * grow).translated(c->pos());
                // Over the icon: as far above its top as the label sits below it.
                const double shift = (c->pos().y() + icon.top() - (r.top() - icon.bottom())) - below.bottom();
                candidates.push_back({toView.mapRect(icon.translated(c->pos())), toView.mapRect(below),
                                      toView.mapRect(below.translated(0, shift))});
                shifts.push_back(shift);
            }
            const std::vector<CaptionPlace> places = layoutCaptions(candidates, keepClear, QRectF(viewport()->rect()));
            for (size_t i = 0; i < places.size(); ++i) {
                if (places[i] == CaptionPlace::Below)
                    placed.push_back({components[i], 0, candidates[i].below});
                else if (places[i] == CaptionPlace::Above)
                    placed.push_back({components[i], shifts[i], candidates[i].above});
            }
        }
    }

    const QRectF exposedInView = viewportTransform().mapRect(exposed);
    std::vector<DrawnCaption> captions;
    for (const PlacedCaption &p : placed) {
        captions.push_back({p.item->id(), p.rect});
        if (!p.rect.intersects(exposedInView))
            continue;
        painter->save();
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QPointF origin = p.item->pos() + ComponentItem::captionOrigin() + QPointF(0, p.shift);
        painter->translate(origin);
        painter->scale(grow, grow);
        painter->translate(-ComponentItem::captionOrigin());
        p.item->paintCaption(painter);
        painter->restore();
    }
    // A caption that came, went or moved outside the part repainted now
    // (another was selected, one moved into its place) is repainted there.
    if (captions != m_captions) {
        for (const auto *list : {&captions, &m_captions})
            for (const DrawnCaption &c : *list)
                if (std::find(captions.begin(), captions.end(), c) == captions.end()
                    || std::find(m_captions.begin(), m_captions.end(), c) == m_captions.end())
                    viewport()->update(c.rect.toAlignedRect().adjusted(-2, -2, 2, 2));
        m_captions = std::move(captions);
    }
}

bool CanvasView::tooManyToCaption(const QRectF &area) const
{
    // Counted from the document's positions, the boxes' reach added, before
    // asking the scene for what is there: a big diagram's overview has
    // thousands of items in view, and collecting them on every repaint
    // costs more than drawing them.
    const std::vector<Component> &components = m_scene->document()->architecture().components;
    if (qsizetype(components.size()) <= kMostCaptioned)
        return false;
    // Wider than any component's bounds around its position.
    const QRectF widest = ComponentItem::iconBounds().united(ComponentItem::labelBounds()).adjusted(-60, -60, 60, 60);
    const QRectF reach = area.adjusted(-widest.right(), -widest.bottom(), -widest.left(), -widest.top());
    qsizetype near = 0;
    for (const Component &c : components)
        if (reach.contains(c.position.x, c.position.y) && ++near > kMostCaptioned)
            break;
    if (near <= kMostCaptioned)
        return false; // few enough: the scene's own count decides below
    // Exactly as the scene would count them, stopping past the limit.
    qsizetype inArea = 0;
    for (const Component &c : components) {
        if (!reach.contains(c.position.x, c.position.y))
            continue;
        const ComponentItem *item = m_scene->componentItem(c.id);
        if (item && item->isVisible() && item->sceneBoundingRect().intersects(area) && ++inArea > kMostCaptioned)
            return true;
    }
    return false;
}

void CanvasView::zoomAt(double factor, const QPoint &viewPos)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = target / zoom();
    if (std::abs(factor - 1) < 1e-9)
        return;
    const QPointF anchor = mapToScene(viewPos);
    scale(factor, factor);
    m_fitted = false;
    const QPointF drift = mapFromScene(anchor) - QPointF(viewPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(drift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(drift.y())));
    emit zoomChanged(zoom());
    emit m_scene->viewZoomed();
}

void CanvasView::zoomIn()
{
    zoomAt(kStep, viewport()->rect().center());
}

void CanvasView::zoomOut()
{
    zoomAt(1 / kStep, viewport()->rect().center());
}

void CanvasView::resetZoom()
{
    zoomAt(1 / zoom(), viewport()->rect().center());
}

void CanvasView::fitToContents()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
    } else {
        fitInView(content.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin), Qt::KeepAspectRatio);
        if (zoom() > kFitMaxZoom) {
            setTransform(QTransform::fromScale(kFitMaxZoom, kFitMaxZoom));
            centerOn(content.center());
        }
        if (zoom() < kMinZoom) {
            setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
            centerOn(content.center());
        }
    }
    m_fitted = true;
    emit zoomChanged(zoom());
    emit m_scene->viewZoomed();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToContents();
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    // Before Qt looks up the items to paint: the index that suits what the
    // views show now (sceneindexpolicy.h).
    // Far out, one item draws the diagram (farlayer.h); the view only walks
    // past the others, which costs least down the scene's own sorted list
    // (the tree would sort what it finds again on every repaint).
    FarLayer::applyFor(m_scene);
    if (const FarLayer *far = FarLayer::find(m_scene); far && far->isActive()) {
        m_scene->setIndexMethod(QGraphicsScene::NoIndex);
    } else {
        applyIndexPolicy(m_scene, m_scene->lastContentRect());
    }
    QGraphicsView::paintEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one zoom step; touchpads send smaller deltas.
    zoomAt(std::pow(kStep, delta / 120.0), event->position().toPoint());
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        updatePanCursor();
        event->accept();
        return;
    }
    // The right button opens a menu (contextMenuEvent): it neither clears
    // the selection the menu acts on nor starts a rubber band.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        panBy(pos - m_lastPanPos);
        m_lastPanPos = pos;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        updatePanCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        updatePanCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updatePanCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // A Space released in another window never reaches us.
    m_spaceHeld = false;
    m_panning = false;
    updatePanCursor();
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::setContextActions(MenuTarget target, const QList<QAction *> &actions)
{
    m_contextActions.insert(target, actions);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    QGraphicsItem *item = m_scene->itemTakingPress(mapToScene(event->pos()), Qt::RightButton);
    MenuTarget target = MenuTarget::Canvas;
    if (qgraphicsitem_cast<ComponentItem *>(item))
        target = MenuTarget::Component;
    else if (qgraphicsitem_cast<ConnectionItem *>(item))
        target = MenuTarget::Connection;
    else if (qgraphicsitem_cast<GroupItem *>(item))
        target = MenuTarget::Group;
    else
        item = nullptr;
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const QList<QAction *> actions = m_contextActions.value(target);
    if (actions.isEmpty()) {
        event->ignore();
        return;
    }
    delete m_menu;
    m_menu = new QMenu(this);
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : actions) {
        if (action)
            m_menu->addAction(action);
        else
            m_menu->addSeparator();
    }
    // Not exec(): the event loop goes on (the live figures keep moving).
    m_menu->popup(event->globalPos());
    event->accept();
}

void CanvasView::panBy(const QPoint &delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    m_fitted = false;
}

void CanvasView::updatePanCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (kindFromMimeData(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (kindFromMimeData(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    event->accept();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QString kind = kindFromMimeData(event->mimeData());
    if (kind.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_scene->addKindAt(kind, mapToScene(event->position().toPoint()));
    setFocus(Qt::OtherFocusReason);
}

} // namespace scalescope
