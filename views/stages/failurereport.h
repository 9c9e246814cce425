#pragma once
// What an outage does to the viewed architecture: the failed zones, regions
// or components are compiled as down (compileNetwork with the failed ids)
// and compared with the healthy architecture at a user count.

#include "document.h"
#include "network.h"

#include <QStringList>

namespace scalescope {

struct FailureReport {
    QStringList failed;         // the ids that were failed (known ones only)
    QStringList down;           // component ids the outage takes down
    bool serviceUp = true;      // requests are still served
    double healthyCeiling = 0;  // users
    double ceiling = 0;         // users, with the failure
    double availability = 1;    // of the serving path, with the failure
    double users = 0;
    bool holdsUsers = true;     // the ceiling with the failure is above `users`
    QString error;              // when the architecture cannot be evaluated
};

// Ids the architecture has that can fail: zones and regions first, then components.
QStringList failureCandidates(const Architecture &architecture);

// The healthy and the failed network, compiled once per architecture and
// failure set: a user count change then only evaluates.
struct FailureNetworks {
    QStringList failed; // known ids only
    Network healthy;
    Network broken;
    QString error;
};
FailureNetworks compileFailure(const Architecture &architecture, const QStringList &failed);
FailureReport reportFailure(const FailureNetworks &networks, double users);

FailureReport reportFailure(const Architecture &architecture, const QStringList &failed, double users);

// "Service up at 50% capacity: 1,961 of 3,922 users" / "Service down: ...".
QString failureSummary(const FailureReport &report);

} // namespace scalescope
