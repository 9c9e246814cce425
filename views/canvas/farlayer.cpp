#include "farlayer.h"

#include "canvasscene.h"
#include "componentitem.h"
#include "canvascolors.h"
#include "connectionitem.h"
#include "document/scenariodocument.h"
#include "farlines.h"
#include "groupitem.h"

#include <QGraphicsView>
#include <QHash>
#include <QPainter>
#include <QPointer>
#include <QStyleOptionGraphicsItem>

namespace scalescope {

namespace {

// One layer per scene; a scene's clear() deletes it (the pointer then
// reads null and the next paint makes another).
QHash<const QGraphicsScene *, QPointer<FarLayer>> &layers()
{
    static QHash<const QGraphicsScene *, QPointer<FarLayer>> all;
    return all;
}

bool drawnByLayer(const QGraphicsItem *item)
{
    const int type = item->type();
    return !item->parentItem()
           && (type == ComponentItem::Type || type == ConnectionItem::Type || type == GroupItem::Type);
}

// A view's zoom (its transform only scales and moves).
double zoomOf(const QGraphicsView *view)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->viewportTransform());
}

} // namespace

FarLayer::FarLayer(CanvasScene *scene)
    : m_scene(scene)
{
    setZValue(-2000); // below the outermost group box (-1000)
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() draws only what is exposed
    // Items came or went, or group boxes changed their nesting (their
    // stacking): the list is made again before the next paint. The scene
    // heard these first (it was connected first) and made or deleted the
    // items already.
    const ScenarioDocument *document = scene->document();
    for (auto signal : {&ScenarioDocument::componentAdded, &ScenarioDocument::componentRemoved,
                        &ScenarioDocument::groupAdded, &ScenarioDocument::groupRemoved, &ScenarioDocument::groupChanged})
        connect(document, signal, this, &FarLayer::forget);
    for (auto signal : {&ScenarioDocument::connectionAdded, &ScenarioDocument::connectionRemoved})
        connect(document, signal, this, &FarLayer::forget);
    connect(document, &ScenarioDocument::documentReset, this, &FarLayer::forget);
}

FarLayer *FarLayer::of(CanvasScene *scene)
{
    QPointer<FarLayer> &layer = layers()[scene];
    if (!layer) {
        layer = new FarLayer(scene);
        scene->addItem(layer);
    }
    return layer;
}

FarLayer *FarLayer::find(const QGraphicsScene *scene)
{
    if (!scene)
        return nullptr;
    const auto it = layers().constFind(scene);
    return it == layers().constEnd() ? nullptr : it->data();
}

void FarLayer::applyFor(CanvasScene *scene)
{
    bool far = false;
    for (const QGraphicsView *view : scene->views()) {
        if (!view->isVisible())
            continue;
        far = zoomOf(view) < kFarZoom;
        if (!far)
            break;
    }
    if (!far) {
        if (FarLayer *layer = find(scene))
            layer->setActive(false);
        return;
    }
    FarLayer *layer = of(scene);
    if (!layer->m_collected)
        layer->collect();
    layer->setActive(true);
}

void FarLayer::itemChanged(const QGraphicsItem *item)
{
    if (!(item->flags() & ItemHasNoContents))
        return;
    FarLayer *layer = find(item->scene());
    if (layer && layer->m_active)
        layer->update(item->sceneBoundingRect());
}

void FarLayer::itemMoved(const QGraphicsItem *item)
{
    if (!(item->flags() & ItemHasNoContents))
        return;
    FarLayer *layer = find(item->scene());
    if (layer && layer->m_active)
        layer->place(item);
}

void FarLayer::place(const QGraphicsItem *item)
{
    const QRectF place = item->sceneBoundingRect();
    if (const auto it = m_slots.constFind(item); it != m_slots.constEnd()) {
        m_places[size_t(*it)] = place;
        m_items[size_t(*it)].pos = item->pos();
        m_shapes[size_t(*it)].made = false; // its route or place changed
    }
    if (!m_bounds.contains(place)) {
        prepareGeometryChange();
        m_bounds |= place;
    }
    update(place);
}

void FarLayer::restate(const QGraphicsItem *item)
{
    if (const auto it = m_slots.constFind(item); it != m_slots.constEnd()) {
        Drawn &drawn = m_items[size_t(*it)];
        drawn.selected = item->isSelected();
        drawn.opacity = item->effectiveOpacity();
    }
}

void FarLayer::itemChanging(QGraphicsItem *item, GraphicsItemChange change)
{
    switch (change) {
    case ItemPositionChange: // where it was
    case ItemPositionHasChanged:
        itemMoved(item);
        break;
    case ItemSelectedHasChanged:
    case ItemOpacityHasChanged:
        if (FarLayer *layer = find(item->scene()))
            layer->restate(item);
        itemChanged(item);
        break;
    case ItemVisibleChange:
    case ItemSceneChange: // still in the scene it leaves
        itemChanged(item);
        break;
    case ItemVisibleHasChanged:
        // Hidden, it is not drawn here (nor listed): it draws itself again
        // whenever it shows before the layer lists it. Listed again either
        // way, also while the layer is off: it lists visible items only.
        if (!item->isVisible() && (item->flags() & ItemHasNoContents))
            item->setFlag(ItemHasNoContents, false);
        if (FarLayer *layer = find(item->scene()))
            layer->forget();
        break;
    case ItemZValueHasChanged: // the stacking changed
        if (FarLayer *layer = find(item->scene()); layer && layer->m_active)
            layer->forget();
        break;
    case ItemSceneHasChanged: // another scene's layer lists it there
        if (item->flags() & ItemHasNoContents)
            item->setFlag(ItemHasNoContents, false);
        break;
    default:
        break;
    }
}

