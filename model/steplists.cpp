#include "steplists.h"

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>

namespace scalescope {

namespace {

// Block layout: the four counts (targets, weights, common, counted), then
// the weights, then the three int lists one after the other.
std::size_t blockBytes(std::size_t headerBytes, std::size_t weights, std::size_t ints)
{
    return headerBytes + weights * sizeof(double) + ints * sizeof(int);
}

} // namespace

std::size_t StepLists::bytes() const
{
    return m_block ? blockBytes(kHeaderBytes, count(1), count(0) + count(2) + count(3)) : 0;
}

std::span<const int> StepLists::ints(int list) const
{
    if (!m_block)
        return {};
    // The int lists follow the weights, in order: targets, common, counted.
    std::size_t before = 0;
    if (list >= 2)
        before += count(0);
    if (list >= 3)
        before += count(2);
    const int *first = reinterpret_cast<const int *>(m_block.get() + kHeaderBytes + count(1) * sizeof(double));
    return {first + before, count(list)};
}

StepLists &StepLists::operator=(const StepLists &other)
{
    if (this != &other)
        m_block = copiedBlock(other.m_block, other.bytes());
    return *this;
}

void StepLists::assign(std::span<const int> targets, std::span<const double> weights, std::span<const int> common,
                       std::span<const int> alreadyCounted)
{
    const std::array<std::size_t, 4> counts{targets.size(), weights.size(), common.size(), alreadyCounted.size()};
    if (std::ranges::all_of(counts, [](std::size_t c) { return c == 0; })) {
        m_block.reset();
        return;
    }
    if (std::ranges::any_of(counts, [](std::size_t c) { return c > std::numeric_limits<std::uint32_t>::max(); }))
        throw std::length_error("an availability step's list is too long");
    // The new block is filled before the old one goes: the spans may point into it.
    const std::size_t n = blockBytes(kHeaderBytes, weights.size(), targets.size() + common.size() + alreadyCounted.size());
    auto block = std::make_unique_for_overwrite<std::byte[]>(n);
    auto *header = reinterpret_cast<std::uint32_t *>(block.get());
    for (std::size_t i = 0; i < counts.size(); ++i)
        header[i] = std::uint32_t(counts[i]);
    std::copy(weights.begin(), weights.end(), reinterpret_cast<double *>(block.get() + kHeaderBytes));
    int *out = reinterpret_cast<int *>(block.get() + kHeaderBytes + weights.size() * sizeof(double));
    out = std::copy(targets.begin(), targets.end(), out);
    out = std::copy(common.begin(), common.end(), out);
    std::copy(alreadyCounted.begin(), alreadyCounted.end(), out);
    m_block = std::move(block);
}

} // namespace scalescope
