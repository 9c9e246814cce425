#pragma once
// The four short lists of one availability step (targets, their weights,
// components in common, components already counted) in a single heap block.
// A network has about two steps a component, each with two or three
// targets: as four vectors a step held 96 bytes of headers and up to four
// blocks of a few bytes each; here it holds one pointer and one block.

#include "packedblock.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace scalescope {

class StepLists {
public:
    StepLists() = default;
    StepLists(const StepLists &other) { *this = other; }
    StepLists(StepLists &&) noexcept = default;
    StepLists &operator=(const StepLists &other);
    StepLists &operator=(StepLists &&) noexcept = default;

    std::span<const int> targets() const { return ints(0); }
    std::span<const double> weights() const
    {
        return m_block ? std::span<const double>(reinterpret_cast<const double *>(m_block.get() + kHeaderBytes), count(1))
                       : std::span<const double>();
    }
    std::span<const int> common() const { return ints(2); }
    std::span<const int> alreadyCounted() const { return ints(3); }

    // Replaces all four lists (one new block, or none when all are empty).
    void assign(std::span<const int> targets, std::span<const double> weights, std::span<const int> common,
                std::span<const int> alreadyCounted);
    void setCommon(std::span<const int> common) { assign(targets(), weights(), common, alreadyCounted()); }
    void setAlreadyCounted(std::span<const int> counted) { assign(targets(), weights(), common(), counted); }

    // Heap bytes held (0 with no block).
    std::size_t bytes() const;

private:
    // Four 32-bit counts; a multiple of 8, so the weights after them are
    // aligned (new[] aligns the block for any fundamental type).
    static constexpr std::size_t kHeaderBytes = 4 * sizeof(std::uint32_t);

    std::size_t count(int list) const { return m_block ? reinterpret_cast<const std::uint32_t *>(m_block.get())[list] : 0; }
    std::span<const int> ints(int list) const;

    // An array of bytes: the counts, doubles and ints in it exist implicitly.
    PackedBlock m_block;
};

} // namespace scalescope
