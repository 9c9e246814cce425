#pragma once
// The advisor: for what breaks first, the step the scaling journeys take
// next, as stage edits with their effect previewed.

#include "bottleneck.h"
#include "catalog.h"
#include "document.h"
#include "network.h"

#include <set>
#include <vector>

namespace scalescope {

// Steps by what they scale: coarse enough to compare with a journey's own
// next stage, which often does several things at once.
enum class StepKind {
    SeparateDatabase,
    ScaleWebTier,   // load balancer, more or bigger servers, stateless tier, auto scaling
    ScaleReads,     // read replicas, cache
    ScaleWrites,    // queue in front of writes, sharding, federation, NoSQL, faster storage
    OffloadStatic,  // CDN, S3 prefixes
    RaiseLimit,     // a service quota increase
    Resilience,     // Multi-AZ, more regions
};
QString stepKindName(StepKind kind);

struct Proposal {
    StepKind kind = StepKind::ScaleWebTier;
    QString title;     // short, for a stage title: "Read replica"
    QString sentence;  // one sentence: what and why
    std::vector<Edit> edits;
    // Preview at the user count asked for.
    double ceilingBefore = 0;
    double ceilingAfter = 0;
    // Users within the workload's p99 targets (+inf when it sets none).
    double sloCeilingBefore = 0;
    double sloCeilingAfter = 0;
    LimitKind limitAfter = LimitKind::None;
    QString firstToBreakAfter; // "Primary DB IOPS"
    double monthlyCostBefore = 0;
    double monthlyCostAfter = 0;
};

// Ranked proposals for the architecture's first limit; the first is the
// advisor's advice. Every proposal's edits apply and validate, and raise
// the ceiling.
std::vector<Proposal> propose(const Architecture &a, double users, const Catalog &catalog = Catalog::builtin());
// The same from the architecture's network, already compiled with `catalog`
// (the editor's evaluation owner has it): only the candidates are compiled.
std::vector<Proposal> propose(const Architecture &a, const Network &compiled, double users, const Catalog &catalog);

// What kinds of step a stage's edits take (to compare advice with journeys).
std::set<StepKind> stepKinds(const Architecture &before, const std::vector<Edit> &edits,
                             const Catalog &catalog = Catalog::builtin());

} // namespace scalescope
