#pragma once
// What a compiled network holds in memory, part by part: its arrays'
// reserved bytes and its strings' own buffers (a buffer shared by several
// strings counts once). Allocator overhead is not included; `blocks` counts
// the heap blocks, each of which costs the allocator a few bytes more.

#include "evaluation.h"
#include "network.h"

#include <cstddef>

namespace scalescope {

struct NetworkBytes {
    std::size_t components = 0; // the ComponentModel array itself, their rarer terms, and the auto scaling groups (once each)
    std::size_t arrivals = 0;   // arrival rates with more pairs than fit inside a component
    std::size_t resources = 0;  // ResourceModel arrays, their extra terms and pools, and their service times
    std::size_t needs = 0;      // availability steps and their index lists
    std::size_t costLines = 0;
    std::size_t flows = 0;      // `sent`
    std::size_t queueVisits = 0; // the network's visit sums of the queues
    std::size_t strings = 0;    // distinct string buffers of ids and labels (names, units and bill items are the program's: sharedtext.h)
    std::size_t blocks = 0;     // heap blocks behind all of the above
    std::size_t total() const { return components + arrivals + resources + needs + costLines + flows + queueVisits + strings; }
};

NetworkBytes networkBytes(const Network &network);

// What an evaluation holds on top of its network: its arrays' reserved bytes
// (per component, the two lists the components view, and the scratch a
// slider move reuses), and in `blocks` how many heap blocks they are.
std::size_t evaluationBytes(const Evaluation &evaluation, std::size_t *blocks = nullptr);

} // namespace scalescope
