#pragma once
// Secondary text (a stage's step and range, the inspector's notes) is drawn
// in the palette's PlaceholderText role. A palette an application sets
// itself (a dark one, say) may leave that role at the light default, dark
// grey on a dark window; this keeps it a readable grey under `root`, derived
// from the window's text and background, again on every palette change.

class QWidget;

namespace scalescope {

void keepSecondaryTextReadable(QWidget *root);

} // namespace scalescope
