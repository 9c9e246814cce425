#pragma once
// Stage edits applied to an architecture. Stage k = base + stages 1..k.

#include "document.h"

namespace scalescope {

// Applies one edit; returns false and describes the problem when the edit
// refers to something that is not there (the architecture is then unchanged).
bool applyEdit(Architecture &a, const Edit &edit, QString *problem);

// The architecture at stage k (0 = base; k is clamped to the stage count).
// Scenarios from parseScenario always apply cleanly.
Architecture architectureAt(const Scenario &s, int stage);

} // namespace scalescope
