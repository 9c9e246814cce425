#pragma once
// The workshop window's look: a light, high-contrast theme with large type
// that still reads at the back of a room on a projector. Applied to the
// workshop window only; the rest of the app keeps its style.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace scalescope::workshop {

// AWS "squid ink": headers, the current stage, frames.
inline const QColor kInk{0x23, 0x2F, 0x3E};
inline const QColor kText{0x10, 0x14, 0x18};
// Captions and secondary words: still 7:1 against white.
inline const QColor kMuted{0x44, 0x4E, 0x59};
inline const QColor kHeaderBackground{0xF1, 0xF3, 0xF6};
inline const QColor kRule{0xC4, 0xCB, 0xD3};
// Load states of the bottleneck figure, dark enough for text on white.
inline const QColor kHealthy{0x1B, 0x6E, 0x2E};
inline const QColor kStrained{0x9A, 0x52, 0x00};
inline const QColor kOverloaded{0xB0, 0x00, 0x20};

// Point sizes (a 1920x1080 projector at 96 dpi: 16 pt is 21 px).
inline constexpr double kBodyPt = 16;
inline constexpr double kStageBarPt = 13;
inline constexpr double kCaptionPt = 13;
inline constexpr double kFigurePt = 22;
inline constexpr double kUsersPt = 34;
inline constexpr double kHintPt = 14;
// The narrative panel's base size; it scales it by kNarrativeScale.
inline constexpr double kNarrativeBasePt = 12;
inline constexpr double kNarrativeScale = 2;

QPalette palette();
// The app's font family at a point size.
QFont font(double pointSize, bool bold = false);
// Colour for a utilisation (1 = 100%): healthy, strained (from where the
// canvas pulses the bottleneck) or overloaded.
QColor loadColor(double utilization);

} // namespace scalescope::workshop
