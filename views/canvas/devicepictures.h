#pragma once
// Pictures made once per name and device size, then blitted. A component
// repaints whenever its live figures change (on most slider moves);
// drawing its icon and the grey track of its ring from pixmaps there,
// instead of rendering SVG and stroking circles again, keeps a thousand
// such repaints within a frame.

#include <QString>

#include <functional>

class QPainter;
class QRectF;
class QSvgRenderer;

namespace scalescope {

// Draws into `rect` (item coordinates) a pixmap made at the painter's
// device size by `paint`, which gets a painter on the pixmap and the
// rectangle to fill (device pixels) and the scale from item to device.
// The pixmap is its size rounded to whole pixels and lands unscaled, on
// whole device pixels, centred within half a pixel of where `rect` falls.
// On a vector device, with rotation or shear in the transform, or far
// zoomed in, it calls `paint` on the painter itself.
using PicturePainter = std::function<void(QPainter *painter, const QRectF &target, double scale)>;
void drawDevicePicture(QPainter *painter, const QString &name, const QRectF &rect, const PicturePainter &paint);

// Whether the painter draws pixels (screen, image) rather than a vector
// file (SVG, PDF, printer), where pictures must stay vectors.
bool isRaster(const QPainter *painter);

// The renderer's picture of a kind (its SVG icon) into `rect`.
void drawIcon(QPainter *painter, QSvgRenderer *renderer, const QString &kind, const QRectF &rect);

} // namespace scalescope
