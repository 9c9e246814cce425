#pragma once
// A stage's intended user range in words ("for 1,000 to 10,000 users"), and
// a user count inside it.

#include "document.h"

namespace scalescope {

// Empty when the stage gives no range.
QString stageRangeText(const Stage &stage);

// `users` moved into the stage's range (to the nearer end when outside), so
// a stage is shown at a user count it is meant for; unchanged when the stage
// gives no range.
double usersWithinStage(const Stage &stage, double users);

} // namespace scalescope
