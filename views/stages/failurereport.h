#pragma once
// The failure report in words. The report itself (what goes down, whether
// the service stays up and holds the users) is the model's
// (servicestatus.h); the evaluation owner keeps it for the viewed stage.

#include "servicestatus.h"

namespace scalescope {

// "Service up at 50% capacity: 1,961 of 3,922 users" / "Service down: ...".
QString failureSummary(const FailureReport &report);

} // namespace scalescope
