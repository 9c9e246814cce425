// Capacity model speed: Compile/N, Evaluate/N, Sweep/N, Simulate/N and SloCeiling/N on
// generated architectures of N components. Evaluate reuses one Evaluation
// across iterations, as the user slider does, and walks the slider's range
// so saturated and idle resources are both in the mix; it also counts the
// compiled network's bytes and heap blocks per component (networkbytes.h).
#include "generatedarchitecture.h"

#include "evaluation.h"
#include "network.h"
#include "networkbytes.h"
#include "simulator.h"
#include "sloceiling.h"
#include "sweep.h"
#include "validation.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

using namespace scalescope;

namespace {

constexpr double kFewestUsers = 1;
constexpr double kMostUsers = 1e8;
constexpr int kSweepPoints = 256;

struct Prepared {
    Architecture architecture;
    Network network;
    std::string problem; // why the generated architecture is unusable, or empty
};

// One generated, checked and compiled architecture per size, kept for the
// whole run: setting up N = 10,000 is not what these benchmarks time.
const Prepared &prepared(int components)
{
    static std::map<int, std::unique_ptr<Prepared>> cache;
    std::unique_ptr<Prepared> &slot = cache[components];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->architecture = bench::generateArchitecture(components);
        if (const auto problem = validateArchitecture(slot->architecture, Catalog::builtin())) {
            slot->problem = "invalid: " + (problem->path + ": " + problem->message).toStdString();
        } else {
            slot->network = compileNetwork(slot->architecture);
            if (!slot->network.idle.isEmpty())
                slot->problem = "components without traffic: " + slot->network.idle.join(", ").toStdString();
        }
    }
    return *slot;
}

// Skips the benchmark with the reason when the architecture is unusable.
const Prepared *setUp(benchmark::State &state)
{
    const Prepared &p = prepared(int(state.range(0)));
    if (!p.problem.empty()) {
        state.SkipWithError(p.problem.c_str());
        return nullptr;
    }
    return &p;
}

void compileBenchmark(benchmark::State &state)
{
    const Prepared *p = setUp(state);
    if (!p)
        return;
    for (auto _ : state) {
        Network network = compileNetwork(p->architecture);
        benchmark::DoNotOptimize(network);
    }
}

void evaluateBenchmark(benchmark::State &state)
{
    const Prepared *p = setUp(state);
    if (!p)
        return;
    const std::vector<double> users = logSpace(kFewestUsers, kMostUsers, 64);
    Evaluation reused;
    evaluate(p->network, users.front(), reused); // the slider's buffers exist before it moves
    size_t next = 0;
    for (auto _ : state) {
        evaluate(p->network, users[next], reused);
        benchmark::DoNotOptimize(reused.bottleneckUtilization);
        next = (next + 1) % users.size();
    }
    // What the compiled network holds per component (allocator overhead aside).
    const NetworkBytes bytes = networkBytes(p->network);
    const double n = double(std::max<size_t>(1, p->network.components.size()));
    state.counters["netB/comp"] = double(bytes.total()) / n;
    state.counters["blocks/comp"] = double(bytes.blocks) / n;
    // What the evaluation holds on top (its results and the scratch it reuses).
    state.counters["evalB/comp"] = double(evaluationBytes(reused)) / n;
}

void sweepBenchmark(benchmark::State &state)
{
    const Prepared *p = setUp(state);
    if (!p)
        return;
    for (auto _ : state) {
        Sweep s = sweep(p->network, kFewestUsers, kMostUsers, kSweepPoints);
        benchmark::DoNotOptimize(s.points.data());
    }
}

// The SLO ceiling's search (up to 104 checks of the p99 targets over every
// queue), as the JSON and Markdown reports ask for it.
void sloCeilingBenchmark(benchmark::State &state)
{
    const Prepared *p = setUp(state);
    if (!p)
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(sloCeilingUsers(p->network));
}

// Ten simulated seconds (after one second of warm-up) at half the
// ceiling, or at 1,000 requests/s if that is less.
void simulateBenchmark(benchmark::State &state)
{
    const Prepared *p = setUp(state);
    if (!p)
        return;
    double perUser = 0;
    for (double rate : p->network.classRatePerUser)
        perUser += rate;
    SimulationOptions options;
    options.users = std::min(0.5 * p->network.ceilingUsers, 1000 / perUser);
    options.seconds = 10;
    std::int64_t events = 0;
    for (auto _ : state) {
        const SimulationResult r = simulate(p->network, options);
        events += r.events;
        benchmark::DoNotOptimize(r.classes[ClassRead].mean.value);
    }
    state.counters["events"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int n : {10, 100, 1000, 10000})
        b->Arg(n);
}

[[maybe_unused]] const bool registered = [] {
    benchmark::RegisterBenchmark("Compile", compileBenchmark)->Apply(sizes)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("Evaluate", evaluateBenchmark)->Apply(sizes)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("Sweep", sweepBenchmark)->Apply(sizes)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Simulate", simulateBenchmark)->Apply(sizes)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("SloCeiling", sloCeilingBenchmark)->Apply(sizes)->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace
