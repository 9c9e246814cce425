#pragma once
// Positions for an architecture that has none (an import) or whose
// positions are a mess (View > Tidy Layout): Graphviz's dot, left to right
// along the connections (users first, data last), each group a cluster
// around what it holds, clusters nested as the groups are and never
// overlapping. A pure function of the architecture: same input, same
// positions.

#include "document.h"

#include <QHash>

namespace scalescope::import {

struct Layout {
    QHash<QString, Point> components; // id -> icon centre
    QHash<QString, Rect> groups;      // id -> box
};

Layout layoutArchitecture(const Architecture &architecture);
void applyLayout(Architecture &architecture, const Layout &layout);

// The room a component takes on the canvas around its icon centre: its
// label below and the figures under it (see the canvas' component item).
inline constexpr double kNodeWidth = 150;
inline constexpr double kNodeHeight = 130;
inline constexpr double kIconAboveCentre = 23.5; // icon centre above the node box's centre
inline constexpr double kGroupHeader = 32;       // a group box's title band

} // namespace scalescope::import
