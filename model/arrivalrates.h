#pragma once
// A component's arrival rate per user of each (request class, op) pair.
// Of the 32 pairs a component sees a few (a web tier three, a database
// four or five): only the pairs ever written have room, in pair order,
// and a pair never written reads 0, as in a full table.

#include <boost/container/small_vector.hpp>

#include <array>
#include <bit>
#include <cstdint>

namespace scalescope {

template <int Classes, int Ops>
class PairRates {
    static_assert(Classes * Ops <= 32, "one bit a pair");

public:
    double at(int cls, int op) const
    {
        const std::uint32_t bit = bitOf(cls, op);
        return (m_written & bit) ? m_rates[slot(bit)] : 0.0;
    }
    // The pair's rate to add to or set; a pair not yet written starts at 0.
    double &ref(int cls, int op)
    {
        const std::uint32_t bit = bitOf(cls, op);
        const auto at = m_rates.begin() + std::ptrdiff_t(slot(bit));
        if (!(m_written & bit)) {
            m_written |= bit;
            return *m_rates.insert(at, 0.0);
        }
        return *at;
    }
    // One class's rates, every op (0 for those not written).
    std::array<double, Ops> row(int cls) const
    {
        std::array<double, Ops> r{};
        for (int op = 0; op < Ops; ++op)
            r[std::size_t(op)] = at(cls, op);
        return r;
    }
    // f(cls, op, rate) for each written pair, in pair order (cls, then op):
    // the order of a loop over every pair, without the pairs never written.
    template <typename F>
    void forEachWritten(F &&f) const
    {
        std::size_t i = 0;
        for (std::uint32_t left = m_written; left != 0; left &= left - 1, ++i) {
            const int pair = std::countr_zero(left);
            f(pair / Ops, pair % Ops, m_rates[i]);
        }
    }
    bool empty() const { return m_written == 0; }
    void clear()
    {
        m_written = 0;
        m_rates.clear();
    }
    // Heap bytes when the pairs outgrow the room inside (networkbytes.h).
    bool spilled() const { return m_rates.capacity() > kInside; }
    std::size_t capacity() const { return m_rates.capacity(); }

private:
    static constexpr std::size_t kInside = 4;
    static std::uint32_t bitOf(int cls, int op) { return std::uint32_t(1) << unsigned(cls * Ops + op); }
    std::size_t slot(std::uint32_t bit) const { return std::size_t(std::popcount(m_written & (bit - 1))); }

    std::uint32_t m_written = 0; // bit cls * Ops + op: the pair has a slot
    boost::container::small_vector<double, kInside> m_rates; // one per written pair, in bit order
};

} // namespace scalescope
