#pragma once
// How big a scenario ScaleScope takes on. A file under the byte cap can
// still describe more than the editor, the exports and the sweeps can handle
// in reasonable time and memory; such a file is refused up front, with the
// limit in the message, rather than by hanging or running out of memory.
// Raise these together with the code that makes larger diagrams fast.

#include <QtGlobal>

namespace scalescope {

// Per architecture (the base and every stage). Measured on the (loaded,
// shared) development machine: 5,000 EC2 components open in the editor in
// 2 s and it answers again after 6 s; their SVG export takes 3 s of CPU and
// 370 MB. 20,000 showed no window after 70 s.
inline constexpr qsizetype kMaxComponents = 5'000;
inline constexpr qsizetype kMaxConnections = 20'000;
inline constexpr qsizetype kMaxGroups = 2'000;

// Checking a stage's architecture takes time in proportion to its size, so
// a file well under the byte cap (many edits on a large architecture) could
// keep the loader busy for hours. It spends at most this much work: one unit
// per component, connection and group checked, the architecture being
// checked once for the base and once after every edit. About a second of
// CPU at worst (1.6 s for 5 million on the development machine).
inline constexpr qint64 kLoaderWorkBudget = 3'000'000;

// Labels of components and groups, in UTF-16 units: laying out text costs
// with its length, and a label is a name, not a story.
inline constexpr qsizetype kMaxLabelLength = 200;
// A scenario's reasons for its overrides: a sentence each.
inline constexpr qsizetype kMaxReasonLength = 1'000;
inline constexpr qsizetype kMaxReasonKeyLength = 300;

// A sweep keeps one utilisation per component and point (8 bytes each):
// 4 million values are 32 MB; as CSV (5,000 components x 800 points) the
// command takes 2.3 s of CPU and 360 MB.
inline constexpr qsizetype kMaxSweepPoints = 100'000;
inline constexpr qint64 kMaxSweepValues = 4'000'000; // components x points

} // namespace scalescope
