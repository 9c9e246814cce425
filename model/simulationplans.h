#pragma once
// What the simulator runs, laid out once from a compiled network at one user
// count: the queueing resources with a station per copy, and the arrival
// streams (one per user class, then background work per resource and op)
// with the steps of their routes. The semantics are in simulator.h.

#include "network.h"
#include "simulationrandom.h"
#include "simulationstations.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace scalescope {

// One kind of visit in a request's route: `whole` visits, one more with
// probability `extraChance`, each a fixed delay and then, when `resource`
// is set, a queue.
struct SimulationStep {
    int component = -1;
    int whole = 0;
    double extraChance = 0;
    double delay = 0;       // seconds per visit
    int resource = -1;      // index into SimulationLayout::resources, or -1
    double serviceMean = 0; // seconds
    bool down = false;
};

// A stream of arrivals: a user class, or background work at one resource.
struct SimulationPlan {
    int requestClass = ClassAsync;
    double rate = 0; // per second
    std::vector<SimulationStep> steps;
    // Skipping the steps a request does not visit without a draw for each
    // (a fleet split a hundred ways has a hundred steps of 1% each): steps of
    // fewer than one visit are independent chances p; the first one taken
    // after step i is where the cumulative hazard sum of -ln(1 - p) from i
    // passes an Exp(1) draw. hazard[i] sums over the steps before i;
    // nextWhole[i] is the first step from i with at least one visit.
    std::vector<double> hazard;
    std::vector<int> nextWhole;

    void prepareSkipping();

    // The next step visited after `step` (steps.size(): none). Inline: it
    // runs once per visit.
    int nextStep(int step, SimulationRandom &random) const
    {
        const int from = step + 1;
        const int whole = nextWhole[size_t(from)];
        if (hazard[size_t(whole)] <= hazard[size_t(from)])
            return whole; // no chance in between
        const double target = hazard[size_t(from)] + random.exponential(1.0);
        const auto end = hazard.begin() + whole + 1;
        const auto passed = std::upper_bound(hazard.begin() + from + 1, end, target);
        return passed == end ? whole : int(passed - hazard.begin()) - 1;
    }
};

// A component's queueing resource: its copies are the stations from
// firstStation on.
struct SimulationQueue {
    int component = -1;
    int resource = -1;
    int firstStation = 0;
    int copies = 1;
};

struct SimulationLayout {
    std::vector<SimulationQueue> resources;
    std::vector<int> resourceOf; // per component: index into resources, or -1
    std::vector<Station> stations;
    std::vector<SimulationPlan> plans; // the user classes first, then background streams
};

SimulationLayout layOutSimulation(const Network &net, double users);

} // namespace scalescope
