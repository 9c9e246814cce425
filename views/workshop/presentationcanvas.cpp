#include "presentationcanvas.h"

#include "canvas/canvasscene.h"

#include <QPainter>

namespace scalescope {

namespace {
constexpr double kWorkshopLabelPixels = 15;
} // namespace

PresentationCanvas::PresentationCanvas(CanvasScene *scene, QWidget *parent)
    : CanvasView(scene, parent)
{
    setInteractive(false);
    setDragMode(NoDrag);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Labels readable from the back of a room at any fitted zoom. They then
    // reach past their items' bounds, so every update repaints the view whole.
    setMinimumLabelPixels(kWorkshopLabelPixels);
    setViewportUpdateMode(FullViewportUpdate);
}

void PresentationCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The scene's background without its grid, in this view only; the
    // editor keeps its grid.
    const auto *canvas = qobject_cast<const CanvasScene *>(scene());
    painter->fillRect(rect, canvas ? canvas->colors().background : QColor(Qt::white));
}

void PresentationCanvas::resizeEvent(QResizeEvent *event)
{
    CanvasView::resizeEvent(event);
    fitToContents();
}

void PresentationCanvas::showEvent(QShowEvent *event)
{
    CanvasView::showEvent(event);
    fitToContents();
}

} // namespace scalescope
