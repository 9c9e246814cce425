#pragma once
// How the service is doing at a user count, in the terms the editor shows:
// the share of user requests that fail, play mode's "the stage is
// saturated", and what an outage of zones, regions or components leaves
// standing. Pure functions of compiled networks and their evaluations.

#include "evaluation.h"

#include <QStringList>

#include <optional>

namespace scalescope {

// Share of the user requests that fail, weighted by each class's rate.
double failingShare(const Evaluation &evaluation);

// A stage is saturated at the evaluation's user count when the users reached
// the network's ceiling (then the first resource to reach 100% is named, as
// the journey table names it), or when the busiest resource is at 100% or
// more, or some requests fail (then the evaluation's bottleneck is named).
// Component and resource are -1 when nothing can be named (all down).
struct Saturation {
    int component = -1;
    int resource = -1;
};
std::optional<Saturation> saturation(const Network &network, const Evaluation &evaluation);

// The ids an architecture has that can fail: availability zones and regions
// first, then components.
QStringList failureCandidates(const Architecture &architecture);
// The ids of `failed` the architecture has (a stage without a zone ignores it).
QStringList knownFailures(const Architecture &architecture, const QStringList &failed);

// An outage compared with the healthy architecture at a user count.
struct FailureReport {
    QStringList failed;         // the ids that were failed (known ones only)
    QStringList down;           // component ids the outage takes down
    bool serviceUp = true;      // requests are still served
    double healthyCeiling = 0;  // users
    double ceiling = 0;         // users, with the failure
    double capacityShare = 1;   // ceiling / healthy ceiling: what is left
    double availability = 1;    // of the serving path, with the failure
    double users = 0;
    bool holdsUsers = true;     // the service is up and its ceiling is at or above `users`
    QString error;              // when the architecture cannot be evaluated
};
// `broken` is the network compiled with `failed` down (the healthy one when
// nothing failed) and `brokenAtUsers` its evaluation at the user count.
FailureReport reportFailure(const QStringList &failed, const Network &healthy, const Network &broken,
                            const Evaluation &brokenAtUsers);
// What the report says when the architecture does not evaluate.
FailureReport failureReportError(const QStringList &failed, double users, const QString &error);

} // namespace scalescope
