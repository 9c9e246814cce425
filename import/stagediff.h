#pragma once
// The stage edits that turn one architecture into another, so an import can
// become a new stage of the open scenario (the migration being planned):
// what is gone is removed, what is new is added, what kept its id and kind
// is changed in place. Applying the edits to `from` gives `to` (workload
// aside, which stays as it was).

#include "document.h"

#include <vector>

namespace scalescope::import {

std::vector<Edit> editsBetween(const Architecture &from, const Architecture &to);

// A new stage at the end of the scenario holding those edits.
Stage importStage(const Scenario &scenario, const Architecture &imported, const QString &title, const QString &narrative);

} // namespace scalescope::import
