// Lays out the simulator's resources and streams: semantics in simulator.h.
#include "simulationplans.h"

namespace scalescope {

namespace {

double copiesOf(const ComponentModel &m, const ResourceModel &r, double users)
{
    return r.copiesAreInstances ? instancesAt(m, users) : r.fixedCopies();
}

void layOutResources(const Network &net, double users, SimulationLayout &out)
{
    out.resourceOf.assign(net.components.size(), -1);
    for (size_t k = 0; k < net.components.size(); ++k) {
        const ComponentModel &m = net.components[k];
        if (m.down || m.queueResource < 0)
            continue;
        const ResourceModel &r = m.resources[size_t(m.queueResource)];
        SimulationQueue q;
        q.component = int(k);
        q.resource = m.queueResource;
        q.firstStation = int(out.stations.size());
        q.copies = std::max(1, int(std::lround(copiesOf(m, r, users))));
        Station s;
        s.processorSharing = r.discipline == Discipline::ProcessorSharing;
        // FCFS needs whole servers; processor sharing shares any capacity.
        s.servers = s.processorSharing ? (r.servers() > 0 ? r.servers() : 1.0) : std::max(1.0, std::round(r.servers()));
        out.stations.insert(out.stations.end(), size_t(q.copies), s);
        out.resourceOf[k] = int(out.resources.size());
        out.resources.push_back(q);
    }
}

void layOutPlans(const Network &net, double users, SimulationLayout &out)
{
    for (int cls = 0; cls < kUserClasses; ++cls) {
        SimulationPlan p;
        p.requestClass = cls;
        const double perUser = net.classRatePerUser[size_t(cls)];
        p.rate = perUser * users;
        for (size_t k = 0; k < net.components.size() && perUser > 0; ++k) {
            const ComponentModel &m = net.components[k];
            const auto arrival = m.arrival.row(cls);
            double visitsHere = 0;
            for (double a : arrival)
                visitsHere += a / perUser;
            // A function (no queue): its duration per visit.
            const double duration = m.queueResource < 0 && visitsHere > 0 ? m.serviceSeconds(cls) / visitsHere : 0;
            for (int op = 0; op < OpCount; ++op) {
                const double mean = arrival[size_t(op)] / perUser;
                if (mean <= 0)
                    continue;
                SimulationStep s;
                s.component = int(k);
                s.whole = int(std::floor(mean));
                s.extraChance = mean - std::floor(mean);
                s.down = m.down;
                s.delay = m.fixedLatency() + duration;
                const double service = m.queueResource >= 0 ? m.resources[size_t(m.queueResource)].opServiceTime(op) : 0;
                if (!m.down && service > 0) {
                    s.resource = out.resourceOf[k];
                    s.serviceMean = service;
                }
                if (s.down || s.delay > 0 || s.resource >= 0)
                    p.steps.push_back(s);
            }
        }
        p.prepareSkipping();
        out.plans.push_back(std::move(p));
    }
    // Background work: one visit per arrival at the resource that serves it.
    for (size_t k = 0; k < net.components.size(); ++k) {
        const ComponentModel &m = net.components[k];
        if (out.resourceOf[k] < 0)
            continue;
        for (int op = 0; op < OpCount; ++op) {
            const double rate = m.arrival.at(ClassAsync, op) * users;
            const double service = m.resources[size_t(m.queueResource)].opServiceTime(op);
            if (rate <= 0 || service <= 0)
                continue;
            SimulationPlan p;
            p.rate = rate;
            SimulationStep s;
            s.component = int(k);
            s.whole = 1;
            s.resource = out.resourceOf[k];
            s.serviceMean = service;
            p.steps.push_back(s);
            p.prepareSkipping();
            out.plans.push_back(std::move(p));
        }
    }
}

} // namespace

void SimulationPlan::prepareSkipping()
{
    const size_t n = steps.size();
    hazard.assign(n + 1, 0.0);
    nextWhole.assign(n + 1, int(n));
    for (size_t i = 0; i < n; ++i)
        hazard[i + 1] = hazard[i] + (steps[i].whole == 0 ? -std::log1p(-steps[i].extraChance) : 0.0);
    for (size_t i = n; i-- > 0;)
        nextWhole[i] = steps[i].whole > 0 ? int(i) : nextWhole[i + 1];
}

SimulationLayout layOutSimulation(const Network &net, double users)
{
    SimulationLayout out;
    layOutResources(net, users, out);
    layOutPlans(net, users, out);
    return out;
}

} // namespace scalescope
