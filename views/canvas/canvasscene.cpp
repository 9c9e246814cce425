#include "canvasscene.h"

#include "canvasgrid.h"
#include "commands/addcomponentcommand.h"
#include "commands/addconnectioncommand.h"
#include "commands/addgroupcommand.h"
#include "commands/moveitemscommand.h"
#include "commands/removeitemscommand.h"
#include "componentitem.h"
#include "connectgesture.h"
#include "connectionitem.h"
#include "connectionrouter.h"
#include "document/membership.h"
#include "document/scenariodocument.h"
#include "groupitem.h"
#include "iconlibrary.h"
#include "movegesture.h"
#include "resizegesture.h"
#include "validation.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>

#include <cmath>

namespace scalescope {

namespace {

// A new group box is big enough to drop a few components into.
QSizeF defaultGroupSize(const QString &kind)
{
    if (kind == QLatin1String("region"))
        return {560, 360};
    if (kind == QLatin1String("vpc"))
        return {440, 280};
    if (kind == QLatin1String("availability-zone"))
        return {320, 220};
    return {240, 160};
}

const QRectF kMinimumSceneRect(-1000, -1000, 3000, 2000);

// A big diagram's area index stops at this depth (1,024 cells). Qt's BSP
// tree picks its depth from the item count and files an item under every
// cell its bounding box crosses; a big diagram's long connections (a front
// end feeding every cell of the architecture) cross most cells of a deep
// tree: 100,000 components took six minutes and 16 GB to paint once at the
// automatic depth 19, 32 s and 1.3 GB at 10; 10,000 components 1.9 s of
// CPU and 320 MB at the automatic 15, 1.3 s and 195 MB at 10. The index
// decides only which items a paint or a hit test looks at, not the order
// they are drawn in.
constexpr int kBigSceneIndexDepth = 10;
constexpr qsizetype kBigSceneComponents = 1000;
constexpr double kSceneMargin = 1000;

} // namespace

CanvasScene::CanvasScene(ScenarioDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_icons(std::make_unique<IconLibrary>()),
      m_router(new ConnectionRouter(this)), m_colors(CanvasColors::of(palette()))
{
    setSceneRect(kMinimumSceneRect);
    connect(document, &ScenarioDocument::documentReset, this, &CanvasScene::rebuild);
    connect(document, &ScenarioDocument::componentAdded, this, &CanvasScene::addComponentItem);
    connect(document, &ScenarioDocument::componentRemoved, this, &CanvasScene::removeComponentItem);
    connect(document, &ScenarioDocument::componentChanged, this, [this](const QString &id) {
        if (ComponentItem *item = componentItem(id))
            item->syncFromDocument();
    });
    connect(document, &ScenarioDocument::groupAdded, this, &CanvasScene::addGroupItem);
    connect(document, &ScenarioDocument::groupRemoved, this, &CanvasScene::removeGroupItem);
    connect(document, &ScenarioDocument::groupChanged, this, &CanvasScene::syncGroups);
    connect(document, &ScenarioDocument::connectionAdded, this, &CanvasScene::addConnectionItem);
    connect(document, &ScenarioDocument::connectionRemoved, this, &CanvasScene::removeConnectionItem);
    connect(document, &ScenarioDocument::connectionChanged, this, [this](const QString &from, const QString &to) {
        if (ConnectionItem *item = connectionItem(from, to))
            item->update();
    });
    // A change from elsewhere (undo from the keyboard mid-drag) ends any
    // gesture, which would otherwise act on stale items.
    connect(document, &ScenarioDocument::changed, this, [this] {
        cancelGesture();
        growSceneRect();
        m_router->flush(); // an edit leaves every route as a fresh scene would draw it
    });
    rebuild();
}

CanvasScene::~CanvasScene()
{
    cancelGesture();
}

ConnectionItem *CanvasScene::connectionItem(const QString &from, const QString &to) const
{
    return m_connections.value(ConnectionId(from, to));
}

ComponentItem *CanvasScene::componentAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(item))
            return c;
    return nullptr;
}

QGraphicsItem *CanvasScene::itemTakingPress(const QPointF &scenePos, Qt::MouseButton button) const
{
    // Overlays that take no clicks (the bottleneck's pulse and callout, the
    // rate labels) lie over components; a press goes through them, as Qt
    // delivers it, so the gesture must look through them too.
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->isVisible() && item->isEnabled() && (item->acceptedMouseButtons() & button))
            return item;
    return nullptr;
}

