// A connection zoomed far out, on a raster device: its pieces in device
// pixels, drawn by the item itself (paintFar) or added to the far layer's
// runs of lines (addFar), and the pieces the layer keeps between repaints
// (keepFar, farshape.h).
#include "connectionitem.h"

#include "canvascolors.h"
#include "connectionlegs.h"
#include "devicepictures.h"
#include "farlines.h"
#include "farshape.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <limits>

namespace scalescope {

void ConnectionItem::paintFar(QPainter *painter, const QRectF &exposed, const QPen &pen) const
{
    // Everything in device pixels with one change of the painter's
    // transform (thousands of these repaint on a slider move).
    const QTransform toDevice = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    painter->setPen(pen);
    farPieces(
        m_route.pieces(), toDevice, exposed, int(pen.widthF()), [&](const QRect &band) { painter->fillRect(band, pen.color()); },
        [&](const QLineF &line) { painter->drawLine(line); });
    painter->setWorldTransform(toDevice);
}

template <typename Band, typename Line>
void ConnectionItem::farPieces(const std::vector<ConnectionRoute::Piece> &pieces, const QTransform &toDevice,
                               const QRectF &exposed, int pixels, Band band, Line line) const
{
    // Straight legs along an axis as bands of whole pixels, others and the
    // corners (a few pixels across: their chords) as lines.
    for (const ConnectionRoute::Piece &piece : pieces) {
        if (piece.start >= m_shaft)
            break;
        if (piece.curve) {
            if (QRectF(piece.from, piece.to).normalized().adjusted(-1, -1, 1, 1).intersects(exposed))
                line(toDevice.map(QLineF(piece.from, piece.to)));
            continue;
        }
        const auto leg = shownLeg(piece, m_shaft, exposed);
        if (!leg)
            continue;
        const QLineF part = toDevice.map(leg->line);
        if (isAxisAligned(part))
            band(farBand(part, pixels));
        else
            line(part);
    }
}

void ConnectionItem::keepFar(FarShape &shape, const QTransform &toDevice) const
{
    shape.fixed.clear();
    shape.tail.clear();
    double left = std::numeric_limits<double>::infinity(), top = left, right = -left, bottom = -left;
    const auto cover = [&](const QPointF &p) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    };
    // Pieces that end before any head begins are cut at their own ends
    // whatever the width: what farPieces() makes of them unclipped (as it
    // does of a piece inside the area) is kept in device pixels.
    const QRectF everywhere(-1e12, -1e12, 2e12, 2e12);
    const double fixedUntil = m_route.length() - kLongestHead;
    const std::vector<ConnectionRoute::Piece> &pieces = m_route.pieces();
    size_t i = 0;
    for (; i < pieces.size() && pieces[i].start + pieces[i].length <= fixedUntil; ++i) {
        const ConnectionRoute::Piece &piece = pieces[i];
        if (piece.curve) {
            cover(piece.from); // its box, a unit wider, must meet the area: it lies inside
            cover(piece.to);
            shape.fixed.push_back({toDevice.map(QLineF(piece.from, piece.to)), false});
            continue;
        }
        const auto leg = shownLeg(piece, m_shaft, everywhere);
        if (!leg)
            continue; // never, inside everywhere
        cover(piece.from);
        cover(leg->line.p1());
        cover(leg->line.p2());
        const QLineF part = toDevice.map(leg->line);
        shape.fixed.push_back({part, isAxisAligned(part)});
    }
    shape.tail.assign(pieces.begin() + ptrdiff_t(i), pieces.end());
    // Room for rounding: a kept piece lies well inside an area its reach
    // lies in, where clipping leaves it whole.
    shape.reach = left <= right ? QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-2, -2, 2, 2) : QRectF();
    shape.made = true;
}

bool ConnectionItem::addFar(FarLines &lines, QPainter *painter, const QTransform &toDevice, const QRectF &exposed,
                            bool selected, const CanvasColors &colors, double opacity, FarShape *shape) const
{
    // What paint() decides, in the same order, for the case it hands to paintFar().
    if (m_route.length() < 1e-6)
        return true; // nothing to draw
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice);
    const bool idle = (m_flow && m_flow->width < 1.5) || !m_idleReason.isEmpty();
    if (lod >= kDetailZoom || idle || !isRaster(painter))
        return false;
    const QColor &color = selected ? kSelectionColor : m_flow && m_flow->failing ? kFailingColor : colors.line;
    const double width = lineWidth();
    const double penWidth = selected ? std::max(2.5, width) : width;
    const double margin = width + 8;
    const int pixels = int(farWidth(penWidth, lod));
    lines.begin(painter, color, pixels, opacity);
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    const auto band = [&](const QRect &b) { lines.addBand(b); };
    const auto line = [&](const QLineF &l) { lines.addLine(l); };
    if (shape && !shape->made)
        keepFar(*shape, toDevice);
    if (shape && (shape->fixed.empty() || clip.contains(shape->reach))) {
        // The same calls in the same order as from the route itself.
        for (const FarShape::Part &part : shape->fixed) {
            if (part.band)
                band(farBand(part.line, pixels));
            else
                line(part.line);
        }
        farPieces(shape->tail, toDevice, clip, pixels, band, line);
        return true;
    }
    farPieces(m_route.pieces(), toDevice, clip, pixels, band, line);
    return true;
}

} // namespace scalescope
