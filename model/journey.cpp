#include "journey.h"

#include "evaluation.h"
#include "network.h"
#include "report.h"
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
    if (n.ceilingComponent >= 0) {
        const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
        r.component = c.id;
        r.componentLabel = c.label;
        r.resource = n.ceilingResource >= 0 ? c.resources[size_t(n.ceilingResource)].name : QStringLiteral("down");
        r.kind = classifyLimit(c, n.ceilingResource);
    }
    r.atUsers = std::isfinite(n.ceilingUsers) ? std::max(1.0, n.ceilingUsers * kNearCeiling) : workloadUsers;
    const Evaluation e = evaluate(n, r.atUsers);
    r.readLatency = e.classes[ClassRead].latency;
    r.writeLatency = e.classes[ClassWrite].latency;
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
                               {"atUsers", r.atUsers}, {"readLatencyMs", r.readLatency * 1000},
                               {"writeLatencyMs", r.writeLatency * 1000}, {"availability", r.availability},
                               {"monthlyCostUsd", r.monthlyCost}});
    return out;
}

QByteArray journeyCsv(const std::vector<StageSummary> &rows)
{
    QString out = QStringLiteral("stage,title,ceilingUsers,component,resource,kind,atUsers,readLatencyMs,writeLatencyMs,availability,monthlyCostUsd\n");
    for (const StageSummary &r : rows) {
        QString title = r.title;
        title.replace('"', QStringLiteral("\"\""));
        out += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                   .arg(r.stage).arg(title).arg(r.ceilingUsers, 0, 'g', 10).arg(r.component, r.resource, limitKindName(r.kind))
                   .arg(r.atUsers, 0, 'g', 10).arg(r.readLatency * 1000, 0, 'f', 1).arg(r.writeLatency * 1000, 0, 'f', 1)
                   .arg(r.availability, 0, 'g', 8).arg(r.monthlyCost, 0, 'f', 0);
    }
    return out.toUtf8();
}

QByteArray journeyMarkdown(const std::vector<StageSummary> &rows)
{
    QString out = QStringLiteral("| Stage | Ceiling (users) | First to break | Limit | Read latency | Availability | Monthly cost |\n"
                                 "|---|---|---|---|---|---|---|\n");
    for (const StageSummary &r : rows)
        out += QStringLiteral("| %1. %2 | %3 | %4 %5 | %6 | %7 ms | %8% | $%9 |\n")
                   .arg(r.stage).arg(r.title, humanNumber(r.ceilingUsers), r.componentLabel, r.resource, limitKindName(r.kind))
                   .arg(r.readLatency * 1000, 0, 'f', 0).arg(r.availability * 100, 0, 'f', 3).arg(humanNumber(r.monthlyCost));
    return out.toUtf8();
}

} // namespace scalescope