void CanvasScene::rebuild()
{
    cancelGesture();
    const Selection kept = selection();
    m_attached.clear();
    m_connections.clear();
    m_components.clear();
    m_groups.clear();
    m_router->clear();
    const Architecture &a = m_document->architecture();
    const bool big = qsizetype(a.components.size()) > kBigSceneComponents;
    m_indexDepth = big ? kBigSceneIndexDepth : 0;
    // A big diagram is built without an index: it opens fitted, where its
    // views walk the scene's list anyway, and adding to the tree only to
    // drop it at the first paint sorted every item once more (a zoom in
    // builds the tree on its first use).
    setIndexMethod(big ? NoIndex : itemIndexMethod());
    clear();
    m_groups.reserve(qsizetype(a.groups.size()));
    m_components.reserve(qsizetype(a.components.size()));
    m_connections.reserve(qsizetype(a.connections.size()));
    m_attached.reserve(2 * qsizetype(a.connections.size()));
    // Each box syncs with the whole architecture as it is made, so nothing
    // needs a second pass (addGroupItem's re-sync of every box per box was
    // cubic in the number of groups: 1,333 took seconds).
    for (const Group &g : a.groups)
        if (!m_groups.contains(g.id)) {
            auto *item = new GroupItem(m_document, m_icons.get(), g.id);
            m_groups.insert(g.id, item);
            addItem(item);
        }
    for (const Component &c : a.components)
        addComponentItem(c.id);
    // Routed after the build: a big diagram shows simple routes in its first
    // frame and searches the real ones a slice per turn (connectionrouter.h).
    m_router->beginBuild(qsizetype(a.connections.size()));
    for (const Connection &c : a.connections)
        addConnectionItem(c.from, c.to);
    m_router->endBuild();
    growSceneRect();
    select(kept);
}

void CanvasScene::setIndexMethod(ItemIndexMethod method)
{
    if (method != itemIndexMethod()) {
        setItemIndexMethod(method); // a new tree starts at Qt's depth
        // Qt's new tree learns the scene's rectangle only from
        // sceneRectChanged, which a scene that stopped growing never sends
        // again: over an empty rectangle, its cells hold most items, and a
        // close-up repaint of 10,000 components took 23 ms of paint, not 7.
        if (method == BspTreeIndex)
            emit sceneRectChanged(sceneRect());
    }
    if (method == BspTreeIndex && bspTreeDepth() != m_indexDepth)
        setBspTreeDepth(m_indexDepth);
}

void CanvasScene::addComponentItem(const QString &id)
{
    if (m_components.contains(id))
        return;
    auto *item = new ComponentItem(m_document, m_icons.get(), id);
    m_components.insert(id, item);
    addItem(item);
    m_router->componentPlaced(item);
}

void CanvasScene::removeComponentItem(const QString &id)
{
    for (ConnectionItem *c : m_attached.values(id))
        removeConnectionItem(c->from(), c->to());
    m_router->componentRemoved(id);
    delete m_components.take(id);
}

void CanvasScene::addGroupItem(const QString &id)
{
    if (m_groups.contains(id))
        return;
    auto *item = new GroupItem(m_document, m_icons.get(), id);
    m_groups.insert(id, item);
    addItem(item);
    syncGroups();
}

void CanvasScene::removeGroupItem(const QString &id)
{
    delete m_groups.take(id);
    syncGroups();
}

void CanvasScene::syncGroups()
{
    // A parent or label change moves nested boxes up or down the z order.
    for (GroupItem *item : std::as_const(m_groups))
        item->syncFromDocument();
}

void CanvasScene::addConnectionItem(const QString &from, const QString &to)
{
    const ConnectionId key(from, to);
    if (m_connections.contains(key))
        return;
    auto *item = new ConnectionItem(from, to);
    m_connections.insert(key, item);
    m_attached.insert(from, item);
    m_attached.insert(to, item);
    addItem(item);
    m_router->connectionAdded(item);
}

void CanvasScene::removeConnectionItem(const QString &from, const QString &to)
{
    ConnectionItem *item = m_connections.take(ConnectionId(from, to));
    if (!item)
        return;
    m_attached.remove(from, item);
    m_attached.remove(to, item);
    m_router->connectionRemoved(item);
    delete item;
}

void CanvasScene::componentItemMoved(const QString &id)
{
    for (ConnectionItem *c : m_attached.values(id))
        m_router->connectionEndMoved(c);
    if (ComponentItem *item = componentItem(id))
        m_router->componentPlaced(item);
    emit componentMoved(id);
}

