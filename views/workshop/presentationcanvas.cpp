#include "presentationcanvas.h"

namespace scalescope {

namespace {
constexpr double kWorkshopLabelPixels = 15;
} // namespace

PresentationCanvas::PresentationCanvas(CanvasScene *scene, QWidget *parent)
    : CanvasView(scene, parent)
{
    // A brush of its own replaces the scene's background (and its grid) in
    // this view only; the editor keeps its grid.
    setBackgroundBrush(Qt::white);
    setInteractive(false);
    setDragMode(NoDrag);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Labels readable from the back of a room at any fitted zoom. They then
    // reach past their items' bounds, so every update repaints the view whole.
    setMinimumLabelPixels(kWorkshopLabelPixels);
    setViewportUpdateMode(FullViewportUpdate);
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
