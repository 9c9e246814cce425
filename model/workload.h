#pragma once
// Workload fields by name: one table drives the file format, the stage
// edits, the CLI and the inspector, so adding a field is one row.

#include "document.h"

#include <span>

namespace scalescope {

struct WorkloadField {
    const char *name;       // JSON key
    double Workload::*member;
    const char *unit;
    double minimum;
    double maximum;
    double defaultValue;
    const char *source;     // where the default comes from; [RoT] marks a rule of thumb
};

std::span<const WorkloadField> workloadFields();
const WorkloadField *workloadField(const QString &name);
Workload defaultWorkload();

// Share of registered users online in the busiest hour.
double peakOnlineShare(const Workload &w);

// Requests per second at the peak, by class, for a user count.
struct PeakRates {
    double online = 0;
    double total = 0;
    double staticRate = 0;
    double readRate = 0;
    double writeRate = 0;
};
PeakRates peakRates(const Workload &w, double users);

} // namespace scalescope
