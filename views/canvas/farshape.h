#pragma once
// What the far layer (farlayer.h) keeps of a connection's far-out pieces
// between repaints. A slider move changes a line's colour and width, never
// its route: the legs and corners that end before any arrow head can begin
// are kept in device pixels, worked out again only when the line moves or
// the view's transform changes. The pieces after them are kept as they are
// (the head's base, where the line stops, moves with its width) and drawn
// afresh each time, without reaching the route's own memory.
//
// Kept only for a line drawn whole (its kept part well inside the area to
// draw): clipping a piece that lies inside changes nothing.

#include "connectionroute.h"

#include <QLineF>
#include <QRectF>

#include <vector>

namespace scalescope {

struct FarShape {
    struct Part {
        QLineF line; // device pixels
        bool band = false; // a leg along an axis: drawn as a band of whole pixels
    };
    std::vector<Part> fixed;
    std::vector<ConnectionRoute::Piece> tail;
    QRectF reach; // item coordinates: what the kept parts cover, with room for rounding
    bool made = false;
};

} // namespace scalescope
