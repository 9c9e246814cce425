#pragma once
// How big a scenario ScaleScope takes on. A file under the byte cap can
// still describe more than the editor, the exports and the sweeps can handle
// in reasonable time and memory; such a file is refused up front, with the
// limit in the message, rather than by hanging or running out of memory.
// Raise these together with the code that makes larger diagrams fast.

#include <QtGlobal>

namespace scalescope {

// Per architecture (the base and every stage). Measured on the (loaded,
// shared) development machine with the benchmarks' generated architectures
// (README, "Speed"): `scalescope evaluate` takes 0.95 s of CPU and 105 MB for
// 25,000 components (0.38 s and 57 MB for 10,000); with the limits lifted,
// 200,000 take 8.2 s and 684 MB, too slow to allow yet. Before the limit was
// raised from 10,000, the editor opened 10,000 to the first painted frame in
// 1.2 s of CPU and 20,000 in 7 s. 25,000 is also as far as the charts' sweep
// may go (kMaxComponents x its 160 points within kMaxSweepValues, below).
inline constexpr qsizetype kMaxComponents = 25'000;
inline constexpr qsizetype kMaxConnections = 100'000;
inline constexpr qsizetype kMaxGroups = 10'000;

// Checking a stage's architecture takes time in proportion to its size, so
// a file well under the byte cap (many edits on a large architecture) could
// keep the loader busy for hours. It spends at most this much work: one unit
// per component, connection and group checked, the architecture being
// checked once for the base and once after every edit. A few seconds of CPU
// at worst (1.6 s for 5 million on the development machine).
inline constexpr qint64 kLoaderWorkBudget = 10'000'000;

// Labels of components and groups, in UTF-16 units: laying out text costs
// with its length, and a label is a name, not a story.
inline constexpr qsizetype kMaxLabelLength = 200;
// A scenario's reasons for its overrides: a sentence each.
inline constexpr qsizetype kMaxReasonLength = 1'000;
inline constexpr qsizetype kMaxReasonKeyLength = 300;

// A sweep keeps one utilisation per component and point (8 bytes each):
// 4 million values are 32 MB, more than the editor's sweep of the largest
// architecture holds (kMaxComponents x its 160 points); as CSV (5,000
// components x 800 points) the command takes 2.3 s of CPU and 360 MB.
inline constexpr qsizetype kMaxSweepPoints = 100'000;
inline constexpr qint64 kMaxSweepValues = 4'000'000; // components x points

} // namespace scalescope
