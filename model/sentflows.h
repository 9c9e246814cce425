#pragma once
// Finding a sender's flow to one of its targets while routing adds traffic
// to it (ComponentModel::sent: one flow per target, in the order first sent).
// Sends walk a sender's targets in the same order each time, so the flow
// after the last one used is tried first; a sender with many flows keeps an
// index of them. Searching from the start every time was a square of the
// fan-out: a CDN in front of 26,667 load balancers.

#include "network.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace scalescope {

class SentFlows {
public:
    explicit SentFlows(std::size_t components) : m_last(components, 0) {}

    // `sent` is component `from`'s list; the flow to `to`, added when new.
    Flow &to(CompactVector<Flow> &sent, std::size_t from, int to);

private:
    std::size_t position(CompactVector<Flow> &sent, std::size_t from, int to);

    std::vector<std::uint32_t> m_last; // per sender, the flow found or added last
    std::unordered_map<std::size_t, std::unordered_map<int, std::uint32_t>> m_index; // senders with many flows: target -> flow
};

} // namespace scalescope
