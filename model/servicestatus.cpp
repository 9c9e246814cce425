#include "servicestatus.h"

#include <algorithm>

namespace scalescope {

double failingShare(const Evaluation &e)
{
    double rate = 0, failing = 0;
    for (const ClassResult &c : e.classes) {
        rate += c.rate;
        failing += c.rate * c.errorRate;
    }
    return rate > 0 ? failing / rate : 0;
}

std::optional<Saturation> saturation(const Network &n, const Evaluation &e)
{
    if (e.users >= n.ceilingUsers)
        return Saturation{n.ceilingComponent, n.ceilingResource};
    const bool failing = std::any_of(e.classes.begin(), e.classes.end(),
                                     [](const ClassResult &c) { return c.errorRate > 0; });
    if (e.bottleneckUtilization >= 1 || failing)
        return Saturation{e.bottleneckComponent, e.bottleneckResource};
    return std::nullopt;
}

QStringList failureCandidates(const Architecture &architecture)
{
    QStringList ids;
    for (const Group &g : architecture.groups)
        if (g.kind == QLatin1String("availability-zone") || g.kind == QLatin1String("region"))
            ids << g.id;
    for (const Component &c : architecture.components)
        ids << c.id;
    return ids;
}

QStringList knownFailures(const Architecture &architecture, const QStringList &failed)
{
    const QStringList known = failureCandidates(architecture);
    QStringList out;
    for (const QString &id : failed)
        if (known.contains(id) && !out.contains(id))
            out << id;
    return out;
}

FailureReport reportFailure(const QStringList &failed, const Network &healthy, const Network &broken,
                            const Evaluation &e)
{
    FailureReport r;
    r.users = e.users;
    r.failed = failed;
    r.healthyCeiling = healthy.ceilingUsers;
    r.ceiling = broken.ceilingUsers;
    r.capacityShare = r.healthyCeiling > 0 ? r.ceiling / r.healthyCeiling : 1;
    for (const ComponentModel &c : broken.components)
        if (c.down)
            r.down << c.id;
    r.availability = e.availability;
    r.serviceUp = r.ceiling > 0 && e.availability > 0;
    r.holdsUsers = r.serviceUp && r.ceiling >= e.users;
    return r;
}

FailureReport failureReportError(const QStringList &failed, double users, const QString &error)
{
    FailureReport r;
    r.users = users;
    r.failed = failed;
    r.error = error;
    r.serviceUp = false;
    r.holdsUsers = false;
    return r;
}

} // namespace scalescope
