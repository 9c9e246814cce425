#pragma once
// Icons rendered once per kind and device size. A component repaints its
// cached picture whenever its live figures change (on most slider moves);
// blitting a pixmap there instead of rendering the SVG again keeps a
// thousand such repaints within a frame.

#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;
class QSvgRenderer;

namespace scalescope {

// Draws the renderer's picture into `rect` (item coordinates) through a
// pixmap made at the painter's device size; with rotation or shear in the
// painter's transform it renders the vector picture directly.
void drawIcon(QPainter *painter, QSvgRenderer *renderer, const QString &kind, const QRectF &rect);

} // namespace scalescope
