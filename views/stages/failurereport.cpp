#include "failurereport.h"

#include "evaluation.h"
#include "network.h"
#include "report.h"

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>

namespace scalescope {

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

FailureNetworks compileFailure(const Architecture &architecture, const QStringList &failed)
{
    FailureNetworks n;
    const QStringList known = failureCandidates(architecture);
    for (const QString &id : failed)
        if (known.contains(id))
            n.failed << id;
    try {
        n.healthy = compileNetwork(architecture);
        // Nothing failed (the usual case, on every edit): the same network.
        n.broken = n.failed.isEmpty() ? n.healthy : compileNetwork(architecture, n.failed);
    } catch (const std::exception &e) {
        n.error = QString::fromUtf8(e.what());
    }
    return n;
}

FailureReport reportFailure(const FailureNetworks &n, double users)
{
    FailureReport r;
    r.users = users;
    r.failed = n.failed;
    if (!n.error.isEmpty()) {
        r.error = n.error;
        r.serviceUp = false;
        r.holdsUsers = false;
        return r;
    }
    r.healthyCeiling = n.healthy.ceilingUsers;
    r.ceiling = n.broken.ceilingUsers;
    for (const ComponentModel &c : n.broken.components)
        if (c.down)
            r.down << c.id;
    const Evaluation e = evaluate(n.broken, users);
    r.availability = e.availability;
    r.serviceUp = r.ceiling > 0 && e.availability > 0;
    r.holdsUsers = r.serviceUp && r.ceiling >= users;
    return r;
}

FailureReport reportFailure(const Architecture &architecture, const QStringList &failed, double users)
{
    return reportFailure(compileFailure(architecture, failed), users);
}

QString failureSummary(const FailureReport &r)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("FailureReport", text); };
    if (!r.error.isEmpty())
        return tr("Cannot evaluate: %1").arg(r.error);
    if (r.failed.isEmpty())
        return tr("Nothing failed: %1 users at most").arg(humanNumber(r.healthyCeiling));
    if (!r.serviceUp)
        return tr("Service down: %1 failed takes down %2").arg(r.failed.join(QStringLiteral(", ")),
                                                               r.down.isEmpty() ? tr("the serving path") : r.down.join(QStringLiteral(", ")));
    const double share = r.healthyCeiling > 0 ? r.ceiling / r.healthyCeiling : 1;
    QString text = tr("Service up at %1% capacity: %2 of %3 users")
                       .arg(std::round(share * 100))
                       .arg(humanNumber(r.ceiling), humanNumber(r.healthyCeiling));
    text += r.holdsUsers ? tr("; holds %1 users").arg(humanNumber(r.users))
                         : tr("; does not hold %1 users").arg(humanNumber(r.users));
    text += tr("; availability %1%").arg(r.availability * 100, 0, 'f', 3);
    return text;
}

} // namespace scalescope
