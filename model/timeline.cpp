#include "timeline.h"

#include "costs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace scalescope {

namespace {

constexpr double kDynamoWindowSeconds = 30 * 60; // [AWS] double the previous peak within 30 minutes
constexpr double kLambdaRampPerSecond = 1000.0 / 10; // [AWS] 1,000 environments every 10 s per function

int resourceNamed(const ComponentModel &m, const QString &name)
{
    for (size_t k = 0; k < m.resources.size(); ++k)
        if (m.resources[k].name == name)
            return int(k);
    return -1;
}

// DynamoDB on-demand: a table instantly serves up to twice the peak it
// served 30 minutes ago or earlier; above that it throttles while it grows.
struct OnDemandTable {
    int component = -1;
    std::vector<int> resources;           // read units, write units
    std::vector<double> oldPeak;          // per resource: served peak at least 30 minutes old
    std::vector<std::vector<double>> served; // per resource, per step
};

// Lambda: concurrency grows by at most 1,000 environments every 10 s per function.
struct FunctionRamp {
    int component = -1;
    int concurrency = -1; // resource index
    double environments = 0;
};

// Share of one step's demand `demand` a linear ramp from `have` at
// `perSecond` cannot serve over `seconds` (the area between the two).
double rampShortfall(double demand, double have, double perSecond, double seconds)
{
    const double gap = demand - have;
    if (gap <= 0 || demand <= 0)
        return 0;
    const double catchUp = gap / perSecond;
    const double missed = catchUp >= seconds ? gap * seconds - perSecond * seconds * seconds / 2 : gap * catchUp / 2;
    return std::clamp(missed / (demand * seconds), 0.0, 1.0);
}

// The group's daily window of a raised minimum, as two scheduled actions.
std::vector<ScheduledAction> scheduleOf(const ComponentModel &m)
{
    const ScalingGroup &t = m.scalingGroup();
    if (!(t.scheduledMinSize > 0) || t.scheduledFromHour == t.scheduledToHour)
        return {};
    std::vector<ScheduledAction> actions{{t.scheduledFromHour * 60, t.scheduledMinSize, -1, -1},
                                         {t.scheduledToHour * 60, t.minInstances, -1, -1}};
    std::sort(actions.begin(), actions.end(), [](const ScheduledAction &a, const ScheduledAction &b) { return a.minute < b.minute; });
    return actions;
}

// Predictive scaling's forecast per hour: the instances that hold the target
// at the hour's busiest moment of the profile.
std::vector<double> forecastOf(const ComponentModel &m, const TimelineOptions &o)
{
    std::vector<double> perHour(24);
    for (int h = 0; h < 24; ++h) {
        const double from = h * 60.0, to = from + 60;
        double peak = 0;
        for (double minute = from; minute <= to; minute += 1)
            peak = std::max(peak, multipleAt(o.profile, minute));
        for (const ProfilePoint &q : o.profile.points)
            if (q.minute >= from && q.minute <= to)
                peak = std::max(peak, q.multiple);
        perHour[size_t(h)] = instancesAt(m, o.users * peak);
    }
    return perHour;
}

ScalingPolicy policyOf(const ComponentModel &m, const TimelineOptions &o)
{
    ScalingPolicy p;
    const ScalingGroup &t = m.scalingGroup();
    p.minInstances = t.minInstances;
    p.maxInstances = t.maxInstances;
    p.target = t.targetUtilization;
    p.launchSeconds = o.launchSeconds >= 0 ? o.launchSeconds : t.launchSeconds;
    p.warmupSeconds = o.warmupSeconds >= 0 ? o.warmupSeconds : t.warmupSeconds;
    p.scaleInCooldownSeconds = o.scaleInCooldownSeconds >= 0 ? o.scaleInCooldownSeconds : t.scaleInCooldownSeconds;
    p.metricSeconds = std::max(0.0, o.metricSeconds);
    p.scheduled = o.scheduled ? *o.scheduled : scheduleOf(m);
    std::sort(p.scheduled.begin(), p.scheduled.end(), [](const ScheduledAction &a, const ScheduledAction &b) { return a.minute < b.minute; });
    if (o.predictive > 0 || (o.predictive < 0 && t.predictive))
        p.forecastPerHour = forecastOf(m, o);
    p.predictiveBufferSeconds = t.predictiveBufferSeconds;
    return p;
}

} // namespace

