#pragma once
// The window onto the canvas: zoom with the wheel around the pointer, pan
// with the middle button or Space+drag, rubber-band selection, fit to view,
// palette drops (which the scene turns into add commands) and right-click
// menus.

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QMenu>
#include <QPointer>

#include <vector>

class QAction;

namespace scalescope {

class CanvasScene;

class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }

    // What a right-click is on, each with its own menu.
    enum class MenuTarget { Canvas, Component, Group, Connection };
    // The actions a right-click on `target` offers: the window's own, so
    // their shortcuts and enabled states show; null is a separator. A
    // right-click on an item not yet selected selects it alone first, so
    // the actions apply to what was clicked.
    void setContextActions(MenuTarget target, const QList<QAction *> &actions);
    // The menu open now, or null (tests look into it).
    QMenu *contextMenu() const { return m_menu; }

    double zoom() const;
    // Component labels (and the figures under them) drawn at least this many
    // pixels high however far out the view is zoomed; 0: as the zoom makes
    // them. The editor reads them at kEditorLabelPixels, the workshop larger.
    static constexpr double kEditorLabelPixels = 9;
    void setMinimumLabelPixels(double pixels);
    double minimumLabelPixels() const { return m_minimumLabelPixels; }
    // Zoomed out so far that the items' captions would be smaller than that:
    // the view draws them itself at the minimum size, over everything, as
    // many as fit without covering each other or other icons (the selected
    // first, then the bottleneck, then from the top left; captionlayout.h).
    bool drawsCaptions() const;
    // The captions the last paint drew, by component id, in viewport pixels.
    struct DrawnCaption {
        QString id;
        QRectF rect;
        friend bool operator==(const DrawnCaption &, const DrawnCaption &) = default;
    };
    const std::vector<DrawnCaption> &drawnCaptions() const { return m_captions; }
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
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void panBy(const QPoint &delta);
    // More components reach into `area` (scene coordinates) than captions
    // are drawn for.
    bool tooManyToCaption(const QRectF &area) const;
    void updatePanCursor();

    CanvasScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
    QHash<MenuTarget, QList<QAction *>> m_contextActions;
    QPointer<QMenu> m_menu;
    double m_minimumLabelPixels = kEditorLabelPixels;
    std::vector<DrawnCaption> m_captions;
    // Fitted and not zoomed or panned since: a new viewport size (a window
    // resized, scroll bars that come or go) fits again.
    bool m_fitted = false;
};

} // namespace scalescope
