#include "simulationreport.h"

#include <QJsonArray>

#include <cmath>

namespace scalescope {

namespace {

// JSON has no NaN or infinity: an unknown figure is null.
QJsonValue finite(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonObject estimateJson(const Estimate &e, double scale)
{
    return QJsonObject{{"value", finite(e.value * scale)}, {"ci95", finite(e.halfWidth * scale)}};
}

// 3 significant digits below 100 ms, whole milliseconds with separators above.
QString milliseconds(double seconds, int digits = 3)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("-");
    const double ms = seconds * 1000;
    return std::abs(ms) < 100 ? QString::number(ms, 'g', digits) : humanNumber(std::round(ms));
}

// "105 ± 2.1": the estimate in ms with its 95% half width.
QString withInterval(const Estimate &e)
{
    if (!std::isfinite(e.value))
        return QStringLiteral("-");
    if (!std::isfinite(e.halfWidth))
        return milliseconds(e.value);
    const QString half = e.halfWidth < 0.01e-3 ? QStringLiteral("<0.01") : milliseconds(e.halfWidth, 2);
    return milliseconds(e.value) + QStringLiteral(" ± ") + half;
}

QString share(const Estimate &e)
{
    if (!std::isfinite(e.value))
        return QStringLiteral("-");
    const QString v = QString::number(e.value * 100, 'g', 3) + '%';
    return std::isfinite(e.halfWidth) && e.halfWidth > 0 ? v + QStringLiteral(" ± ") + QString::number(e.halfWidth * 100, 'g', 2) + '%' : v;
}

QString percent(double v) { return std::isfinite(v) ? QString::number(v * 100, 'f', 1) + '%' : QStringLiteral("-"); }

} // namespace

const char *serviceDistributionName(ServiceDistribution d)
{
    switch (d) {
    case ServiceDistribution::Exponential: return "exponential";
    case ServiceDistribution::Deterministic: return "deterministic";
    case ServiceDistribution::Lognormal: return "lognormal";
    }
    return "?";
}

QJsonObject simulationJson(const Network &n, const SimulationResult &s, const Evaluation &analytic, const StageInfo &stage)
{
    QJsonArray classes;
    for (int c = 0; c < kUserClasses; ++c) {
        const SimulatedClass &k = s.classes[size_t(c)];
        classes.append(QJsonObject{{"name", className(c)}, {"rate", k.rate}, {"arrived", double(k.arrived)},
                                   {"served", double(k.served)}, {"timedOut", double(k.timedOut)}, {"failed", double(k.failed)},
                                   {"meanMs", estimateJson(k.mean, 1000)}, {"p50Ms", estimateJson(k.p50, 1000)},
                                   {"p95Ms", estimateJson(k.p95, 1000)}, {"p99Ms", estimateJson(k.p99, 1000)},
                                   {"timedOutShare", estimateJson(k.timedOutShare, 1)}, {"failedShare", estimateJson(k.failedShare, 1)},
                                   {"analyticLatencyMs", finite(analytic.classes[size_t(c)].latency * 1000)},
                                   {"analyticP50Ms", finite(analytic.classes[size_t(c)].p50 * 1000)},
                                   {"analyticP95Ms", finite(analytic.classes[size_t(c)].p95 * 1000)},
                                   {"analyticP99Ms", finite(analytic.classes[size_t(c)].p99 * 1000)},
                                   {"analyticErrorRate", finite(analytic.classes[size_t(c)].errorRate)}});
    }
    QJsonArray resources;
    for (const SimulatedResource &r : s.resources) {
        const ComponentModel &m = n.components[size_t(r.component)];
        resources.append(QJsonObject{{"component", m.id}, {"label", m.label},
                                     {"resource", m.resources[size_t(r.resource)].name.text()},
                                     {"discipline", r.discipline == Discipline::Fcfs ? "fcfs" : "processor-sharing"},
                                     {"servers", r.servers}, {"copies", r.copies},
                                     {"utilization", finite(r.utilization)},
                                     {"analyticUtilization", finite(r.offeredUtilization)},
                                     {"completions", double(r.completions)}});
    }
    QJsonObject root{{"stage", stage.index}, {"stageTitle", stage.title}, {"users", s.options.users},
                     {"seconds", s.options.seconds}, {"warmupSeconds", s.options.warmupSeconds},
                     {"seed", QString::number(s.options.seed)}, {"batches", s.options.batches},
                     {"serviceTimes", serviceDistributionName(s.options.distribution)},
                     {"timeoutMs", s.timeoutSeconds * 1000}, {"events", double(s.events)}, {"expectedEvents", s.expectedEvents},
                     {"simulatedSeconds", s.simulatedSeconds}, {"classes", classes}, {"resources", resources}};
    if (s.options.distribution == ServiceDistribution::Lognormal)
        root.insert("coefficientOfVariation", s.options.coefficientOfVariation);
    root.insert("warnings", QJsonArray::fromStringList(s.warnings));
    return root;
}

QByteArray simulationMarkdown(const Network &n, const SimulationResult &s, const Evaluation &analytic, const StageInfo &stage)
{
    const SimulationOptions &o = s.options;
    QString out;
    out += QStringLiteral("### Simulation: %1 at %2 users\n\n")
               .arg(stage.title.isEmpty() ? QStringLiteral("Base") : stage.title, humanNumber(o.users));
    QString service = QString::fromLatin1(serviceDistributionName(o.distribution));
    if (o.distribution == ServiceDistribution::Lognormal)
        service += QStringLiteral(" (CV %1)").arg(o.coefficientOfVariation);
    out += QStringLiteral("%1 simulated seconds after %2 s of warm-up, seed %3, %4 service times, timeout %5; "
                          "%6 events. Latencies in ms with 95% confidence intervals (%7 batches).\n\n")
               .arg(humanNumber(o.seconds), humanNumber(o.warmupSeconds), QString::number(o.seed), service,
                    s.timeoutSeconds > 0 ? humanNumber(s.timeoutSeconds) + QStringLiteral(" s") : QStringLiteral("none"),
                    humanNumber(double(s.events)))
               .arg(o.batches);
    for (const QString &w : s.warnings)
        out += QStringLiteral("- Warning: %1.\n").arg(w);
    if (!s.warnings.isEmpty())
        out += '\n';
    out += QStringLiteral("| Class | Req/s | Served | Mean | p50 | p95 | p99 | Timed out | Failed | Analytic mean | Analytic p99 |\n"
                          "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int c = 0; c < kUserClasses; ++c) {
        const SimulatedClass &k = s.classes[size_t(c)];
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                   .arg(QString::fromLatin1(className(c)), humanNumber(k.rate), humanNumber(double(k.served)), withInterval(k.mean),
                        withInterval(k.p50), withInterval(k.p95), withInterval(k.p99), share(k.timedOutShare), share(k.failedShare))
            + QStringLiteral(" %1 | %2 |\n").arg(milliseconds(analytic.classes[size_t(c)].latency), milliseconds(analytic.classes[size_t(c)].p99));
    }
    out += QStringLiteral("\n| Component | Resource | Discipline | Servers x copies | Utilisation | Analytic |\n|---|---|---|---|---|---|\n");
    for (const SimulatedResource &r : s.resources) {
        const ComponentModel &m = n.components[size_t(r.component)];
        out += QStringLiteral("| %1 | %2 | %3 | %4 x %5 | %6 | %7 |\n")
                   .arg(m.label, m.resources[size_t(r.resource)].name,
                        r.discipline == Discipline::Fcfs ? QStringLiteral("FCFS") : QStringLiteral("PS"),
                        QString::number(r.servers, 'g', 3), QString::number(r.copies), percent(r.utilization),
                        percent(r.offeredUtilization));
    }
    return out.toUtf8();
}

} // namespace scalescope
