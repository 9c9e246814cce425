#include "sceneloadbinder.h"

#include "canvas/bottleneckcallout.h"
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/connectionrouter.h"
#include "canvas/flowlabellayout.h"
#include "canvas/wholerepaint.h"
#include "connectionrates.h"
#include "document/scenariodocument.h"
#include "flowanimator.h"
#include "flowstyle.h"
#include "idletraffic.h"
#include "live/evaluationservice.h"
#include "report.h"

#include <cmath>

namespace scalescope {

namespace {

// Finer than the ring or the percentage can show: a change below this
// leaves the item's picture as it is, so it is not worth a repaint.
double visible(double share)
{
    if (std::isnan(share))
        return 0;
    return std::isfinite(share) ? std::round(share * 1000) / 1000 : share;
}

// The items lie scattered on the heap, and a big move tells most of them
// something: asking for one a few bindings ahead overlaps the waits for
// memory instead of taking them one after the other.
template<typename Binding>
void prefetchItem(const std::vector<Binding> &bindings, size_t i)
{
    constexpr size_t kAhead = 8;
    if (i + kAhead < bindings.size())
        __builtin_prefetch(bindings[i + kAhead].item);
}

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

} // namespace

SceneLoadBinder::SceneLoadBinder(CanvasScene *scene, EvaluationService *service, QObject *parent)
    : QObject(parent ? parent : scene)
    , m_scene(scene)
    , m_service(service)
    , m_animator(new FlowAnimator(scene, this))
{
    m_reapply.setSingleShot(true);
    m_reapply.setInterval(0);
    connect(&m_reapply, &QTimer::timeout, this, &SceneLoadBinder::apply);

    connect(service, &EvaluationService::networkChanged, this, &SceneLoadBinder::indexNetwork);
    connect(service, &EvaluationService::evaluated, this, &SceneLoadBinder::apply);
    connect(service, &EvaluationService::failed, this, &SceneLoadBinder::apply);

    // The scene reacts to these first (it was connected first) and may have
    // deleted items: forget them before anything can touch them again.
    ScenarioDocument *document = scene->document();
    for (auto signal : {&ScenarioDocument::componentRemoved, &ScenarioDocument::componentAdded})
        connect(document, signal, this, [this] { forgetItems(); });
    for (auto signal : {&ScenarioDocument::connectionRemoved, &ScenarioDocument::connectionAdded})
        connect(document, signal, this, [this] { forgetItems(); });
    connect(document, &ScenarioDocument::documentReset, this, &SceneLoadBinder::forgetItems);
    // Lines and boxes moved: labels and the callout find their places again
    // (on the next turn, once per burst of moves). The callout itself follows
    // its component at once, also while it is dragged.
    connect(scene, &CanvasScene::componentMoved, this, [this](const QString &id) {
        markLayoutDirty();
        if (m_callout && m_callout->isVisible() && m_callout->content().componentId == id)
            m_callout->setPos(m_scene->componentItem(id)->pos());
    });
    connect(document, &ScenarioDocument::componentChanged, this, &SceneLoadBinder::markLayoutDirty);
    // The callout's text keeps a readable size on screen: a zoom resizes its box.
    connect(scene, &CanvasScene::viewZoomed, this, &SceneLoadBinder::placeCallout);
    // A big diagram's searched routes arrive after its first frames: the
    // labels move onto them.
    connect(scene->router(), &ConnectionRouter::settled, this, &SceneLoadBinder::markLayoutDirty);
    connect(document, &ScenarioDocument::groupChanged, this, &SceneLoadBinder::markLayoutDirty);
    // A scene deleted before its binder (another parent) took its items along.
    connect(scene, &QObject::destroyed, this, [this] { forgetItems(); });
    indexNetwork();
    apply();
}

BottleneckCallout *SceneLoadBinder::callout() const
{
    return m_callout && m_callout->isVisible() ? m_callout.data() : nullptr;
}

void SceneLoadBinder::indexNetwork()
{
    m_bound = false;
    m_index.clear();
    m_flows.clear();
    if (!m_service || !m_service->hasNetwork())
        return;
    const Network &n = m_service->network();
    for (size_t i = 0; i < n.components.size(); ++i) {
        const ComponentModel &m = n.components[i];
        m_index.insert(m.id, int(i));
        for (const Flow &f : m.sent)
            m_flows.insert(ConnectionId(m.id, n.components[size_t(f.to)].id), f);
    }
}

void SceneLoadBinder::forgetItems()
{
    m_animator->clearItems();
    m_bound = false;
    m_componentBindings.clear();
    m_connectionBindings.clear();
    markLayoutDirty();
}

void SceneLoadBinder::bindItems()
{
    const Architecture &a = m_scene->document()->architecture();
    const Network &n = m_service->network();
    m_componentBindings.clear();
    m_componentBindings.reserve(a.components.size());
    for (const Component &c : a.components)
        if (ComponentItem *item = m_scene->componentItem(c.id)) {
            const int index = m_index.value(c.id, -1);
            m_componentBindings.push_back({item, index, index >= 0 && n.components[size_t(index)].down, item->load()});
        }
    m_connectionBindings.clear();
    m_connectionBindings.reserve(a.connections.size());
    for (const Connection &c : a.connections) {
        const ConnectionId id(c.from, c.to);
        if (ConnectionItem *item = m_scene->connectionItem(c.from, c.to)) {
            ConnectionBinding b;
            b.item = item;
            b.id = id;
            b.shown = item->flow();
            b.flow = m_flows.value(id, Flow{m_index.value(c.to, -1), 0.0});
            // Why the model ignores it, when it does: the line greys and says so.
            item->setIdleReason(b.flow.perUser > 0 ? QString()
                                                   : idleConnectionReason(m_service->network(), m_index.value(c.from, -1),
                                                                          m_index.value(c.to, -1)).value_or(QString()));
            m_connectionBindings.push_back(b);
        }
    }
    m_bound = true;
}

void SceneLoadBinder::markLayoutDirty()
{
    m_layoutDirty = true;
    scheduleApply();
}

void SceneLoadBinder::scheduleApply()
{
    if (!m_reapply.isActive())
        m_reapply.start();
}

void SceneLoadBinder::apply()
{
    m_reapply.stop();
    m_changes = 0;
    if (!m_scene)
        return;
    const bool usable = m_service && m_service->hasNetwork()
                        && m_service->evaluation().components.size() == m_service->network().components.size();
    if (!usable) {
        clearAll();
        return;
    }
    if (!m_bound)
        bindItems();
    // Many small updates cost the view more to merge into one region than
    // repainting all of it: past a few dozen, ask for the whole, before the
    // items would ask for their parts (skipped then: wholerepaint.h).
    const bool many = prepareComponents() + prepareConnections() > kManyChanges;
    if (many)
        m_scene->update();
    std::vector<ConnectionItem *> flowing;
    {
        const WholeRepaintAsked whole(many); // the items' own requests are covered
        applyComponents();
        flowing = applyConnections();
    }
    applyLabels();
    applyBottleneck();
    m_animator->setItems(std::move(flowing), m_callout);
}

int SceneLoadBinder::prepareComponents()
{
    const Evaluation &e = m_service->evaluation();
    m_nextLoads.resize(m_componentBindings.size());
    int changes = 0;
    for (size_t i = 0; i < m_componentBindings.size(); ++i) {
        const ComponentBinding &b = m_componentBindings[i];
        std::optional<ComponentLoad> &load = m_nextLoads[i];
        load.reset();
        if (b.index >= 0) {
            const ComponentResult &r = e.components[size_t(b.index)];
            if (b.down)
                load = ComponentLoad{0, r.instances, 1, true};
            else if (r.busiest >= 0) // users and pass-through services have nothing to fill
                load = ComponentLoad{visible(r.utilization), r.instances, visible(r.errorShare), false};
        }
        changes += b.shown != load ? 1 : 0;
    }
    return changes;
}

int SceneLoadBinder::prepareConnections()
{
    const Evaluation &e = m_service->evaluation();
    m_nextFlows.resize(m_connectionBindings.size());
    int changes = 0;
    for (size_t i = 0; i < m_connectionBindings.size(); ++i) {
        ConnectionBinding &b = m_connectionBindings[i];
        b.rate = flowRate(b.flow, e.users);
        b.failing = connectionFailing(e, b.flow); // the model says when
        m_nextFlows[i] = FlowStyle::flow(b.rate, b.failing);
        changes += b.shown != m_nextFlows[i] ? 1 : 0;
    }
    return changes;
}

void SceneLoadBinder::applyComponents()
{
    for (size_t i = 0; i < m_componentBindings.size(); ++i) {
        ComponentBinding &b = m_componentBindings[i];
        prefetchItem(m_componentBindings, i);
        if (b.shown != m_nextLoads[i]) {
            b.item->setLoad(m_nextLoads[i]);
            b.shown = m_nextLoads[i];
            ++m_changes;
        }
    }
}

std::vector<ConnectionItem *> SceneLoadBinder::applyConnections()
{
    std::vector<ConnectionItem *> flowing;
    for (size_t i = 0; i < m_connectionBindings.size(); ++i) {
        ConnectionBinding &b = m_connectionBindings[i];
        prefetchItem(m_connectionBindings, i);
        if (b.shown != m_nextFlows[i]) {
            b.item->setFlow(m_nextFlows[i]);
            b.shown = m_nextFlows[i];
            ++m_changes;
        }
        if (m_nextFlows[i].speed > 0) // the item's isFlowing(), without reaching into it
            flowing.push_back(b.item);
        if ((b.rate > 0) != (b.slot >= 0))
            m_layoutDirty = true; // a label comes or goes: places change
    }
    return flowing;
}

void SceneLoadBinder::applyLabels()
{
    if (!m_labels) {
        m_labels = new FlowLabelLayer;
        m_scene->addItem(m_labels);
        m_layoutDirty = true;
    }
    // Places only change when lines moved or labels came or went.
    if (m_layoutDirty) {
        std::vector<ConnectionId> ids;
        std::vector<const ConnectionItem *> items;
        for (ConnectionBinding &b : m_connectionBindings) {
            b.slot = -1;
            if (b.rate > 0) {
                b.slot = int(ids.size());
                ids.push_back(b.id);
                items.push_back(b.item);
            }
        }
        m_scene->router()->flush(); // labels sit on the routes as they will be drawn
        FlowLabelPlacement placement = layoutFlowLabels(*m_scene, std::move(items));
        for (ConnectionBinding &b : m_connectionBindings)
            if (b.slot >= 0)
                b.anchor = placement.anchors[size_t(b.slot)];
        m_obstacles = std::move(placement.obstacles);
        m_labels->setSlots(std::move(ids));
        m_layoutDirty = false;
        placeCallout();
    }
    std::vector<FlowLabelLayer::RateLabel> &labels = m_rateLabels;
    labels.resize(size_t(m_labels->slotCount()));
    for (ConnectionBinding &b : m_connectionBindings) {
        if (b.slot < 0)
            continue;
        // The text only changes with the rounded rate; the layer makes it
        // when the label is drawn (never, zoomed too far out to read).
        if (const double shown = FlowStyle::shownRate(b.rate); shown != b.labelRate) {
            b.labelRate = shown;
            b.labelSource = b.rate;
        }
        labels[size_t(b.slot)] = FlowLabelLayer::RateLabel{b.labelSource, b.anchor, b.failing};
    }
    m_changes += m_labels->setRateLabels(labels, &FlowStyle::label);
}

void SceneLoadBinder::applyBottleneck()
{
    const Network &n = m_service->network();
    const Evaluation &e = m_service->evaluation();
    const int b = e.bottleneckComponent;
    const int resource = e.bottleneckResource;
    ComponentItem *item = b >= 0 && resource >= 0 ? m_scene->componentItem(n.components[size_t(b)].id) : nullptr;
    if (!item) {
        if (m_callout && m_callout->isVisible()) {
            m_callout->hide();
            ++m_changes;
        }
        return;
    }
    const ComponentModel &m = n.components[size_t(b)];
    const ComponentResult &r = e.components[size_t(b)];
    BottleneckCallout::Content content;
    content.componentId = m.id;
    content.text = describeLoad(m, resource, r.resources[size_t(resource)]);
    if (r.utilization >= 1) {
        content.severity = BottleneckCallout::Severity::Saturated;
        content.title = tr("Saturated: %1 of its requests fail").arg(percentText(r.errorShare));
    } else if (r.utilization >= kStrained) {
        content.severity = BottleneckCallout::Severity::Strained;
        content.title = tr("Bottleneck: close to its limit");
    } else {
        content.severity = BottleneckCallout::Severity::Calm;
        content.title = tr("Busiest resource");
    }
    if (!m_callout) {
        m_callout = new BottleneckCallout;
        m_scene->addItem(m_callout);
    }
    if (m_callout->content() != content || !m_callout->isVisible()) {
        m_callout->setContent(content);
        m_callout->show();
        placeCallout(); // another component, or a box of another size
        ++m_changes;
    }
}

void SceneLoadBinder::placeCallout()
{
    if (!m_callout || !m_scene || !m_callout->isVisible())
        return;
    if (const ComponentItem *item = m_scene->componentItem(m_callout->content().componentId))
        m_callout->placeAt(item->pos(), m_obstacles);
}

void SceneLoadBinder::clearAll()
{
    m_animator->clearItems();
    m_bound = false; // bound again with what the items show now
    for (const Component &c : m_scene->document()->architecture().components)
        if (ComponentItem *item = m_scene->componentItem(c.id); item && item->load()) {
            item->setLoad(std::nullopt);
            ++m_changes;
        }
    for (const Connection &c : m_scene->document()->architecture().connections)
        if (ConnectionItem *item = m_scene->connectionItem(c.from, c.to)) {
            item->setIdleReason(QString());
            if (item->flow()) {
                item->setFlow(std::nullopt);
                ++m_changes;
            }
        }
    if (m_labels && m_labels->slotCount() > 0) {
        m_changes += m_labels->slotCount();
        m_labels->setSlots({});
    }
    m_layoutDirty = true;
    if (m_callout && m_callout->isVisible()) {
        m_callout->hide();
        ++m_changes;
    }
}

} // namespace scalescope
