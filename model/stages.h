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

// The traffic profile stage k runs: the last ChangeProfile of stages 1..k,
// or the scenario's own profile (k is clamped as above).
TrafficProfile profileAt(const Scenario &s, int stage);
// The stage whose ChangeProfile that is (1..k), or 0 for the scenario's own.
int profileStage(const Scenario &s, int stage);

} // namespace scalescope
