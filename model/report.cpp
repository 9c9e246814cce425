#include "report.h"

#include "evaluationjsonstream.h"

#include "costs.h"
#include "csvtext.h"
#include "servicestatus.h"
#include "sloceiling.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace scalescope {

namespace {

// JSON has no infinity: an unreachable ceiling is written as null.
QJsonValue finite(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

// Ten significant digits, "inf" when not finite: the CSV reports' numbers.
QString num(double v)
{
    QByteArray text;
    appendCsvNumber(text, v);
    return QString::fromLatin1(text);
}

QString percent(double v)
{
    return std::isfinite(v) ? QString::number(v * 100, 'f', v < 0.1 ? 1 : 0) + '%' : QStringLiteral("inf");
}

QJsonObject bottleneckJson(const Network &n, int component, int resource, double utilization)
{
    if (component < 0)
        return {};
    const ComponentModel &c = n.components[size_t(component)];
    const QString resourceName = resource >= 0 ? c.resources[size_t(resource)].name.text() : QStringLiteral("down");
    return QJsonObject{{"component", c.id}, {"label", c.label},
                       {"resource", resourceName}, {"utilization", finite(utilization)}};
}

} // namespace

QString humanNumber(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("unbounded");
    const double a = std::abs(v);
    if (a >= 1e9)
        return QString::number(v / 1e9, 'g', 3) + 'B';
    if (a >= 1e6)
        return QString::number(v / 1e6, 'g', 3) + 'M';
    if (a >= 100) {
        QString digits = QString::number(std::llround(std::abs(v)));
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, ',');
        return v < 0 ? '-' + digits : digits;
    }
    return QString::number(v, 'g', 3);
}

QString describeLoad(const ComponentModel &c, int resource, const ResourceResult &r)
{
    const ResourceModel &m = c.resources[size_t(resource)];
    return QStringLiteral("%1 %2 %3 (%4 of %5 %6)")
        .arg(c.label, m.name, percent(r.utilization), humanNumber(r.demand), humanNumber(r.capacity), m.unit);
}

QString resourceNote(const ResourceModel &r)
{
    if (!std::isfinite(r.aboveUsers()) || !(r.perUserAbove() > 0))
        return {};
    return QStringLiteral("From %1 users the working set outgrows the buffer pool: more reads go to storage.")
        .arg(humanNumber(r.aboveUsers()));
}

QJsonObject componentJson(const Network &n, const Evaluation &e, size_t i)
{
    const ComponentModel &m = n.components[i];
    const ComponentResult &r = e.components[i];
    QJsonArray resources;
    for (size_t k = 0; k < m.resources.size(); ++k) {
        const ResourceModel &rm = m.resources[k];
        const ResourceResult &rr = r.resources[k];
        QJsonObject o{{"name", rm.name.text()}, {"unit", rm.unit.text()}, {"demand", finite(rr.demand)},
                      {"capacity", finite(rr.capacity)}, {"utilization", finite(rr.utilization)},
                      {"ceilingUsers", finite(rm.ceiling)}};
        if (std::isfinite(rm.aboveUsers()))
            o.insert("bufferPoolFullUsers", rm.aboveUsers());
        if (rm.type == ResourceType::Queueing) {
            o.insert("servers", rm.servers());
            o.insert("copies", rr.copies);
            o.insert("serviceTimeMs", rm.serviceTime() * 1000);
            o.insert("responseTimeMs", finite(rr.responseTime * 1000));
        }
        o.insert("type", rm.type == ResourceType::Queueing ? "queueing"
                          : rm.type == ResourceType::Limit ? "limit" : "capacity");
        resources.append(o);
    }
    QJsonArray bill;
    for (size_t k = 0; k < m.costLines.size(); ++k)
        bill.append(QJsonObject{{"kind", costKindName(m.costLines[k].kind)},
                                {"item", m.costLines[k].item.text()},
                                {"monthlyCostUsd", r.costLines[k]}});
    return QJsonObject{{"id", m.id}, {"label", m.label}, {"kind", m.kind->id}, {"costLines", bill},
                       {"arrivalRate", r.arrivalRate}, {"instances", r.instances},
                       {"utilization", finite(r.utilization)}, {"errorShare", r.errorShare},
                       {"availability", r.availability}, {"monthlyCostUsd", r.monthlyCost},
                       {"down", m.down},
                       {"resources", resources}};
}

