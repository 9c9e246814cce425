#include "diagramfacts.h"

#include "controls/statussummary.h"
#include "canvas/labeltext.h"
#include "controls/userscale.h"
#include "evaluation.h"
#include "network.h"
#include "report.h"
#include "servicestatus.h"
#include "stages.h"

#include <cmath>

namespace scalescope {

namespace {

const QString kDot = QStringLiteral(" \u00b7 ");

QString latencies(const Evaluation &e)
{
    QStringList parts;
    for (const int cls : {ClassRead, ClassWrite, ClassStatic})
        if (e.classes[size_t(cls)].rate > 0)
            parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(className(cls)),
                                                 StatusSummary::formatLatency(e.classes[size_t(cls)].latency));
    return parts.isEmpty() ? QStringLiteral("no requests") : parts.join(kDot);
}

QString ceiling(const Network &n)
{
    if (n.ceilingComponent < 0 || !std::isfinite(n.ceilingUsers))
        return QStringLiteral("no limit within reach");
    const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
    const QString what = n.ceilingResource >= 0 ? c.resources[size_t(n.ceilingResource)].name.text() : QStringLiteral("availability");
    return QStringLiteral("%1 users; then %2 %3 breaks first").arg(humanNumber(n.ceilingUsers), boundedDisplayText(c.label, 60), what);
}

} // namespace

QString DiagramFacts::heading() const
{
    if (stage == 0)
        return QStringLiteral("Base architecture");
    return QStringLiteral("Stage %1 of %2: %3").arg(stage).arg(stageCount).arg(stageTitle);
}

double stageUsers(const Scenario &scenario, int stage)
{
    if (stage > 0 && stage <= int(scenario.stages.size())) {
        const double from = scenario.stages[size_t(stage - 1)].usersFrom;
        if (from > 0)
            return from;
    }
    return architectureAt(scenario, stage).workload.users;
}

DiagramFacts stageFacts(const Scenario &scenario, int stage, double users)
{
    DiagramFacts f;
    f.scenarioTitle = scenario.title;
    f.stage = stage;
    f.stageCount = int(scenario.stages.size());
    if (stage > 0 && stage <= f.stageCount) {
        f.stageTitle = scenario.stages[size_t(stage - 1)].title;
        f.narrative = scenario.stages[size_t(stage - 1)].narrative;
    } else {
        f.stageTitle = QStringLiteral("Base");
        f.narrative = scenario.description;
    }
    f.users = users;
    return f;
}

DiagramFacts stageFacts(const Scenario &scenario, int stage, const Network &n, const Evaluation &e)
{
    DiagramFacts f = stageFacts(scenario, stage, e.users);
    f.figures << qMakePair(QStringLiteral("Users"), QStringLiteral("%1 (%2 req/s at the peak)")
                                                        .arg(UserScale::format(e.users), humanNumber(e.peakRequestRate)));
    if (e.bottleneckComponent >= 0 && e.bottleneckResource >= 0) {
        const ComponentModel &c = n.components[size_t(e.bottleneckComponent)];
        const ResourceResult &r = e.components[size_t(e.bottleneckComponent)].resources[size_t(e.bottleneckResource)];
        f.figures << qMakePair(QStringLiteral("Bottleneck"), describeLoad(c, e.bottleneckResource, r));
    }
    f.figures << qMakePair(QStringLiteral("Holds"), ceiling(n));
    f.figures << qMakePair(QStringLiteral("Latency"), latencies(e));
    const double failing = failingShare(e);
    if (failing >= 0.0005)
        f.figures << qMakePair(QStringLiteral("Failing"),
                               QStringLiteral("%1% of requests").arg(failing * 100, 0, 'f', failing < 0.1 ? 1 : 0));
    QString availability = StatusSummary::formatAvailability(e.availability);
    if (e.availability < 1)
        availability += QStringLiteral(" (%1 down)").arg(StatusSummary::formatDowntime(e.downtimeMinutesPerYear));
    f.figures << qMakePair(QStringLiteral("Availability"), availability);
    f.figures << qMakePair(QStringLiteral("Cost"), QStringLiteral("$%1 a month ($%2 per user)")
                                                       .arg(humanNumber(e.monthlyCost), humanNumber(e.costPerUser)));
    return f;
}

} // namespace scalescope
