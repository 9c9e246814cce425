#pragma once
// The window onto the canvas: zoom with the wheel around the pointer, pan
// with the middle button or Space+drag, rubber-band selection, fit to view,
// and palette drops (which the scene turns into add commands).

#include <QGraphicsView>

namespace scalescope {

class CanvasScene;

class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }

    double zoom() const;
    // Zooms by a factor keeping the scene point under `viewPos` in place.
    void zoomAt(double factor, const QPoint &viewPos);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToContents();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void panBy(const QPoint &delta);
    void updatePanCursor();

    CanvasScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
};

} // namespace scalescope
