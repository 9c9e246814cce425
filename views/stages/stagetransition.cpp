#include "stagetransition.h"

#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "canvas/groupitem.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"

#include <QEasingCurve>
#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsPixmapItem>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QVariantAnimation>

#include <algorithm>

namespace scalescope {

namespace {

constexpr double kRingRadius = 40;
constexpr double kRingTravelEnd = 0.7; // share of the time the ring travels; then it fades

QPointF lerp(const QPointF &a, const QPointF &b, double t) { return a + (b - a) * t; }

QRectF lerp(const QRectF &a, const QRectF &b, double t)
{
    return QRectF(lerp(a.topLeft(), b.topLeft(), t), lerp(a.bottomRight(), b.bottomRight(), t));
}

QRectF toRect(const Rect &r) { return QRectF(r.x, r.y, r.width, r.height); }

// A picture of an item as it is painted now, placed where it is, that the
// scene can keep showing after the item itself is gone.
// Holds the transition's decorations; draws nothing itself.
class DecorationLayer : public QGraphicsObject {
public:
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

QGraphicsPixmapItem *ghostOf(QGraphicsItem *item, QGraphicsItem *layer)
{
    const QRectF bounds = item->boundingRect().adjusted(-1, -1, 1, 1);
    QImage image(bounds.size().toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-bounds.topLeft());
        QStyleOptionGraphicsItem option;
        option.exposedRect = bounds;
        item->paint(&painter, &option, nullptr);
    }
    auto *ghost = new QGraphicsPixmapItem(QPixmap::fromImage(image), layer);
    ghost->setPos(item->scenePos() + bounds.topLeft());
    ghost->setZValue(item->zValue());
    ghost->setAcceptedMouseButtons(Qt::NoButton);
    ghost->setAcceptHoverEvents(false);
    return ghost;
}

QString connectionKey(const Connection &c) { return c.from + QChar(0x1f) + c.to; }

} // namespace

StageTransition::StageTransition(CanvasScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene), m_animation(new QVariantAnimation(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kDurationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        if (m_running)
            step(v.toDouble());
    });
    connect(m_animation, &QVariantAnimation::finished, this, &StageTransition::finish);
    // Editing never waits for the film: any change ends it first.
    ScenarioDocument *document = scene->document();
    connect(document, &ScenarioDocument::changed, this, [this] {
        if (m_running)
            finish();
    });
    scene->installEventFilter(this);
}

StageTransition::~StageTransition()
{
    m_animation->stop();
    clearDecorations();
}

bool StageTransition::isRunning() const { return m_running; }

int StageTransition::decorationCount() const { return m_layer ? m_ghostCount + (m_marker ? 1 : 0) : 0; }

QPointF StageTransition::componentCentre(const QString &id) const
{
    const ComponentItem *item = m_scene->componentItem(id);
    if (!item)
        return {};
    return item->mapToScene(item->connectionBounds().center());
}

void StageTransition::capture(const Architecture &next)
{
    finish();
    if (!m_scene)
        return;
    m_before = m_scene->document()->architecture();
    m_after = next;
    m_captured = true;
    clearDecorations();
    m_layer = new DecorationLayer;
    m_layer->setZValue(10000);
    m_layer->setAcceptedMouseButtons(Qt::NoButton);

    QSet<QString> nextComponents, nextGroups, nextConnections;
    for (const Component &c : next.components)
        nextComponents.insert(c.id);
    for (const Group &g : next.groups)
        nextGroups.insert(g.id);
    for (const Connection &c : next.connections)
        nextConnections.insert(connectionKey(c));

    const auto ghost = [this](QGraphicsItem *item) {
        if (!item)
            return;
        ghostOf(item, m_layer);
        ++m_ghostCount;
    };
    for (const Connection &c : m_before.connections)
        if (!nextConnections.contains(connectionKey(c)))
            ghost(m_scene->connectionItem(c.from, c.to));
    for (const Component &c : m_before.components)
        if (!nextComponents.contains(c.id))
            ghost(m_scene->componentItem(c.id));
    for (const Group &g : m_before.groups)
        if (!nextGroups.contains(g.id))
            ghost(m_scene->groupItem(g.id));

    m_markerFrom.reset();
    // The owner still holds the stage being left.
    const QString oldLimit = EvaluationService::of(m_scene->document())->firstToBreak();
    if (!oldLimit.isEmpty() && m_scene->componentItem(oldLimit))
        m_markerFrom = componentCentre(oldLimit);
}

