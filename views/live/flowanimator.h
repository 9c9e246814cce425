#pragma once
// One clock for everything that moves on the canvas: the dots on every
// flowing connection and the bottleneck's pulse. A single timer drives them
// all (one animation per item would cost a timer and a repaint each), and
// only items inside a visible view move (dots only at a zoom that draws them).
//
// It stops when nothing in sight moves (views hidden, minimised, covered or
// showing no flow) and starts again when a view paints.

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace scalescope {

class BottleneckCallout;
class ConnectionItem;

class FlowAnimator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameMs = 33; // 30 frames a second is smooth enough for dots
    static constexpr int kManyMoved = 64; // from here a frame repaints the whole view

    explicit FlowAnimator(QGraphicsScene *scene, QObject *parent = nullptr);

    // What moves. The owner clears the list before the scene deletes items.
    void setItems(std::vector<ConnectionItem *> connections, BottleneckCallout *callout);
    void clearItems();

    // Off: everything stands still (export, tests, reduced motion).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isRunning() const { return m_timer.isActive(); }

    // One frame: moves what is visible by `seconds` (the timer passes the
    // time since the last frame). Returns how many items moved.
    int advance(double seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void startIfUseful();
    bool hasMotion() const;
    void watchViews();
    struct Visible {
        QRectF rect;   // what a view shows, in scene coordinates
        bool detailed; // zoomed in enough to draw dots
    };
    std::vector<Visible> visibleSceneRects() const;

    QGraphicsScene *m_scene;
    std::vector<ConnectionItem *> m_connections;
    QPointer<BottleneckCallout> m_callout;
    std::vector<QPointer<QWidget>> m_watched; // view viewports with our event filter
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_enabled = true;
};

} // namespace scalescope
