#pragma once
// How a connection's request rate looks on the canvas: line width and dot
// speed on a log scale (1 req/s and 10M req/s both stay readable), and the
// rate label. Values are rounded to what the eye can tell apart, so a small
// slider move leaves most connections untouched and unpainted.

#include "canvas/connectionitem.h"

#include <QString>

namespace scalescope {

struct FlowStyle {
    static constexpr double kIdleWidth = 1.0;
    static constexpr double kMinWidth = 1.5;
    static constexpr double kMaxWidth = ConnectionItem::kMaxWidth;

    // Pixels (scene units) at zoom 1; quarter-pixel steps.
    static double width(double rate);
    // Scene units per second the dots travel; whole-unit steps.
    static double speed(double rate);
    // "0.42 req/s", "1,230 req/s", "2.5M req/s": three significant digits.
    static QString label(double rate);
    // The rate as the label shows it (equal values, equal labels).
    static double shownRate(double rate);
    // What the connection item draws for this rate; `failing` when the
    // receiver turns part of it away (saturated or down).
    static ConnectionFlow flow(double rate, bool failing);
};

} // namespace scalescope
