#pragma once
// Text from a file or the user, bounded before it is laid out: shaping costs
// grow with the number of grapheme clusters (what a reader sees as one
// character) and with the marks stacked on each, so a hostile label (thousands
// of combining accents, or of emoji) could freeze the window or an export.
// The result keeps at most `maxClusters` clusters, each cut to a few code
// points, and ends in "…" when anything was left out.

#include <QString>

namespace scalescope {

inline constexpr int kMaxClusterUnits = 16; // UTF-16 units: room for any emoji sequence in use

QString boundedDisplayText(const QString &text, int maxClusters);

} // namespace scalescope
