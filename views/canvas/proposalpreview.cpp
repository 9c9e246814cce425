#include "proposalpreview.h"

#include "antialiasingkept.h"
#include "canvasscene.h"
#include "componentitem.h"
#include "document/scenariodocument.h"
#include "iconlibrary.h"
#include "stages.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QPainter>
#include <QPen>
#include <QSvgRenderer>

#include <utility>

namespace scalescope {

namespace {

const QColor kGhost(0x1F, 0x6F, 0xEB); // the selection blue: "this is what would come"
constexpr double kZ = 50;              // above the diagram, below the callout

// A component the step adds: its icon faint, in a dashed box, with its label.
class GhostComponent : public QGraphicsItem {
public:
    GhostComponent(IconLibrary *icons, Component component) : m_icons(icons), m_component(std::move(component))
    {
        setPos(m_component.position.x, m_component.position.y);
        setZValue(kZ);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QRectF boundingRect() const override { return {-72, -40, 144, 110}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const AntialiasingKept kept(painter);
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = kGhost;
        fill.setAlpha(24);
        painter->setPen(QPen(kGhost, 1.5, Qt::DashLine));
        painter->setBrush(fill);
        const double half = ComponentItem::kIconSize / 2 + 10;
        painter->drawRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), 8, 8);
        if (QSvgRenderer *r = m_icons ? m_icons->renderer(m_component.kind) : nullptr) {
            painter->setOpacity(0.45);
            const double icon = ComponentItem::kIconSize / 2;
            r->render(painter, QRectF(-icon, -icon, 2 * icon, 2 * icon));
            painter->setOpacity(1);
        }
        painter->setPen(kGhost);
        QFont f; // the application's, not what the item painted before left
        f.setItalic(true);
        painter->setFont(f);
        painter->drawText(QRectF(-72, 40, 144, 30), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                          m_component.label.isEmpty() ? m_component.id : m_component.label);
    }

private:
    IconLibrary *m_icons;
    Component m_component;
};

QPointF centre(const Architecture &a, const QString &id)
{
    const Component *c = a.component(id);
    return c ? QPointF(c->position.x, c->position.y) : QPointF();
}

} // namespace

ProposalPreview::ProposalPreview(CanvasScene *scene) : m_scene(scene) {}

ProposalPreview::~ProposalPreview() { clear(); }

void ProposalPreview::show(const std::vector<Edit> &edits)
{
    clear();
    if (!m_scene)
        return;
    const Architecture &before = m_scene->document()->architecture();
    Architecture after = before;
    for (const Edit &e : edits)
        if (!applyEdit(after, e, nullptr))
            return; // the advisor's steps apply; a stale one shows nothing
    const auto add = [this](QGraphicsItem *item) {
        m_scene->addItem(item);
        m_items.push_back(item);
    };
    // Lines first, so the ghost boxes sit on their ends.
    for (const Connection &c : after.connections) {
        if (before.connectionIndex(c.from, c.to) >= 0)
            continue;
        auto *line = new QGraphicsLineItem(QLineF(centre(after, c.from), centre(after, c.to)));
        line->setPen(QPen(kGhost, 2, Qt::DashLine, Qt::RoundCap));
        line->setZValue(kZ - 1);
        line->setAcceptedMouseButtons(Qt::NoButton);
        add(line);
    }
    for (const Component &c : after.components) {
        const Component *old = before.component(c.id);
        if (!old) {
            m_added << c.id;
            add(new GhostComponent(m_scene->icons(), c));
        } else if (!(*old == c)) {
            m_changed << c.id;
            auto *ring = new QGraphicsEllipseItem(-40, -40, 80, 80);
            ring->setPos(c.position.x, c.position.y);
            ring->setPen(QPen(kGhost, 2.5, Qt::DashLine));
            ring->setZValue(kZ);
            ring->setAcceptedMouseButtons(Qt::NoButton);
            add(ring);
        }
    }
    // A step placed beside the diagram would ghost out of sight: the views
    // scroll just enough to show it (nothing moves when it is in view).
    QRectF shown;
    for (const QGraphicsItem *item : m_items)
        shown |= item->sceneBoundingRect();
    for (QGraphicsView *view : m_scene->views())
        view->ensureVisible(shown, 24, 24);
}

void ProposalPreview::clear()
{
    if (m_scene)
        for (QGraphicsItem *item : m_items) {
            m_scene->removeItem(item);
            delete item;
        }
    m_items.clear();
    m_added.clear();
    m_changed.clear();
}

} // namespace scalescope