QJsonObject evaluationSummaryJson(const Network &n, const Evaluation &e, const StageInfo &stage, double sloCeiling)
{
    QJsonArray classes;
    for (int c = 0; c < kUserClasses; ++c) {
        const ClassResult &r = e.classes[size_t(c)];
        QJsonObject o{{"name", className(c)}, {"rate", r.rate}, {"latencyMs", finite(r.latency * 1000)},
                      {"meanMs", finite(r.latency * 1000)}, {"p50Ms", finite(r.p50 * 1000)},
                      {"p95Ms", finite(r.p95 * 1000)}, {"p99Ms", finite(r.p99 * 1000)},
                      {"saturated", r.saturated}, {"errorRate", r.errorRate}, {"availability", r.availability}};
        if (p99Target(n.workload, c) > 0)
            o.insert("p99TargetMs", p99Target(n.workload, c) * 1000);
        classes.append(o);
    }
    QJsonObject byKind;
    const auto totals = costByKind(n, e);
    for (int k = 0; k < kCostKinds; ++k)
        byKind.insert(QLatin1String(costKindName(CostKind(k))), totals[size_t(k)]);
    QJsonObject root{{"users", e.users},
                     {"monthlyCostByKindUsd", byKind},
                     {"stage", stage.index},
                     {"stageTitle", stage.title},
                     {"onlineUsers", e.onlineUsers},
                     {"peakRequestRate", e.peakRequestRate},
                     {"bottleneck", bottleneckJson(n, e.bottleneckComponent, e.bottleneckResource, e.bottleneckUtilization)},
                     {"ceilingUsers", finite(n.ceilingUsers)},
                     {"sloCeilingUsers", finite(sloCeiling)},
                     {"servedShare", 1 - failingShare(e)},
                     {"firstToBreak", n.ceilingComponent >= 0 ? bottleneckJson(n, n.ceilingComponent, n.ceilingResource, 1.0) : QJsonObject{}},
                     {"availability", e.availability},
                     {"downtimeMinutesPerYear", e.downtimeMinutesPerYear},
                     {"monthlyCostUsd", e.monthlyCost},
                     {"costPerUserUsd", e.costPerUser},
                     {"classes", classes},
                     {"components", QJsonArray()},
                     {"idle", QJsonArray::fromStringList(n.idle)},
                     {"failed", QJsonArray::fromStringList(n.failed)}};
    return root;
}

QJsonObject evaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage)
{
    return evaluationJson(n, e, stage, sloCeilingUsers(n));
}

QJsonObject evaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage, double sloCeiling)
{
    QJsonObject root = evaluationSummaryJson(n, e, stage, sloCeiling);
    QJsonArray components;
    for (size_t i = 0; i < n.components.size(); ++i)
        components.append(componentJson(n, e, i));
    root.insert(QLatin1String("components"), components);
    return root;
}