Selection CanvasScene::selection() const
{
    QSet<QString> components, groups;
    QSet<ConnectionId> connections;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(item))
            components.insert(c->id());
        else if (auto *g = qgraphicsitem_cast<GroupItem *>(item))
            groups.insert(g->id());
        else if (auto *k = qgraphicsitem_cast<ConnectionItem *>(item))
            connections.insert(ConnectionId(k->from(), k->to()));
    }
    Selection s;
    const Architecture &a = m_document->architecture();
    for (const Component &c : a.components)
        if (components.contains(c.id))
            s.components << c.id;
    for (const Group &g : a.groups)
        if (groups.contains(g.id))
            s.groups << g.id;
    for (const Connection &c : a.connections)
        if (connections.contains(ConnectionId(c.from, c.to)))
            s.connections << ConnectionId(c.from, c.to);
    return s;
}

Selection CanvasScene::withMembers(const Selection &s) const
{
    const Architecture &a = m_document->architecture();
    QSet<QString> components(s.components.begin(), s.components.end());
    QSet<QString> groups(s.groups.begin(), s.groups.end());
    for (const QString &g : s.groups) {
        for (const QString &id : componentsWithin(a, g))
            components.insert(id);
        for (const QString &id : groupsWithin(a, g))
            groups.insert(id);
    }
    Selection out;
    for (const Component &c : a.components)
        if (components.contains(c.id))
            out.components << c.id;
    for (const Group &g : a.groups)
        if (groups.contains(g.id))
            out.groups << g.id;
    return out;
}

void CanvasScene::select(const Selection &items)
{
    clearSelection();
    for (const QString &id : items.components)
        if (ComponentItem *item = componentItem(id))
            item->setSelected(true);
    for (const QString &id : items.groups)
        if (GroupItem *item = groupItem(id))
            item->setSelected(true);
    for (const ConnectionId &c : items.connections)
        if (ConnectionItem *item = connectionItem(c.first, c.second))
            item->setSelected(true);
}

void CanvasScene::selectAll()
{
    // One selection area, one selectionChanged.
    QPainterPath everything;
    everything.addRect(sceneRect().united(itemsBoundingRect()));
    setSelectionArea(everything, Qt::ReplaceSelection, Qt::IntersectsItemBoundingRect, QTransform());
}

QRectF CanvasScene::contentRect() const
{
    // Where things rest in the document, not where a stage's animation or
    // a drag has them now: a fit during the film frames the stage it ends
    // on. Items lay out around their position (groups from their top left).
    QRectF r;
    for (ComponentItem *item : m_components)
        if (const Component *c = m_document->component(item->id()))
            r |= item->boundingRect().translated(c->position.x, c->position.y);
    for (GroupItem *item : m_groups)
        if (const Group *g = m_document->group(item->id())) {
            const double margin = -item->boundingRect().left(); // its handles around the box
            r |= QRectF(g->rect.x, g->rect.y, g->rect.width, g->rect.height).adjusted(-margin, -margin, margin, margin);
        }
    return r;
}

bool CanvasScene::addKindAt(const QString &kindId, const QPointF &scenePos)
{
    const Catalog &catalog = m_document->catalog();
    if (catalog.kind(kindId)) {
        const QPointF p = snapToGrid(scenePos);
        auto *command = new AddComponentCommand(m_document, kindId, Point{p.x(), p.y()});
        const QString id = command->componentId();
        if (!pushEdit(m_document, command))
            return false;
        select(Selection{{id}, {}, {}});
        return true;
    }
    if (catalog.groupKind(kindId)) {
        const QSizeF size = defaultGroupSize(kindId);
        const QPointF topLeft = snapToGrid(scenePos - QPointF(size.width() / 2, size.height() / 2));
        auto *command = new AddGroupCommand(m_document, kindId, Rect{topLeft.x(), topLeft.y(), size.width(), size.height()});
        const QString id = command->groupId();
        if (!pushEdit(m_document, command))
            return false;
        select(Selection{{}, {id}, {}});
        return true;
    }
    return false;
}

bool CanvasScene::connectComponents(const QString &from, const QString &to, const QPoint &screenPos)
{
    if (auto reason = connectionRefusal(m_document->architecture(), from, to, m_document->catalog())) {
        const QString message = tr("Cannot connect: %1").arg(*reason);
        QToolTip::showText(screenPos, message);
        emit connectionRefused(message);
        return false;
    }
    return pushEdit(m_document, new AddConnectionCommand(m_document, from, to));
}

bool CanvasScene::deleteSelection()
{
    const Selection s = selection();
    if (s.isEmpty())
        return false;
    return pushEdit(m_document, new RemoveItemsCommand(m_document, s));
}

