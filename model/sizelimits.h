#pragma once
// How big a scenario ScaleScope takes on. A file under the byte cap can
// still describe more than the editor, the exports and the sweeps can handle
// in reasonable time and memory; such a file is refused up front, with the
// limit in the message, rather than by hanging or running out of memory.
// Raise these together with the code that makes larger diagrams fast.

#include <QtGlobal>

namespace scalescope {

// Per architecture (the base and every stage). Measured on the (loaded,
// shared, 2-core) development machine with the benchmarks' generated
// architectures (README, "Speed"; 1.6 connections and 0.13 groups a
// component): the editor's canvas, charts and live figures open 200,000
// components (320,000 connections, 26,667 groups, a 93 MB file) to their
// first painted frame in 27 s of CPU and 2.3 GB (OpenToFirstFrame/200000),
// 100,000 in 10 to 12 s and 1.2 GB. The whole window, `scalescope big.json`
// under Xvfb on a quiet machine, showed 200,000 with its charts between 40
// and 50 s after it started (150 s at a load of 8 while the advisor still
// worked on the window's thread) and peaked at 3 GB; a click on a user
// count then showed its figures within 2 s.
// `scalescope evaluate` took 0.95 s of CPU and 105 MB for 25,000 components
// and 8.2 s and 684 MB for 200,000. The charts' sweep keeps within
// kMaxSweepValues by taking fewer user counts for a bigger network
// (EvaluationService::sweepPointsFor).
inline constexpr qsizetype kMaxComponents = 200'000;
inline constexpr qsizetype kMaxConnections = 400'000;
inline constexpr qsizetype kMaxGroups = 40'000;

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
// 4 million values are 32 MB. The editor's sweep takes 160 points up to
// 25,000 components and as many as fit above (20 for kMaxComponents); as
// CSV (5,000 components x 800 points) the command takes 2.3 s of CPU and
// 360 MB.
inline constexpr qsizetype kMaxSweepPoints = 100'000;
inline constexpr qint64 kMaxSweepValues = 4'000'000; // components x points

} // namespace scalescope
