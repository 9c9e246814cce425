#pragma once
// The canvas as the workshop shows it: the main window's scene (so the same
// live load colours) in a view of its own that always fits the whole
// diagram, on the canvas's plain ground without the editing grid, and read-only
// (wheel zoom and middle-button pan still work; nothing can be dragged).

#include "canvas/canvasview.h"

namespace scalescope {

class PresentationCanvas : public CanvasView {
    Q_OBJECT
public:
    explicit PresentationCanvas(CanvasScene *scene, QWidget *parent = nullptr);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
};

} // namespace scalescope
