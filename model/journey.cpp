#include "journey.h"

#include "evaluation.h"
#include "network.h"
#include "report.h"
#include "sloceiling.h"
#include "stages.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace scalescope {

QString stageTitle(const Scenario &s, int stage)
{
    return stage <= 0 || stage > int(s.stages.size()) ? QStringLiteral("Base") : s.stages[size_t(stage - 1)].title;
}

StageSummary summarizeStage(const Network &n, int stage, const QString &title, double workloadUsers)
{
    StageSummary r;
    r.stage = stage;
    r.title = title;
    r.ceilingUsers = n.ceilingUsers;
    r.sloCeilingUsers = sloCeilingUsers(n);
    if (n.ceilingComponent >= 0) {
        const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
        r.component = c.id;
        r.componentLabel = c.label;
        r.resource = n.ceilingResource >= 0 ? c.resources[size_t(n.ceilingResource)].name.text() : QStringLiteral("down");
        r.kind = classifyLimit(c, n.ceilingResource);
    }
    r.atUsers = std::isfinite(n.ceilingUsers) ? std::max(1.0, n.ceilingUsers * kNearCeiling) : workloadUsers;
    const Evaluation e = evaluate(n, r.atUsers);
    r.readLatency = e.classes[ClassRead].latency;
    r.writeLatency = e.classes[ClassWrite].latency;
    r.readP50 = e.classes[ClassRead].p50;
    r.readP99 = e.classes[ClassRead].p99;
    r.writeP99 = e.classes[ClassWrite].p99;
    r.costPerUser = e.costPerUser;
    r.availability = e.availability;
    r.monthlyCost = e.monthlyCost;
    return r;
}

std::vector<StageSummary> summarizeStages(const Scenario &s, const Catalog &catalog)
{
    std::vector<StageSummary> rows;
    Architecture a = s.base;
    for (int k = 0; k <= int(s.stages.size()); ++k) {
        if (k > 0)
            for (const Edit &e : s.stages[size_t(k - 1)].edits)
                applyEdit(a, e, nullptr);
        rows.push_back(summarizeStage(compileNetwork(a, catalog), k, stageTitle(s, k), a.workload.users));
    }
    return rows;
}

QJsonArray journeyJson(const std::vector<StageSummary> &rows)
{
    QJsonArray out;
    for (const StageSummary &r : rows)
        out.append(QJsonObject{{"stage", r.stage}, {"title", r.title},
                               {"ceilingUsers", std::isfinite(r.ceilingUsers) ? QJsonValue(r.ceilingUsers) : QJsonValue()},
                               {"bottleneck", QJsonObject{{"component", r.component}, {"label", r.componentLabel},
                                                          {"resource", r.resource}, {"kind", limitKindName(r.kind)}}},
                               {"sloCeilingUsers", std::isfinite(r.sloCeilingUsers) ? QJsonValue(r.sloCeilingUsers) : QJsonValue()},
                               {"atUsers", r.atUsers}, {"readLatencyMs", r.readLatency * 1000},
                               {"writeLatencyMs", r.writeLatency * 1000}, {"readP99Ms", r.readP99 * 1000},
                               {"writeP99Ms", r.writeP99 * 1000}, {"availability", r.availability},
                               {"monthlyCostUsd", r.monthlyCost}, {"costPerUserUsd", r.costPerUser}});
    return out;
}

QByteArray journeyCsv(const std::vector<StageSummary> &rows)
{
    QString out = QStringLiteral("stage,title,ceilingUsers,component,resource,kind,atUsers,readLatencyMs,writeLatencyMs,availability,monthlyCostUsd,"
                                 "sloCeilingUsers,readP99Ms,writeP99Ms,costPerUserUsd\n");
    for (const StageSummary &r : rows) {
        QString title = r.title;
        title.replace('"', QStringLiteral("\"\""));
        out += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8,%9,%10,%11,")
                   .arg(r.stage).arg(title).arg(r.ceilingUsers, 0, 'g', 10).arg(r.component, r.resource, limitKindName(r.kind))
                   .arg(r.atUsers, 0, 'g', 10).arg(r.readLatency * 1000, 0, 'f', 1).arg(r.writeLatency * 1000, 0, 'f', 1)
                   .arg(r.availability, 0, 'g', 8).arg(r.monthlyCost, 0, 'f', 0);
        out += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(r.sloCeilingUsers, 0, 'g', 10).arg(r.readP99 * 1000, 0, 'f', 1).arg(r.writeP99 * 1000, 0, 'f', 1)
                   .arg(r.costPerUser, 0, 'g', 6);
    }
    return out.toUtf8();
}

QByteArray journeyMarkdown(const std::vector<StageSummary> &rows)
{
    QString out = QStringLiteral("| Stage | Ceiling (users) | Within p99 targets | First to break | Limit | Read p50 / p99 | Availability | Monthly cost | Per user |\n"
                                 "|---|---|---|---|---|---|---|---|---|\n");
    for (const StageSummary &r : rows)
        out += QStringLiteral("| %1. %2 | %3 | %4 | %5 %6 | %7 | %8 / %9 ms | %10% | $%11 | $%12 |\n")
                   .arg(r.stage).arg(r.title, humanNumber(r.ceilingUsers), humanNumber(r.sloCeilingUsers), r.componentLabel, r.resource,
                        limitKindName(r.kind))
                   .arg(r.readP50 * 1000, 0, 'f', 0).arg(r.readP99 * 1000, 0, 'f', 0).arg(r.availability * 100, 0, 'f', 3)
                   .arg(humanNumber(r.monthlyCost)).arg(r.costPerUser, 0, 'g', 2);
    return out.toUtf8();
}

} // namespace scalescope
