#include "flowanimator.h"

#include "canvas/bottleneckcallout.h"
#include "canvas/connectionitem.h"

#include <QEvent>
#include <QGraphicsView>

#include <algorithm>

namespace scalescope {

FlowAnimator::FlowAnimator(QGraphicsScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene)
{
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &FlowAnimator::tick);
}

void FlowAnimator::setItems(std::vector<ConnectionItem *> connections, BottleneckCallout *callout)
{
    m_connections = std::move(connections);
    m_callout = callout;
    watchViews();
    startIfUseful();
}

void FlowAnimator::clearItems()
{
    m_connections.clear();
    m_callout = nullptr;
    m_timer.stop();
}

void FlowAnimator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        startIfUseful();
    else
        m_timer.stop();
}

bool FlowAnimator::hasMotion() const
{
    return !m_connections.empty() || (m_callout && m_callout->isPulsing());
}

void FlowAnimator::startIfUseful()
{
    if (m_enabled && !m_timer.isActive() && hasMotion() && !visibleSceneRects().empty()) {
        m_clock.start();
        m_timer.start();
    }
}

void FlowAnimator::watchViews()
{
    // A view that paints is visible again: the viewport's paint restarts the clock.
    m_watched.erase(std::remove_if(m_watched.begin(), m_watched.end(), [](const QPointer<QWidget> &w) { return !w; }),
                    m_watched.end());
    for (QGraphicsView *view : m_scene->views()) {
        QWidget *viewport = view->viewport();
        if (std::find(m_watched.begin(), m_watched.end(), viewport) == m_watched.end()) {
            viewport->installEventFilter(this);
            m_watched.emplace_back(viewport);
        }
    }
}

bool FlowAnimator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_timer.isActive())
        startIfUseful();
    return QObject::eventFilter(watched, event);
}

std::vector<FlowAnimator::Visible> FlowAnimator::visibleSceneRects() const
{
    std::vector<Visible> rects;
    for (QGraphicsView *view : m_scene->views()) {
        if (!view->isVisible() || view->window()->isMinimized() || view->viewport()->visibleRegion().isEmpty())
            continue;
        rects.push_back({view->mapToScene(view->viewport()->rect()).boundingRect(),
                         view->transform().m11() >= ConnectionItem::kDetailZoom});
    }
    return rects;
}

int FlowAnimator::advance(double seconds)
{
    const std::vector<Visible> visible = visibleSceneRects();
    // Dots only where the view is close enough to draw them; the pulse at any zoom.
    const auto shown = [&visible](const QGraphicsItem *item, bool needsDetail) {
        const QRectF r = item->sceneBoundingRect();
        return std::any_of(visible.begin(), visible.end(), [&](const Visible &v) {
            return (v.detailed || !needsDetail) && v.rect.intersects(r);
        });
    };
    int moved = 0;
    for (ConnectionItem *item : m_connections) {
        if (item->isFlowing() && shown(item, true)) {
            item->advanceFlow(seconds);
            ++moved;
        }
    }
    if (m_callout && m_callout->isPulsing() && shown(m_callout, false)) {
        m_callout->advancePulse(seconds);
        ++moved;
    }
    // Merging hundreds of small dirty rectangles costs the view more than
    // repainting everything it shows.
    if (moved > kManyMoved)
        m_scene->update();
    return moved;
}

void FlowAnimator::tick()
{
    // Never jump after a stall (a slow frame, a breakpoint): at most 0.1 s a frame.
    const double seconds = std::min(0.1, double(m_clock.restart()) / 1000.0);
    if (advance(seconds) == 0)
        m_timer.stop(); // nothing in sight moves: wait until a view paints again
}

} // namespace scalescope