bool CanvasScene::nudgeSelection(const QPointF &delta)
{
    const Selection s = withMembers(selection());
    if (s.isEmpty() || delta.isNull())
        return false;
    Moves moves;
    for (const QString &id : s.components)
        if (const Component *c = m_document->component(id))
            moves.components.insert(id, Point{c->position.x + delta.x(), c->position.y + delta.y()});
    for (const QString &id : s.groups)
        if (const Group *g = m_document->group(id))
            moves.groups.insert(id, Rect{g->rect.x + delta.x(), g->rect.y + delta.y(), g->rect.width, g->rect.height});
    return pushEdit(m_document, new MoveItemsCommand(m_document, moves));
}

void CanvasScene::setConnectMode(bool on)
{
    if (on == m_connectMode)
        return;
    m_connectMode = on;
    emit connectModeChanged(on);
}

void CanvasScene::setGridVisible(bool visible)
{
    if (visible == m_gridVisible)
        return;
    m_gridVisible = visible;
    for (QGraphicsView *view : views())
        view->resetCachedContent(); // the views keep the background in a pixmap
    update();
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    cancelGesture();
    if (event->button() == Qt::LeftButton) {
        QGraphicsItem *top = itemTakingPress(event->scenePos(), event->button());
        if (auto *component = qgraphicsitem_cast<ComponentItem *>(top);
            component && (m_connectMode || component->isOnConnectHandle(event->scenePos()))) {
            m_gesture = std::make_unique<ConnectGesture>(this, component->id());
            event->accept();
            return;
        }
        if (auto *group = qgraphicsitem_cast<GroupItem *>(top)) {
            const GroupItem::Handle handle = group->handleAt(event->scenePos());
            if (handle != GroupItem::Handle::None) {
                m_gesture = std::make_unique<ResizeGesture>(this, group->id(), handle);
                event->accept();
                return;
            }
        }
    }
    // Items select themselves (click, Ctrl+click); a press on empty canvas
    // stays unaccepted, so the view starts a rubber band.
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && event->isAccepted()) {
        QGraphicsItem *grabber = mouseGrabberItem();
        if (qgraphicsitem_cast<ComponentItem *>(grabber) || qgraphicsitem_cast<GroupItem *>(grabber))
            m_gesture = std::make_unique<MoveGesture>(this, grabber, event->scenePos(), event->screenPos());
    }
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gesture) {
        m_gesture->move(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (std::unique_ptr<CanvasGesture> gesture = std::move(m_gesture))
        gesture->finish(event);
    QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 5 * kGridStep : kGridStep;
    switch (event->key()) {
    case Qt::Key_Escape:
        cancelGesture();
        setConnectMode(false);
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QPointF delta = event->key() == Qt::Key_Left    ? QPointF(-step, 0)
                              : event->key() == Qt::Key_Right ? QPointF(step, 0)
                              : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                                              : QPointF(0, step);
        // Nothing selected: the view scrolls instead.
        if (nudgeSelection(delta)) {
            event->accept();
            return;
        }
        event->ignore();
        return;
    }
    default: break;
    }
    QGraphicsScene::keyPressEvent(event);
}

bool CanvasScene::event(QEvent *event)
{
    // The system went dark or light (or the application set a palette):
    // everything on the canvas repaints in the new colours.
    if (event->type() == QEvent::PaletteChange) {
        m_colors = CanvasColors::of(palette());
        update();
    }
    return QGraphicsScene::event(event);
}

void CanvasScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_colors.background);
    if (!m_gridVisible)
        return;
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    double step = kGridStep;
    while (step * scale < 8) // never denser than every 8 pixels
        step *= 5;
    QPen pen(m_colors.grid, 1.5);
    pen.setCosmetic(true);
    // Soft dots: a view caching its background paints the pixmap with a
    // painter of its own, without the view's render hints.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    QVector<QPointF> dots;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    for (double x = left; x <= rect.right(); x += step)
        for (double y = top; y <= rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void CanvasScene::growSceneRect()
{
    // Grow only, so the view never jumps under the user's pointer.
    m_lastContent = contentRect();
    const QRectF wanted = m_lastContent.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    const QRectF next = sceneRect().united(wanted);
    if (next != sceneRect())
        setSceneRect(next);
}

void CanvasScene::cancelGesture()
{
    if (std::unique_ptr<CanvasGesture> gesture = std::move(m_gesture))
        gesture->cancel();
}

} // namespace scalescope