Timeline computeTimeline(const Network &net, const TimelineOptions &o)
{
    if (!(o.stepSeconds >= kMinTimelineStepSeconds && o.stepSeconds <= kMaxTimelineStepSeconds))
        throw std::invalid_argument(QStringLiteral("a step of %1 s: expected 1 to 3600 s").arg(o.stepSeconds).toStdString());
    if (const auto bad = profileProblem(o.profile))
        throw std::invalid_argument(QStringLiteral("profile %1: %2").arg(bad->path, bad->message).toStdString());
    if (!(o.users >= 0) || !std::isfinite(o.users))
        throw std::invalid_argument("the user count must be a number of at least 0");
    const qint64 stepCount = qint64(std::ceil(kMinutesPerDay * 60 / o.stepSeconds - 1e-9));
    const qint64 work = stepCount * qint64(std::max<size_t>(1, net.components.size()));
    if (work > kMaxTimelineWork)
        throw std::invalid_argument(QStringLiteral("%1 steps x %2 components are more than the %3 a timeline may evaluate; use a step of at least %4 s")
                                        .arg(stepCount).arg(net.components.size()).arg(kMaxTimelineWork)
                                        .arg(std::ceil(86400.0 * double(net.components.size()) / double(kMaxTimelineWork)))
                                        .toStdString());

    Timeline t;
    t.users = o.users;
    t.stepSeconds = o.stepSeconds;
    t.profile = o.profile;
    t.steps.resize(size_t(stepCount));
    const double dt = o.stepSeconds;
    const double timeout = net.workload.timeoutMs / 1000;
    const double dayPeak = peakMultiple(o.profile);
    t.summary.peakMultiple = dayPeak;

    // The day starts with each fleet at what target tracking holds for the first minute's load.
    Network scratch = net;
    std::vector<FleetScaler> scalers;
    std::vector<double> backlog, metricSum, metricTime;
    std::vector<int> fleetOf(net.components.size(), -1);
    std::vector<OnDemandTable> tables;
    std::vector<FunctionRamp> functions;
    const double firstUsers = o.users * multipleAt(o.profile, 0);
    for (size_t i = 0; i < net.components.size(); ++i) {
        const ComponentModel &m = net.components[i];
        if (m.autoScaled && !m.down && m.queueResource >= 0) {
            TimelineFleet f;
            f.component = int(i);
            f.id = m.id;
            f.label = m.label;
            f.policy = policyOf(m, o);
            f.fixedPeakInstances = instancesAt(m, o.users * dayPeak);
            for (auto *series : {&f.inService, &f.launching, &f.utilization})
                series->resize(size_t(stepCount));
            fleetOf[i] = int(t.fleets.size());
            scalers.emplace_back(f.policy, instancesAt(m, firstUsers));
            t.fleets.push_back(std::move(f));
            scratch.components[i].autoScaled = false;
        } else if (m.role == Role::NoSql && !m.down) {
            OnDemandTable table;
            table.component = int(i);
            for (const char *name : {"read units", "write units"})
                if (const int r = resourceNamed(m, QLatin1String(name)); r >= 0) {
                    // Yesterday's busiest hour is the previous peak the day starts from.
                    table.resources.push_back(r);
                    table.oldPeak.push_back(resourceLoad(net, m, m.resources[size_t(r)], o.users).demand);
                    table.served.emplace_back(size_t(stepCount), 0.0);
                }
            tables.push_back(std::move(table));
        } else if (m.role == Role::Function && !m.down) {
            FunctionRamp f;
            f.component = int(i);
            f.concurrency = resourceNamed(m, QStringLiteral("concurrency"));
            if (f.concurrency >= 0) {
                f.environments = resourceLoad(net, m, m.resources[size_t(f.concurrency)], firstUsers).demand;
                functions.push_back(f);
            }
        }
    }
    backlog.assign(t.fleets.size(), 0);
    metricSum.assign(t.fleets.size(), 0);
    metricTime.assign(t.fleets.size(), 0);
    const size_t dynamoLag = size_t(std::ceil(kDynamoWindowSeconds / dt - 1e-9));

    Evaluation e;
    std::vector<double> failShare(net.components.size()), refuseShare(net.components.size()), waitSeconds(net.components.size());
    std::vector<double> coldShare(net.components.size(), 0.0);
    double autoCostSum = 0;
    for (size_t k = 0; k < t.steps.size(); ++k) {
        TimelineStep &s = t.steps[k];
        const double t0 = double(k) * dt;
        const double seconds = std::min(dt, 86400 - t0); // the last step may be shorter
        s.minute = t0 / 60;
        s.multiple = multipleAt(o.profile, (t0 + seconds / 2) / 60);
        const double users = o.users * s.multiple;
        for (size_t f = 0; f < t.fleets.size(); ++f) {
            scalers[f].advance(t0);
            // No instance at all leaves a sliver of capacity, so the figures stay finite: all of it fails.
            scratch.components[size_t(t.fleets[f].component)].count = std::max(scalers[f].inService(), 1e-6);
        }
        evaluate(scratch, users, e);
        s.utilization = e.bottleneckUtilization;
        for (int cls = 0; cls < kUserClasses; ++cls)
            s.requestRate += e.classes[size_t(cls)].rate;

        // Per component, the share of arriving requests that fail this step:
        // a fleet's from its backlog, others as the steady state says.
        for (size_t i = 0; i < net.components.size(); ++i) {
            failShare[i] = e.components[i].errorShare;
            refuseShare[i] = failShare[i];
            waitSeconds[i] = 0;
        }
        for (size_t f = 0; f < t.fleets.size(); ++f) {
            TimelineFleet &fleet = t.fleets[f];
            const size_t i = size_t(fleet.component);
            const ComponentModel &m = net.components[i];
            const ResourceResult &q = e.components[i].resources[size_t(m.queueResource)];
            const double demand = q.demand, capacity = scalers[f].inService() > 0 ? q.capacity : 0;
            // Fluid queue: what arrives above capacity waits; what would wait past
            // the timeout has timed out; spare capacity drains the backlog.
            const double before = backlog[f];
            double next = std::max(0.0, before + (demand - capacity) * seconds);
            const double holds = capacity * timeout;
            const double timedOut = std::max(0.0, next - holds);
            next = std::min(next, holds);
            backlog[f] = next;
            failShare[i] = demand > 0 ? std::min(1.0, timedOut / (demand * seconds)) : 0;
            refuseShare[i] = 0;
            waitSeconds[i] = capacity > 0 ? next / capacity : 0;
            const double cpu = capacity > 0 ? demand / capacity : (demand > 0 ? 1e6 : 0);
            const double metric = o.metric == ScalingMetric::Cpu ? (next > 0 ? 1.0 : std::min(1.0, cpu)) : cpu;
            fleet.inService[k] = scalers[f].inService();
            fleet.launching[k] = scalers[f].launching();
            fleet.utilization[k] = cpu;
            fleet.peakInstances = std::max(fleet.peakInstances, scalers[f].billed());
            s.inService += scalers[f].inService();
            s.launching += scalers[f].launching();
            s.backlog += m.arrivalPerUser() > 0 && demand > 0 ? next * e.components[i].arrivalRate / demand : 0;
            metricSum[f] += metric * seconds;
            metricTime[f] += seconds;
        }
        for (OnDemandTable &table : tables) {
            const size_t i = size_t(table.component);
            double refused = 0;
            for (size_t r = 0; r < table.resources.size(); ++r) {
                if (k >= dynamoLag)
                    table.oldPeak[r] = std::max(table.oldPeak[r], table.served[r][k - dynamoLag]);
                const double demand = e.components[i].resources[size_t(table.resources[r])].demand;
                const double allowed = 2 * table.oldPeak[r];
                table.served[r][k] = std::min(demand, allowed);
                if (demand > allowed)
                    refused = std::max(refused, (demand - allowed) / demand);
            }
            failShare[i] = 1 - (1 - failShare[i]) * (1 - refused);
            refuseShare[i] = failShare[i];
        }
        for (FunctionRamp &fn : functions) {
            const size_t i = size_t(fn.component);
            const double demand = e.components[i].resources[size_t(fn.concurrency)].demand;
            const double refused = rampShortfall(demand, fn.environments, kLambdaRampPerSecond, seconds);
            const double grown = std::min(demand, fn.environments + kLambdaRampPerSecond * seconds);
            // Each new environment's first invocation is a cold start.
            const double invocations = e.components[i].arrivalRate * seconds;
            coldShare[i] = invocations > 0 ? std::clamp((grown - fn.environments) / invocations, 0.0, 1.0) : 0;
            s.coldStarts += std::max(0.0, grown - fn.environments);
            fn.environments = grown;
            failShare[i] = 1 - (1 - failShare[i]) * (1 - refused);
            refuseShare[i] = failShare[i];
        }

        // User requests: each class fails where any component on its path fails
        // it (as evaluate combines them), and served ones wait out the backlogs.
        double failed = 0, refusedRequests = 0;
        const Workload &w = net.workload;
        for (int cls = 0; cls < kUserClasses; ++cls) {
            double logOk = 0, logNotRefused = 0, wait = 0, coldP50 = 0, coldP99 = 0;
            for (size_t i = 0; i < net.components.size(); ++i) {
                const double v = net.components[i].visits[size_t(cls)];
                if (v <= 0)
                    continue;
                logOk += std::log1p(-std::min(v, 1.0) * std::min(failShare[i], 1.0 - 1e-15));
                logNotRefused += std::log1p(-std::min(v, 1.0) * std::min(refuseShare[i], 1.0 - 1e-15));
                wait += std::min(v, 1.0) * waitSeconds[i];
                // A cold start reaches a percentile once at least its tail share of
                // the requests through here meets one (1% for the p99, half for the p50).
                if (coldShare[i] * std::min(v, 1.0) >= 0.01)
                    coldP99 += net.components[i].coldStartSeconds();
                if (coldShare[i] * std::min(v, 1.0) >= 0.5)
                    coldP50 += net.components[i].coldStartSeconds();
            }
            const ClassResult &c = e.classes[size_t(cls)];
            const double requests = c.rate * seconds;
            const double share = -std::expm1(logOk);
            failed += requests * share;
            refusedRequests += requests * -std::expm1(logNotRefused);
            s.errorRate += c.rate > 0 ? share * c.rate : 0;
            // Served requests wait out the backlog ahead of them, never past the timeout.
            s.p50Ms[size_t(cls)] = 1000 * std::min(timeout, c.p50 + (c.saturated ? 0 : wait + coldP50));
            s.p99Ms[size_t(cls)] = 1000 * std::min(timeout, c.p99 + (c.saturated ? 0 : wait + coldP99));
        }
        s.errorRate = s.requestRate > 0 ? s.errorRate / s.requestRate : 0;
        s.throttled = std::min(failed, refusedRequests);
        s.timedOut = failed - s.throttled;
        s.overSlo = (w.readP99TargetMs > 0 && e.classes[ClassRead].rate > 0 && s.p99Ms[ClassRead] > w.readP99TargetMs)
            || (w.writeP99TargetMs > 0 && e.classes[ClassWrite].rate > 0 && s.p99Ms[ClassWrite] > w.writeP99TargetMs);

        s.monthlyCost = monthlyCostWithInstances(net, o.users, [&](size_t i) {
            return fleetOf[i] >= 0 ? scalers[size_t(fleetOf[i])].billed() : e.components[i].instances;
        });
        autoCostSum += s.monthlyCost * seconds;
        t.summary.requests += s.requestRate * seconds;
        t.summary.failedRequests += failed;
        t.summary.timedOut += s.timedOut;
        t.summary.throttled += s.throttled;
        t.summary.minutesOverSlo += s.overSlo ? seconds / 60 : 0;
        t.summary.peakInstances = std::max(t.summary.peakInstances, s.inService + s.launching);

        // Target tracking decides once per metric period, on the period's mean.
        for (size_t f = 0; f < t.fleets.size(); ++f)
            if (metricTime[f] >= scalers[f].policy().metricSeconds - 1e-9) {
                scalers[f].decide(t0 + seconds, metricSum[f] / metricTime[f]);
                metricSum[f] = metricTime[f] = 0;
            }
    }
    t.summary.autoScaledMonthlyCost = autoCostSum / 86400;
    Evaluation atPeak;
    evaluate(net, o.users * dayPeak, atPeak);
    t.summary.fixedPeakMonthlyCost = monthlyCostWithInstances(net, o.users, [&](size_t i) {
        return fleetOf[i] >= 0 ? t.fleets[size_t(fleetOf[i])].fixedPeakInstances : atPeak.components[i].instances;
    });
    return t;
}

void evaluateTimelineStep(const Network &net, const Timeline &t, int step, Network &scratch, Evaluation &out)
{
    if (t.steps.empty()) {
        evaluate(net, t.users, out);
        return;
    }
    const size_t k = size_t(std::clamp(step, 0, int(t.steps.size()) - 1));
    if (scratch.components.size() != net.components.size())
        scratch = net;
    for (const TimelineFleet &f : t.fleets) {
        ComponentModel &m = scratch.components[size_t(f.component)];
        m.autoScaled = false;
        m.count = std::max(f.inService[k], 1e-6);
    }
    evaluate(scratch, t.users * t.steps[k].multiple, out);
}

} // namespace scalescope