void StageTransition::start()
{
    if (!m_captured || !m_scene)
        return;
    m_captured = false;
    const Architecture &now = m_scene->document()->architecture();
    if (!(now == m_after)) {
        // Something else happened in between: show the final state only.
        clearDecorations();
        return;
    }
    m_glides.clear();
    m_resizes.clear();
    m_fadeInComponents.clear();
    m_fadeInGroups.clear();
    m_fadeInConnections.clear();

    for (const Component &c : now.components) {
        const Component *old = m_before.component(c.id);
        if (!old)
            m_fadeInComponents << c.id;
        else if (!(old->position == c.position))
            m_glides.push_back({c.id, QPointF(old->position.x, old->position.y), QPointF(c.position.x, c.position.y)});
    }
    for (const Group &g : now.groups) {
        const Group *old = m_before.group(g.id);
        if (!old)
            m_fadeInGroups << g.id;
        else if (!(old->rect == g.rect))
            m_resizes.push_back({g.id, toRect(old->rect), toRect(g.rect)});
    }
    for (const Connection &c : now.connections)
        if (m_before.connectionIndex(c.from, c.to) < 0)
            m_fadeInConnections.emplace_back(c.from, c.to);

    if (!m_layer)
        return;
    m_scene->addItem(m_layer);

    m_markerTo.reset();
    // The owner followed the switch already (it recompiles on every change).
    const QString newLimit = EvaluationService::of(m_scene->document())->firstToBreak();
    if (!newLimit.isEmpty() && m_scene->componentItem(newLimit))
        m_markerTo = componentCentre(newLimit);
    if (m_markerTo) {
        m_marker = new QGraphicsEllipseItem(-kRingRadius, -kRingRadius, 2 * kRingRadius, 2 * kRingRadius, m_layer);
        m_marker->setPen(QPen(QColor(0xd1, 0x3c, 0x1f), 5));
        m_marker->setBrush(Qt::NoBrush);
        m_marker->setAcceptedMouseButtons(Qt::NoButton);
    }

    m_running = true;
    step(0);
    m_animation->stop();
    m_animation->setCurrentTime(0);
    m_animation->start();
}

void StageTransition::step(double t)
{
    for (const QString &id : std::as_const(m_fadeInComponents))
        if (ComponentItem *item = m_scene->componentItem(id))
            item->setOpacity(t);
    for (const QString &id : std::as_const(m_fadeInGroups))
        if (GroupItem *item = m_scene->groupItem(id))
            item->setOpacity(t);
    for (const auto &[from, to] : m_fadeInConnections)
        if (ConnectionItem *item = m_scene->connectionItem(from, to))
            item->setOpacity(t);
    for (const Glide &g : m_glides)
        if (ComponentItem *item = m_scene->componentItem(g.id))
            item->setPos(lerp(g.from, g.to, t)); // its arrows follow
    for (const Resize &r : m_resizes)
        if (GroupItem *item = m_scene->groupItem(r.id))
            item->setPreviewRect(lerp(r.from, r.to, t));
    if (!m_layer)
        return;
    for (QGraphicsItem *child : m_layer->childItems())
        if (child != m_marker)
            child->setOpacity(1 - t);
    if (m_marker && m_markerTo) {
        const QPointF from = m_markerFrom.value_or(*m_markerTo);
        const double travel = std::min(1.0, t / kRingTravelEnd);
        m_marker->setPos(lerp(from, *m_markerTo, travel));
        m_marker->setOpacity(t <= kRingTravelEnd ? 1.0 : std::max(0.0, (1 - t) / (1 - kRingTravelEnd)));
    }
}

void StageTransition::finish()
{
    m_captured = false;
    if (!m_scene)
        return;
    if (!m_running) {
        clearDecorations();
        return;
    }
    m_running = false;
    m_animation->stop();
    // The final state is exactly what the scene built from the document.
    for (const QString &id : std::as_const(m_fadeInComponents))
        if (ComponentItem *item = m_scene->componentItem(id))
            item->setOpacity(1);
    for (const QString &id : std::as_const(m_fadeInGroups))
        if (GroupItem *item = m_scene->groupItem(id))
            item->setOpacity(1);
    for (const auto &[from, to] : m_fadeInConnections)
        if (ConnectionItem *item = m_scene->connectionItem(from, to))
            item->setOpacity(1);
    for (const Glide &g : m_glides)
        if (ComponentItem *item = m_scene->componentItem(g.id))
            item->syncFromDocument();
    for (const Resize &r : m_resizes)
        if (GroupItem *item = m_scene->groupItem(r.id))
            item->syncFromDocument();
    m_glides.clear();
    m_resizes.clear();
    m_fadeInComponents.clear();
    m_fadeInGroups.clear();
    m_fadeInConnections.clear();
    clearDecorations();
    emit finished();
}

void StageTransition::clearDecorations()
{
    delete m_layer.data(); // also takes it out of the scene
    m_layer.clear();
    m_marker = nullptr;
    m_ghostCount = 0;
}

bool StageTransition::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scene && watched == m_scene && m_running && event->type() == QEvent::GraphicsSceneMousePress)
        finish(); // the click still reaches the canvas
    return QObject::eventFilter(watched, event);
}

} // namespace scalescope