void FarLayer::setActive(bool active)
{
    if (active == m_active)
        return;
    if (!m_collected)
        collect();
    m_active = active;
    setItemsDrawnHere(active);
    prepareGeometryChange();
    m_bounds = QRectF();
    if (active)
        for (const QRectF &place : m_places)
            m_bounds |= place;
    update();
    // While off it hears of no moves: listed afresh when it comes back.
    if (!active) {
        m_items.clear();
        m_places.clear();
        m_shapes.clear();
        m_slots.clear();
        m_collected = false;
    }
}

void FarLayer::forget()
{
    // Some of them may be gone: no pointer is kept to a deleted item.
    m_items.clear();
    m_places.clear();
    m_shapes.clear();
    m_slots.clear();
    m_collected = false;
    if (m_active)
        update(); // what was deleted leaves no picture behind
}

void FarLayer::collect()
{
    m_items.clear();
    m_places.clear();
    m_shapes.clear();
    m_slots.clear();
    // The area query returns them in stacking order with either index (the
    // plain list does not without one); it leaves out hidden items, which
    // keep drawing themselves and are looked up again once shown.
    const QRectF everywhere(-1e9, -1e9, 2e9, 2e9);
    for (QGraphicsItem *item : m_scene->items(everywhere, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder))
        if (drawnByLayer(item)) {
            m_slots.insert(item, int(m_items.size()));
            ConnectionItem *line = item->type() == ConnectionItem::Type ? static_cast<ConnectionItem *>(item) : nullptr;
            ComponentItem *component = item->type() == ComponentItem::Type ? static_cast<ComponentItem *>(item) : nullptr;
            m_items.push_back(Drawn{item, line, component, item->pos(), item->isSelected(), item->effectiveOpacity()});
            m_places.push_back(item->sceneBoundingRect());
        }
    m_shapes.resize(m_items.size());
    m_collected = true;
    if (m_active) {
        setItemsDrawnHere(true); // new items, too
        prepareGeometryChange();
        for (const QRectF &place : m_places)
            m_bounds |= place;
    }
}

void FarLayer::setItemsDrawnHere(bool here)
{
    for (const Drawn &drawn : m_items)
        if (bool(drawn.item->flags() & ItemHasNoContents) != here)
            drawn.item->setFlag(ItemHasNoContents, here);
}

QRectF FarLayer::boundingRect() const
{
    return m_bounds;
}

void FarLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    m_drawn = 0;
    m_reused = 0;
    // A canvas view's viewport only: an export paints the items themselves.
    if (!m_active || !m_collected || !widget || !qobject_cast<const QGraphicsView *>(widget->parentWidget()))
        return;
    const QTransform view = painter->worldTransform(); // the layer sits at the scene's origin
    if (view != m_shapesView) { // zoomed or scrolled (compared entry by entry): device pixels elsewhere
        for (FarShape &shape : m_shapes)
            shape.made = false;
        m_shapesView = view;
    }
    const double opacity = painter->opacity();
    // The view looks a little wider for what to draw (smoothed edges reach
    // past bounds): two device pixels.
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(view);
    const double margin = lod > 0 ? 2 / lod : 0;
    const QRectF exposed = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    QStyleOptionGraphicsItem itemOption;
    // Lines one after another with one pen are drawn as one run; anything
    // else drawn ends the run first, so the stacking stays as it is.
    const CanvasColors &colors = CanvasColors::of(this);
    FarLines lines;
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (!m_places[i].intersects(exposed))
            continue;
        const Drawn &drawn = m_items[i];
        const QPointF at = drawn.pos;
        if (drawn.opacity <= 0.001)
            continue;
        QGraphicsItem *item = drawn.item;
        const QRectF bounds = drawn.line        ? drawn.line->ConnectionItem::boundingRect()
                              : drawn.component ? drawn.component->ComponentItem::boundingRect()
                                                : item->boundingRect();
        const QRectF shown = exposed.translated(-at).intersected(bounds);
        if (shown.isEmpty())
            continue;
        // As the view gives it: its own place, then the view's transform.
        const QTransform toDevice = QTransform::fromTranslate(at.x(), at.y()) * view;
        FarShape *shape = m_keepShapes ? &m_shapes[i] : nullptr;
        const bool kept = shape && shape->made;
        if (drawn.line && drawn.line->addFar(lines, painter, toDevice, shown, drawn.selected, colors, opacity * drawn.opacity, shape)) {
            m_reused += kept ? 1 : 0;
            ++m_drawn;
            continue;
        }
        lines.flush(painter);
        painter->setWorldTransform(toDevice);
        painter->setOpacity(opacity * drawn.opacity);
        itemOption.state = QStyle::State_Enabled;
        if (drawn.selected)
            itemOption.state |= QStyle::State_Selected;
        itemOption.rect = bounds.toAlignedRect();
        itemOption.exposedRect = shown;
        if (drawn.component)
            drawn.component->paintAs(painter, widget, drawn.selected, colors);
        else
            item->paint(painter, &itemOption, widget);
        ++m_drawn;
    }
    lines.flush(painter);
    painter->setWorldTransform(view);
    painter->setOpacity(opacity);
}

} // namespace scalescope
