#pragma once
// Overrides a scenario does not explain: a parameter that is not a size
// (catalog "sizing") or a workload field that differs from its default,
// at any stage, without a "component-id.parameter" (or "workload.field")
// entry in the scenario's reasons.

#include "catalog.h"

#include <QStringList>

namespace scalescope {

struct UnexplainedOverride {
    int stage = 0;   // the first stage it appears at (0 = base)
    QString key;     // "component-id.parameter", "group-id.parameter" or "workload.field"
};

std::vector<UnexplainedOverride> unexplainedOverrides(const Scenario &scenario, const Catalog &catalog);

} // namespace scalescope
