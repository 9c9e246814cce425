#pragma once
// Shows the live evaluation on the canvas. After each evaluation it pushes
// display values to the items: per component its load (utilisation of the
// busiest resource, instances, error share, down), per connection its flow
// (width and dot speed from the request rate) and rate label, and the
// bottleneck's pulse and callout. Items keep reading everything else from
// the document.
//
// Values are rounded to what can be seen and compared with what each item
// shows, so only items whose picture changes repaint; setting the same user
// count again repaints nothing.
//
// Wiring: construct after the scene (it observes the scene's document) and
// give it the window's EvaluationService; it follows the service's
// networkChanged/evaluated/failed signals by itself.

#include "canvas/canvasobstacles.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/flowlabellayer.h"
#include "document/selection.h"
#include "network.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

namespace scalescope {

class BottleneckCallout;
class CanvasScene;
class ComponentItem;
class ConnectionItem;
class EvaluationService;
class FlowAnimator;

class SceneLoadBinder : public QObject
{
    Q_OBJECT
public:
    // Utilisation from which the bottleneck pulses (amber on the ring).
    static constexpr double kStrained = 0.8;
    // Changed items from which the whole view repaints at once.
    static constexpr int kManyChanges = 64;

    // The parent defaults to the scene, so the binder never outlives its items.
    SceneLoadBinder(CanvasScene *scene, EvaluationService *service, QObject *parent = nullptr);

    // The bottleneck's callout, or null while there is none to show.
    BottleneckCallout *callout() const;
    // The connections' rate labels (null before the first evaluation).
    FlowLabelLayer *labels() const { return m_labels; }
    FlowAnimator *animator() const { return m_animator; }
    // How many items and labels got new display values in the last apply()
    // (a test and benchmark hook: 0 means nothing was asked to repaint).
    int lastChangeCount() const { return m_changes; }

public slots:
    // Pushes the service's current evaluation to the scene.
    void apply();

private:
    void indexNetwork();
    void bindItems();
    void scheduleApply();
    void forgetItems();
    void markLayoutDirty();
    // How many items' pictures change (their next values worked out).
    int prepareComponents();
    int prepareConnections();
    void applyComponents();
    // Returns the connections whose dots move.
    std::vector<ConnectionItem *> applyConnections();
    void applyLabels();
    void applyBottleneck();
    void placeCallout();
    void clearAll();

    QPointer<CanvasScene> m_scene;
    QPointer<EvaluationService> m_service;
    FlowAnimator *m_animator;
    // Both live in the scene, which deletes them on a rebuild.
    QPointer<BottleneckCallout> m_callout;
    QPointer<FlowLabelLayer> m_labels;
    QHash<QString, int> m_index; // component id -> network index
    QHash<ConnectionId, Flow> m_flows; // what each connection carries per user
    // Items with what they show, looked up once per document or network
    // change, so that a slider move walks two arrays and hashes nothing.
    struct ComponentBinding {
        ComponentItem *item;
        int index; // into the network, or -1
        bool down; // failed as a what-if (read once per network, not per move)
        // What the item shows (only the binder gives items their loads):
        // a move compares here without reaching into thousands of items.
        std::optional<ComponentLoad> shown;
    };
    struct ConnectionBinding {
        ConnectionItem *item = nullptr;
        ConnectionId id;
        Flow flow; // per user along it, to the receiver's network index (or -1)
        // What the item shows, for the same reason as a component's.
        std::optional<ConnectionFlow> shown;
        // Its rate label as last shown.
        double rate = 0;
        bool failing = false;
        double labelRate = -1;  // the rounded rate the label shows
        double labelSource = 0; // the rate it was made from
        QPointF anchor;
        int slot = -1; // in the label layer, or -1 without a label
    };
    std::vector<ComponentBinding> m_componentBindings;
    std::vector<ConnectionBinding> m_connectionBindings;
    // What each binding shows next, worked out before any item is told: a
    // move that changes many asks the view for one whole repaint first, so
    // that the items' own repaint requests cost nothing.
    std::vector<std::optional<ComponentLoad>> m_nextLoads;
    std::vector<ConnectionFlow> m_nextFlows;
    std::vector<FlowLabelLayer::RateLabel> m_rateLabels; // reused every move
    bool m_bound = false;
    CanvasObstacles m_obstacles;            // components, group headers and placed labels
    bool m_layoutDirty = true;              // lines moved or items came and went
    QTimer m_reapply; // new items after a document change get figures on the next turn
    int m_changes = 0;
};

} // namespace scalescope