QByteArray evaluationMarkdown(const Network &n, const Evaluation &e, const StageInfo &stage,
                              const std::function<double()> &sloCeiling)
{
    // The table first: the SLO ceiling, in the lines above it, may still be searched for.
    // It is kept as UTF-8, row by row: at 200,000 components the whole table
    // as UTF-16 was twice its 14 MB, and twice again while it grew.
    QByteArray table("| Component | Kind | Instances | Req/s | Busiest resource | Utilisation | Monthly $ |\n|---|---|---|---|---|---|---|\n");
    for (size_t i = 0; i < n.components.size(); ++i) {
        const ComponentModel &m = n.components[i];
        const ComponentResult &r = e.components[i];
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(m.label, m.kind->name, humanNumber(r.instances), humanNumber(r.arrivalRate),
                          r.busiest >= 0 ? m.resources[size_t(r.busiest)].name.text() : QStringLiteral("-"),
                          r.busiest >= 0 ? percent(r.utilization) : QStringLiteral("-"), humanNumber(r.monthlyCost))
                     .toUtf8();
    }
    QString out;
    out += QStringLiteral("### %1 at %2 users\n\n").arg(stage.title.isEmpty() ? QStringLiteral("Base") : stage.title, humanNumber(e.users));
    if (e.bottleneckComponent >= 0)
        out += QStringLiteral("- Bottleneck: %1\n").arg(describeLoad(n.components[size_t(e.bottleneckComponent)], e.bottleneckResource,
                                                                    e.components[size_t(e.bottleneckComponent)].resources[size_t(e.bottleneckResource)]));
    if (n.ceilingComponent >= 0)
        out += QStringLiteral("- Ceiling: %1 users (%2 %3)\n").arg(humanNumber(n.ceilingUsers), n.components[size_t(n.ceilingComponent)].label,
                                                               n.ceilingResource >= 0 ? n.components[size_t(n.ceilingComponent)].resources[size_t(n.ceilingResource)].name.text()
                                                                                      : QStringLiteral("down"));
    auto ms = [](double seconds) { return num(std::round(seconds * 10000) / 10); };
    out += QStringLiteral("- Peak: %1 req/s; latency read %2 ms, write %3 ms\n")
               .arg(humanNumber(e.peakRequestRate), ms(e.classes[ClassRead].latency), ms(e.classes[ClassWrite].latency));
    for (int c : {ClassRead, ClassWrite}) {
        const ClassResult &r = e.classes[size_t(c)];
        const double target = p99Target(n.workload, c);
        out += QStringLiteral("- %1: p50 %2 ms, p95 %3 ms, p99 %4 ms%5%6\n")
                   .arg(QString::fromLatin1(className(c)), ms(r.p50), ms(r.p95), ms(r.p99),
                        target > 0 ? QStringLiteral(" (target %1 ms)").arg(ms(target)) : QString(),
                        r.saturated ? QStringLiteral("; saturated: %1 of requests fail").arg(percent(r.errorRate)) : QString());
    }
    if (const double slo = sloCeiling ? sloCeiling() : sloCeilingUsers(n); std::isfinite(slo))
        out += QStringLiteral("- Within the p99 targets up to %1 users\n").arg(humanNumber(slo));
    out += QStringLiteral("- Availability: %1% (%2 min downtime a year)%3\n")
               .arg(QString::number(e.availability * 100, 'f', 4), QString::number(e.downtimeMinutesPerYear, 'f', 1),
                    failingShare(e) > 0 ? QStringLiteral("; served %1 of requests").arg(percent(1 - failingShare(e))) : QString());
    out += QStringLiteral("- Monthly cost: $%1 ($%2 per user)\n\n").arg(humanNumber(e.monthlyCost), QString::number(e.costPerUser, 'g', 3));
    return table.prepend(out.toUtf8());
}

QJsonObject sweepJson(const Network &n, const Sweep &s, const StageInfo &stage)
{
    QJsonArray points;
    for (size_t p = 0; p < s.points.size(); ++p) {
        const SweepPoint &pt = s.points[p];
        QJsonObject latency, errors, utilization;
        for (int c = 0; c < kUserClasses; ++c) {
            latency.insert(className(c), finite(pt.latency[size_t(c)] * 1000));
            errors.insert(className(c), pt.errorRate[size_t(c)]);
        }
        for (size_t i = 0; i < n.components.size(); ++i)
            utilization.insert(n.components[i].id, finite(s.componentUtilization(p, i)));
        points.append(QJsonObject{{"users", pt.users},
                                  {"bottleneck", bottleneckJson(n, pt.bottleneckComponent, pt.bottleneckResource, pt.bottleneckUtilization)},
                                  {"latencyMs", latency}, {"errorRate", errors}, {"availability", pt.availability},
                                  {"monthlyCostUsd", pt.monthlyCost}, {"costPerUserUsd", pt.costPerUser},
                                  {"utilization", utilization}});
    }
    return QJsonObject{{"stage", stage.index}, {"stageTitle", stage.title}, {"ceilingUsers", finite(n.ceilingUsers)}, {"points", points}};
}

} // namespace scalescope
