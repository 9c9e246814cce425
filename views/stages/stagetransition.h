#pragma once
// The animated change from one stage to the next on the canvas. The scene
// always holds the new stage's items in their final state; the transition
// only decorates that for about a second: what the stage adds fades in, what
// it removes fades out as a ghost picture of the old item, moved components
// glide (their arrows follow) and group boxes resize, and a ring travels from
// the old first-to-break component to the new one.
//
// One QVariantAnimation drives everything. finish() (a click on the canvas,
// a second press, any edit of the document) jumps to the final state: no
// ghost, no ring, every item where and as a freshly built scene has it.

#include "document.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>

#include <memory>
#include <optional>
#include <vector>

class QGraphicsEllipseItem;
class QVariantAnimation;

namespace scalescope {

class CanvasScene;

class StageTransition : public QObject {
    Q_OBJECT
public:
    static constexpr int kDurationMs = 1000;

    explicit StageTransition(CanvasScene *scene, QObject *parent = nullptr);
    ~StageTransition() override;

    // Before the document switches to `next`: remembers where things are and
    // takes ghost pictures of the items `next` no longer has.
    void capture(const Architecture &next);
    // After the switch: starts animating from the captured state.
    void start();
    bool isRunning() const;
    // Ends in the final state at once (safe to call at any time).
    void finish();

    // For tests and screenshots: the animation to step with setCurrentTime().
    QVariantAnimation *animation() const { return m_animation; }
    // The travelling bottleneck ring while running, else null.
    QGraphicsEllipseItem *marker() const { return m_layer ? m_marker : nullptr; }
    // Items added by the transition itself (ghosts and the ring).
    int decorationCount() const;

signals:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(double t);
    void clearDecorations();
    QPointF componentCentre(const QString &id) const;

    QPointer<CanvasScene> m_scene;
    QVariantAnimation *m_animation;
    bool m_captured = false;
    bool m_running = false;
    // Captured before the switch.
    Architecture m_before;
    Architecture m_after;
    std::optional<QPointF> m_markerFrom;
    // Prepared at start().
    struct Glide {
        QString id;
        QPointF from;
        QPointF to;
    };
    struct Resize {
        QString id;
        QRectF from;
        QRectF to;
    };
    std::vector<Glide> m_glides;
    std::vector<Resize> m_resizes;
    QStringList m_fadeInComponents;
    QStringList m_fadeInGroups;
    std::vector<std::pair<QString, QString>> m_fadeInConnections;
    // Ghosts and the ring are children of one layer item; the scene deletes
    // it with everything else when it rebuilds (the pointer then goes null).
    QPointer<QGraphicsObject> m_layer;
    int m_ghostCount = 0;
    QGraphicsEllipseItem *m_marker = nullptr; // a child of m_layer
    std::optional<QPointF> m_markerTo;
};

} // namespace scalescope
