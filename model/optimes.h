#pragma once
// A resource's service time per operation kind, holding only the kinds it
// serves. A network has two or three resources a component and one queue:
// as a full array every resource carried eight doubles (64 bytes); here a
// resource that serves nothing holds one null pointer, and a queue one
// small block with a bit per kind served and those kinds' times.
//
// Reads and whole-array assignment look like the array they replace: a kind
// not served reads 0.

#include "packedblock.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace scalescope {

template <int Ops>
class OpTimes {
    static_assert(Ops <= 64, "one bit a kind");

public:
    OpTimes() = default;
    OpTimes(const OpTimes &other) { *this = other; }
    OpTimes(OpTimes &&) noexcept = default;
    OpTimes &operator=(OpTimes &&) noexcept = default;
    OpTimes &operator=(const OpTimes &other)
    {
        if (this != &other)
            m_block = copiedBlock(other.m_block, other.bytes());
        return *this;
    }
    OpTimes &operator=(const std::array<double, Ops> &times)
    {
        std::uint64_t served = 0;
        for (std::size_t op = 0; op < times.size(); ++op)
            if (times[op] != 0)
                served |= std::uint64_t(1) << op;
        if (served == 0) {
            m_block.reset();
            return *this;
        }
        auto block = std::make_unique_for_overwrite<std::byte[]>(bytesFor(served));
        std::memcpy(block.get(), &served, sizeof served);
        double *out = values(block.get());
        for (std::size_t op = 0; op < times.size(); ++op)
            if (times[op] != 0)
                *out++ = times[op];
        m_block = std::move(block);
        return *this;
    }

    // Seconds per operation of kind `op`; 0 for a kind not served.
    double operator[](std::size_t op) const
    {
        if (!m_block || op >= std::size_t(Ops))
            return 0;
        const std::uint64_t served = servedKinds();
        const std::uint64_t bit = std::uint64_t(1) << op;
        return (served & bit) ? values(m_block.get())[std::popcount(served & (bit - 1))] : 0;
    }
    void set(int op, double seconds)
    {
        std::array<double, Ops> all = toArray();
        all[std::size_t(op)] = seconds;
        *this = all;
    }
    std::array<double, Ops> toArray() const
    {
        std::array<double, Ops> all{};
        for (std::size_t op = 0; op < all.size(); ++op)
            all[op] = (*this)[op];
        return all;
    }

    // Heap bytes held (0 with no kind served).
    std::size_t bytes() const { return m_block ? bytesFor(servedKinds()) : 0; }

private:
    static std::size_t bytesFor(std::uint64_t served) { return sizeof served + std::size_t(std::popcount(served)) * sizeof(double); }
    // The block: the served kinds' bits, then their times in kind order.
    static double *values(std::byte *block) { return reinterpret_cast<double *>(block + sizeof(std::uint64_t)); }
    static const double *values(const std::byte *block) { return reinterpret_cast<const double *>(block + sizeof(std::uint64_t)); }
    std::uint64_t servedKinds() const
    {
        std::uint64_t served = 0;
        std::memcpy(&served, m_block.get(), sizeof served);
        return served;
    }
    PackedBlock m_block;
};

} // namespace scalescope
