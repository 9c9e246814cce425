#include "failurereport.h"

#include "report.h"

#include <QCoreApplication>

#include <cmath>

namespace scalescope {

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
    QString text = tr("Service up at %1% capacity: %2 of %3 users")
                       .arg(std::round(r.capacityShare * 100))
                       .arg(humanNumber(r.ceiling), humanNumber(r.healthyCeiling));
    text += r.holdsUsers ? tr("; holds %1 users").arg(humanNumber(r.users))
                         : tr("; does not hold %1 users").arg(humanNumber(r.users));
    text += tr("; availability %1%").arg(r.availability * 100, 0, 'f', 3);
    return text;
}

} // namespace scalescope
