#include "workshopfigures.h"

#include "controls/statussummary.h"
#include "controls/userscale.h"
#include "evaluation.h"
#include "network.h"
#include "report.h"
#include "servicestatus.h"
#include "usercount.h"

#include <QCoreApplication>

#include <cmath>

namespace scalescope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkshopFigures", text);
}

QString ceilingText(const Network &n)
{
    if (n.ceilingComponent < 0 || !std::isfinite(n.ceilingUsers) || n.ceilingUsers > kMaxUsers)
        return tr("over %1").arg(UserScale::format(kMaxUsers));
    return humanNumber(n.ceilingUsers);
}

QString bottleneckText(const Network &n, const Evaluation &e)
{
    const int c = e.bottleneckComponent;
    if (c < 0 || size_t(c) >= n.components.size())
        return tr("none");
    const ComponentModel &component = n.components[size_t(c)];
    const int r = e.bottleneckResource;
    const QString resource = r >= 0 && size_t(r) < component.resources.size() ? component.resources[size_t(r)].name.text()
                                                                              : QString();
    const QString load = QString::number(std::lround(e.bottleneckUtilization * 100)) + QLatin1Char('%');
    return resource.isEmpty() ? component.label + u' ' + load : component.label + u' ' + resource + u' ' + load;
}

// Read latency is what users feel; the base (a static site) has only static.
QString latencyText(const Evaluation &e)
{
    for (const int cls : {ClassRead, ClassStatic, ClassWrite}) {
        const ClassResult &c = e.classes[size_t(cls)];
        if (c.rate > 0)
            return StatusSummary::formatLatency(c.latency) + QLatin1Char(' ') + QString::fromLatin1(className(cls));
    }
    return tr("no requests");
}

} // namespace

WorkshopFigures workshopFigures(const Network &network, const Evaluation &evaluation)
{
    WorkshopFigures f;
    f.ceiling = ceilingText(network);
    f.bottleneck = bottleneckText(network, evaluation);
    f.bottleneckUtilization = evaluation.bottleneckUtilization;
    f.latency = latencyText(evaluation);
    f.availability = StatusSummary::formatAvailability(evaluation.availability);
    if (const double failing = failingShare(evaluation); failing >= 0.0005) // overload is unavailability too
        f.availability = QCoreApplication::translate("WorkshopFigures", "served %1 · SLA %2")
                             .arg(QString::number(100 * (1 - failing), 'f', 0) + QLatin1Char('%'), f.availability);
    f.monthlyCost = QLatin1Char('$') + humanNumber(evaluation.monthlyCost);
    return f;
}

} // namespace scalescope
