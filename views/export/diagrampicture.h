#pragma once
// A canvas scene as a picture: the items (never the grid or editing marks)
// with a margin, and optionally the utilisation legend and the figures box,
// placed below a wide diagram or beside a tall one.

#include "diagramfacts.h"
#include "exportpicture.h"

#include <QRectF>

class QGraphicsScene;

namespace scalescope {

struct OverlayOptions {
    bool legend = true;  // the utilisation colour scale
    bool figures = true; // users, bottleneck, ceiling, latency, availability, cost
};

class DiagramPicture : public ExportPicture {
public:
    static constexpr double kMargin = 24;
    static constexpr double kGap = 20;

    // `source` (scene coordinates) is the part of the scene to show; empty
    // means every item. A journey passes one rectangle for all its stages, so
    // components keep their place from one picture to the next.
    DiagramPicture(QGraphicsScene &scene, DiagramFacts facts, OverlayOptions overlay, QRectF source = {});

    QSizeF size() const override { return m_size; }
    QString title() const override;
    void paint(QPainter &painter) const override;

    // Where a scene point lands in the picture (logical pixels).
    QPointF mapFromScene(const QPointF &scenePos) const { return scenePos - m_source.topLeft() + m_diagramAt; }
    // The diagram's part of the picture.
    QRectF diagramArea() const { return QRectF(m_diagramAt, m_source.size()); }

private:
    void layOut();

    QGraphicsScene *m_scene;
    DiagramFacts m_facts;
    OverlayOptions m_overlay;
    QRectF m_source;    // scene coordinates
    QPointF m_diagramAt;
    QPointF m_figuresAt;
    QPointF m_legendAt;
    QSizeF m_size;
};

} // namespace scalescope
