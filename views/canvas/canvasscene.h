#pragma once
// The diagram: one item per component, group and connection of the viewed
// architecture. The scene is the only place items are created and deleted,
// always in reply to the document's change signals; gestures on it (move,
// connect, resize, drop, delete) become undo commands.

#include "canvascolors.h"
#include "document/selection.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace scalescope {

class CanvasGesture;
class ComponentItem;
class ConnectionItem;
class ConnectionRouter;
class GroupItem;
class IconLibrary;
class ScenarioDocument;

class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit CanvasScene(ScenarioDocument *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    ScenarioDocument *document() const { return m_document; }
    // The kinds' icons, shared by every item that draws one.
    IconLibrary *icons() const { return m_icons.get(); }

    ComponentItem *componentItem(const QString &id) const { return m_components.value(id); }
    GroupItem *groupItem(const QString &id) const { return m_groups.value(id); }
    ConnectionItem *connectionItem(const QString &from, const QString &to) const;
    // Gives the connections their routes (straight or around components).
    ConnectionRouter *router() const { return m_router; }
    // Component id -> the connections at it (twice for a line to itself).
    const QMultiHash<QString, ConnectionItem *> &attachedConnections() const { return m_attached; }
    // The topmost component under a scene point, or null.
    ComponentItem *componentAt(const QPointF &scenePos) const;
    // The topmost item a press of `button` reaches at a scene point (items
    // that take no mouse buttons are looked through), or null.
    QGraphicsItem *itemTakingPress(const QPointF &scenePos, Qt::MouseButton button) const;

    // Selected items, in document order.
    Selection selection() const;
    // Items plus everything their groups hold (what a drag moves).
    Selection withMembers(const Selection &items) const;
    void select(const Selection &items);
    void selectAll();
    // The bounding box of the diagram (for fit to view and export).
    QRectF contentRect() const;
    // contentRect() as of the last edit or rebuild: cheap enough to ask on
    // every repaint.
    QRectF lastContentRect() const { return m_lastContent; }
    // Switches the area index (sceneindexpolicy.h); a big diagram's tree
    // keeps its shallow depth (canvasscene.cpp says why), which Qt's own
    // setItemIndexMethod() would drop for its automatic one.
    void setIndexMethod(ItemIndexMethod method);

    // What the gestures end in; tests drive these as the gestures do.
    // A palette drop: a component centred at the point, or a group box
    // around it, snapped to the grid. True when something was added.
    bool addKindAt(const QString &kindId, const QPointF &scenePos);
    // A connection drag released on a component. A refused connection
    // changes nothing and says why at the cursor (and in connectionRefused).
    bool connectComponents(const QString &from, const QString &to, const QPoint &screenPos);
    bool deleteSelection();
    // Moves the selection (and what its groups hold) by a whole offset.
    bool nudgeSelection(const QPointF &delta);

    bool connectMode() const { return m_connectMode; }
    void setConnectMode(bool on);
    bool isGridVisible() const { return m_gridVisible; }
    // Light or dark, after the palette (the application's, unless the scene has its own).
    const CanvasColors &colors() const { return m_colors; }
    void setGridVisible(bool visible);

    // Called by a component item when it moved (also during a drag).
    void componentItemMoved(const QString &id);

signals:
    void connectModeChanged(bool on);
    // A component item moved (also during a drag, before the document knows).
    void componentMoved(const QString &id);
    void connectionRefused(const QString &message);
    // A view of the scene zoomed (or fitted): overlays sized for the screen
    // (the bottleneck's callout) lay out again.
    void viewZoomed();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addComponentItem(const QString &id);
    void removeComponentItem(const QString &id);
    void addGroupItem(const QString &id);
    void removeGroupItem(const QString &id);
    void addConnectionItem(const QString &from, const QString &to);
    void removeConnectionItem(const QString &from, const QString &to);
    void syncGroups();
    void growSceneRect();
    void cancelGesture();

    ScenarioDocument *m_document;
    std::unique_ptr<IconLibrary> m_icons;
    ConnectionRouter *m_router; // a child
    QHash<QString, ComponentItem *> m_components;
    QHash<QString, GroupItem *> m_groups;
    QHash<ConnectionId, ConnectionItem *> m_connections;
    QMultiHash<QString, ConnectionItem *> m_attached; // component id -> its arrows
    std::unique_ptr<CanvasGesture> m_gesture;
    bool m_connectMode = false;
    bool m_gridVisible = true;
    CanvasColors m_colors;
    QRectF m_lastContent;
    int m_indexDepth = 0; // of the BSP tree; 0: Qt's choice
};

} // namespace scalescope
