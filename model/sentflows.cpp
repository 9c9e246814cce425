#include "sentflows.h"

#include <algorithm>

namespace scalescope {

Flow &SentFlows::to(CompactVector<Flow> &sent, std::size_t from, int to)
{
    std::uint32_t &last = m_last[from];
    std::size_t at = std::size_t(last) + 1;
    if (at >= sent.size() || sent[at].to != to)
        at = position(sent, from, to);
    last = std::uint32_t(at);
    return sent[at];
}

std::size_t SentFlows::position(CompactVector<Flow> &sent, std::size_t from, int to)
{
    constexpr std::size_t kSearched = 32; // up to this many flows a look along them is quickest
    if (sent.size() < kSearched) {
        const auto at = std::size_t(std::find_if(sent.begin(), sent.end(), [to](const Flow &f) { return f.to == to; }) - sent.begin());
        if (at == sent.size()) {
            sent.push_back(Flow{to, 0, 0});
            if (sent.size() == kSearched) {
                auto &index = m_index[from];
                for (std::size_t i = 0; i < sent.size(); ++i)
                    index.emplace(sent[i].to, std::uint32_t(i));
            }
        }
        return at;
    }
    const auto [found, added] = m_index[from].try_emplace(to, std::uint32_t(sent.size()));
    if (added)
        sent.push_back(Flow{to, 0, 0});
    return found->second;
}

} // namespace scalescope
