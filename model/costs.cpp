#include "costs.h"

#include <algorithm>

namespace scalescope {

const char *costKindName(CostKind kind)
{
    switch (kind) {
    case CostKind::Compute: return "compute";
    case CostKind::CpuCredits: return "cpu credits";
    case CostKind::Requests: return "requests";
    case CostKind::Transfer: return "transfer";
    case CostKind::Storage: return "storage";
    case CostKind::Other: return "other";
    }
    return "other";
}

double priceLinearLines(const ComponentModel &m, ComponentResult &r, double users, double billedInstances,
                        double peakToAverage)
{
    double usd = 0;
    for (size_t k = 0; k < m.costLines.size(); ++k) {
        const CostLine &line = m.costLines[k];
        double amount = 0;
        if (line.tierSchedule >= 0) {
            amount = line.perUser * users; // a volume, priced with its schedule's total
        } else if (line.creditBaseline >= 0) {
            // Unlimited mode bills the 24-hour average above the baseline: the
            // day runs at 1/peakToAverage of the peak, on the billed instances.
            double averageCpu = 0;
            if (m.queueResource >= 0 && billedInstances > 0) {
                const double peak = r.resources[size_t(m.queueResource)].utilization;
                averageCpu = std::min(1.0, peak * r.instances / (peakToAverage * billedInstances));
            }
            amount = line.perInstance * billedInstances * std::max(0.0, averageCpu - line.creditBaseline);
        } else {
            amount = line.monthlyFixed + line.perInstance * billedInstances + line.perUser * users;
        }
        r.costLines[k] = amount;
        if (line.tierSchedule < 0)
            usd += amount;
    }
    return usd;
}

double monthlyCostWithInstances(const Network &net, double users, const std::function<double(size_t)> &instances)
{
    const double peakToAverage = net.workload.peakToAverage;
    std::vector<double> volume(net.priceTiers.size(), 0.0);
    double usd = 0;
    for (size_t i = 0; i < net.components.size(); ++i) {
        const ComponentModel &m = net.components[i];
        const double n = instances(i);
        for (const CostLine &line : m.costLines) {
            if (line.tierSchedule >= 0) {
                volume[size_t(line.tierSchedule)] += line.perUser * users;
            } else if (line.creditBaseline >= 0) {
                const double capacity = n * m.serversPerInstance;
                const double averageCpu = capacity > 0 ? std::min(1.0, m.cpuWorkPerUser * users / peakToAverage / capacity) : 0;
                usd += line.perInstance * n * std::max(0.0, averageCpu - line.creditBaseline);
            } else {
                usd += line.monthlyFixed + line.perInstance * n + line.perUser * users;
            }
        }
    }
    for (size_t s = 0; s < volume.size(); ++s)
        usd += net.priceTiers[s].cost(volume[s]);
    return usd;
}

std::array<double, kCostKinds> costByKind(const Network &net, const Evaluation &e)
{
    std::array<double, kCostKinds> total{};
    for (size_t i = 0; i < net.components.size() && i < e.components.size(); ++i) {
        const auto &lines = net.components[i].costLines;
        for (size_t k = 0; k < lines.size() && k < e.components[i].costLines.size(); ++k)
            total[size_t(lines[k].kind)] += e.components[i].costLines[k];
    }
    return total;
}

void priceTieredLines(const Network &net, Evaluation &out)
{
    // The evaluation's scratch: a slider move allocates nothing here.
    std::vector<double> &perUnit = out.tierVolume;
    perUnit.assign(net.priceTiers.size(), 0.0);
    for (size_t i = 0; i < net.components.size(); ++i) {
        const auto &lines = net.components[i].costLines;
        for (size_t k = 0; k < lines.size(); ++k)
            if (lines[k].tierSchedule >= 0)
                perUnit[size_t(lines[k].tierSchedule)] += out.components[i].costLines[k];
    }
    for (size_t s = 0; s < perUnit.size(); ++s) // volume -> USD per unit
        perUnit[s] = perUnit[s] > 0 ? net.priceTiers[s].cost(perUnit[s]) / perUnit[s] : 0;
    out.monthlyCost = 0;
    for (size_t i = 0; i < net.components.size(); ++i) {
        const auto &lines = net.components[i].costLines;
        ComponentResult &r = out.components[i];
        for (size_t k = 0; k < lines.size(); ++k)
            if (lines[k].tierSchedule >= 0) {
                r.costLines[k] *= perUnit[size_t(lines[k].tierSchedule)];
                r.monthlyCost += r.costLines[k];
            }
        out.monthlyCost += r.monthlyCost;
    }
}

} // namespace scalescope
