#pragma once
// Zoomed far out over a big diagram (every view of the scene below
// kFarZoom), one item paints every group box, connection and component, in
// their stacking order, by calling each one's own paint() with the
// transform the view would give it: the same pixels, without the view's
// walk over thousands of items (bounds mapped, style options and exposed
// regions worked out per item per repaint).
//
// Meanwhile those items say they have no contents (ItemHasNoContents): the
// view skips them when it paints, and nothing else changes for them
// (hover, clicks, rubber bands, tool tips and drags find them as before).
// What would repaint one (new figures, a move, the selection, hover) goes
// through itemChanged(), which repaints its place on this layer.
//
// Exports paint items one by one (views/export/scenepainter.h) and never
// this layer's picture: it draws only into a canvas view's viewport.
// Sits below every group box (z -2000); what is drawn above the diagram
// (rate labels, none this far out; the callout; previews) stays above it.
//
// A QGraphicsObject so a view can tell (QPointer) when a scene rebuild
// deleted it.

#include "farshape.h"

#include <QGraphicsObject>
#include <QHash>
#include <QTransform>

#include <vector>

namespace scalescope {

class CanvasScene;
class ComponentItem;
class ConnectionItem;

class FarLayer : public QGraphicsObject {
    Q_OBJECT
public:
    enum { Type = UserType + 9 };
    // Below this zoom the view draws no rate labels or dots (the layer
    // between lines and components) and no arrow heads: the whole diagram
    // can be drawn in one pass without changing what lies on what.
    static constexpr double kFarZoom = 0.4;

    // The scene's layer, made on first use.
    static FarLayer *of(CanvasScene *scene);
    // The layer of an item's scene, or null when it has none.
    static FarLayer *find(const QGraphicsScene *scene);

    // Before a view of the scene paints: on when every visible view of it is
    // zoomed out below kFarZoom, off otherwise.
    static void applyFor(CanvasScene *scene);
    // An item drawn by the layer changes its picture where it is: its place
    // repaints. Costs a flag test while the layer is off.
    static void itemChanged(const QGraphicsItem *item);
    // The same before and after it moves or its bounds change.
    static void itemMoved(const QGraphicsItem *item);
    // From an item's itemChange(): what Qt itself would repaint it for (a
    // move, the selection, shown or hidden, taken out of the scene).
    static void itemChanging(QGraphicsItem *item, GraphicsItemChange change);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    // How many items the last paint drew (a test hook).
    int lastDrawnCount() const { return m_drawn; }
    // Test hooks: off, lines are drawn from their routes on every paint,
    // what the kept pieces must equal (kept ones stay as they were); how
    // many lines the last paint drew from pieces an earlier one kept.
    void setKeepsShapes(bool keep) { m_keepShapes = keep; }
    int lastReusedCount() const { return m_reused; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    explicit FarLayer(CanvasScene *scene);
    // The items it draws, in stacking order, looked up again after the
    // document's items came or went.
    void collect();
    void forget();
    void setItemsDrawnHere(bool here);

    // Where an item is (scene coordinates) as of its last change: a paint
    // culls thousands of them from a compact array, touching only those
    // it draws.
    void place(const QGraphicsItem *item);
    // Its selection and opacity as of their last change.
    void restate(const QGraphicsItem *item);

    // What a paint needs to know of an item before it draws it, kept here
    // (as of its last change) so that a line drawn in a run (farlines.h)
    // reaches nothing of its item but the item itself.
    struct Drawn {
        QGraphicsItem *item = nullptr;
        ConnectionItem *line = nullptr; // the item, when a connection
        ComponentItem *component = nullptr; // the item, when a component
        QPointF pos;
        bool selected = false;
        double opacity = 1;
    };

    CanvasScene *m_scene;
    std::vector<Drawn> m_items; // visible ones only: showing or hiding one lists them again
    std::vector<QRectF> m_places; // by item
    // By item, a line's far-out pieces (farshape.h) for m_shapesView, the
    // view's transform they were worked out for; forgotten when it moves.
    std::vector<FarShape> m_shapes;
    QTransform m_shapesView;
    bool m_keepShapes = true;
    int m_reused = 0;
    QHash<const QGraphicsItem *, int> m_slots; // item -> its index in both
    bool m_collected = false;
    bool m_active = false;
    QRectF m_bounds; // of the items it draws (scene coordinates), while active
    int m_drawn = 0;
};

} // namespace scalescope
