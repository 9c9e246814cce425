#pragma once
// Failure injection: which components an outage of a zone, a region or a
// component takes down, and what share of a spread fleet survives.

#include "catalog.h"
#include "document.h"

namespace scalescope {

struct FailureEffect {
    bool down = false;
    double survivingShare = 1; // of a fixed fleet spread over zones
};

// Throws std::invalid_argument for an id that names nothing.
std::vector<FailureEffect> failureEffects(const Architecture &a, const QStringList &failed, const Catalog &catalog);

} // namespace scalescope
