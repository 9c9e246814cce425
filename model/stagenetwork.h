#pragma once
// A stage of a scenario as a compiled network, with parts failed if asked:
// what the command line evaluates, sweeps and exports outside the editor.

#include "catalog.h"
#include "network.h"

namespace scalescope {

// `stage` is clamped to the scenario's stages; `failed` as compileNetwork
// takes it (unknown ids throw std::invalid_argument).
Network compileStage(const Scenario &scenario, int stage, const QStringList &failed, const Catalog &catalog);

} // namespace scalescope
