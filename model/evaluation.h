#pragma once
// Evaluating a compiled network at a user count: a pure function of
// (network, users). Buffers are reused when the same Evaluation is passed
// again, so a slider drag allocates nothing.

#include "network.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace scalescope {

struct ResourceResult {
    double demand = 0;
    double capacity = 0;
    double utilization = 0;
    // Queueing resources only: the copies (instances, shards or nodes) at
    // this user count, and a visit's mean time there in seconds. A copy's
    // servers and service time do not change with users: the network's
    // (ResourceModel::servers(), serviceTime()).
    double copies = 0;
    double responseTime = 0;  // mean over the ops it serves; the timeout when saturated
};

struct ComponentResult {
    double arrivalRate = 0; // req/s, all classes
    double instances = 1;
    double utilization = 0; // of the busiest resource
    int busiest = -1;       // resource index, or -1 when it has none
    double errorShare = 0;  // share of arriving requests that fail
    double availability = 1;
    double monthlyCost = 0;
    // Its bill lines (USD a month, per line of ComponentModel::costLines) and
    // its resources' results: views into the evaluation's two lists, which
    // hold every component's one after another (two blocks for a network,
    // not two a component).
    std::span<double> costLines;
    std::span<ResourceResult> resources;
};

struct ClassResult {
    double rate = 0;      // req/s at the peak
    // End-to-end latency of the requests that are served, seconds: the mean
    // and (below) percentiles. A saturated resource on the path makes requests
    // wait up to the timeout; those that time out count in errorRate, not here.
    double latency = 0;
    double errorRate = 0;   // share that fails: overload and components that are down
    // Share of requests the serving path's components (SLA figures, in a
    // reliability block diagram) are up for.
    double availability = 1;
    double p50 = 0, p95 = 0, p99 = 0;
    bool saturated = false; // a resource on its path is at or past 100%
};

// An evaluation's figures; Evaluation adds the copy.
struct EvaluationFigures {
    double users = 0;
    double onlineUsers = 0;
    double peakRequestRate = 0;
    std::array<ClassResult, kUserClasses> classes;
    std::vector<ComponentResult> components; // same order as Network::components
    int bottleneckComponent = -1;
    int bottleneckResource = -1;
    double bottleneckUtilization = 0;
    // Request-weighted over the user classes: what a person would quote. The
    // share of requests served despite overload is failingShare's complement
    // (servicestatus.h).
    double availability = 1;
    double downtimeMinutesPerYear = 0;
    double monthlyCost = 0;
    double costPerUser = 0;

    // Scratch space reused between evaluations.
    // Per component, its availability for each op that steps below it
    // decide (bit `op` of opsWithSteps; their figures in op order from
    // opAvailabilityAt). Any other op's is the component's own: about one
    // op a component has steps, of eight.
    std::vector<std::uint8_t> opsWithSteps;
    std::vector<std::uint32_t> opAvailabilityAt;
    std::vector<double> opAvailability;
    std::vector<double> ownAvailability;
    std::vector<double> queueReads; // per component: reads its queue resource serves, req/s (0 without one)
    std::vector<double> tierVolume; // per tier schedule: the month's volume, then USD per unit

    // What the components' costLines and resources view, in component order.
    std::vector<double> costLineResults;
    std::vector<ResourceResult> resourceResults;
};

// A copy's components view the copy's own lists; a move keeps the lists'
// blocks, and with them the views.
struct Evaluation : EvaluationFigures {
    Evaluation() = default;
    Evaluation(const Evaluation &other);
    Evaluation(Evaluation &&) noexcept = default;
    Evaluation &operator=(const Evaluation &other);
    Evaluation &operator=(Evaluation &&) noexcept = default;
    ~Evaluation() = default;

private:
    void viewOwnLists(const Evaluation &copiedFrom);
};

void evaluate(const Network &network, double users, Evaluation &out);
Evaluation evaluate(const Network &network, double users);

inline constexpr double kMinutesPerYear = 525600.0;

} // namespace scalescope
