#pragma once
// A component's arrival rate per user of each (request class, op) pair.
// Of the 32 pairs a component sees a few (a web tier three, a database
// four or five): only the pairs ever written have room, in pair order,
// and a pair never written reads 0, as in a full table. Up to four fit
// inside the component; more move all of them to the heap.

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace scalescope {

template <int Classes, int Ops>
class PairRates {
    static_assert(Classes * Ops <= 32, "one bit a pair");

public:
    PairRates() = default;
    PairRates(const PairRates &other) { copyFrom(other); }
    PairRates(PairRates &&other) noexcept { takeFrom(other); }
    PairRates &operator=(const PairRates &other)
    {
        if (this != &other) {
            release();
            copyFrom(other);
        }
        return *this;
    }
    PairRates &operator=(PairRates &&other) noexcept
    {
        if (this != &other) {
            release();
            takeFrom(other);
        }
        return *this;
    }
    ~PairRates() { release(); }

    double at(int cls, int op) const
    {
        const std::uint32_t bit = bitOf(cls, op);
        return (m_written & bit) ? rates()[slot(bit)] : 0.0;
    }
    // The pair's rate to add to or set; a pair not yet written starts at 0.
    // (Writing a new pair may move the others: the reference lasts until then.)
    double &ref(int cls, int op)
    {
        const std::uint32_t bit = bitOf(cls, op);
        const std::size_t at = slot(bit);
        if (!(m_written & bit)) {
            openSlot(at);
            m_written |= bit;
        }
        return rates()[at];
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
        const double *r = rates();
        std::size_t i = 0;
        for (std::uint32_t left = m_written; left != 0; left &= left - 1, ++i) {
            const int pair = std::countr_zero(left);
            f(pair / Ops, pair % Ops, r[i]);
        }
    }
    // The sum of every pair's rate, added in pair order.
    double total() const
    {
        double sum = 0;
        for (const double *r = rates(), *end = r + count(); r != end; ++r)
            sum += *r;
        return sum;
    }
    bool empty() const { return m_written == 0; }
    void clear()
    {
        release();
        m_written = 0;
    }
    // Heap bytes when the pairs outgrow the room inside (networkbytes.h).
    bool spilled() const { return count() > kInside; }
    std::size_t capacity() const { return spilled() ? heapRoom(count()) : kInside; }

private:
    static constexpr std::size_t kInside = 4;
    static std::uint32_t bitOf(int cls, int op) { return std::uint32_t(1) << unsigned(cls * Ops + op); }
    std::size_t slot(std::uint32_t bit) const { return std::size_t(std::popcount(m_written & (bit - 1))); }
    std::size_t count() const { return std::size_t(std::popcount(m_written)); }
    // On the heap the room is the count rounded up to a power of two, so it
    // need not be stored: it is full when the count is a power of two.
    static std::size_t heapRoom(std::size_t count) { return std::bit_ceil(count); }
    double *rates() { return spilled() ? m_heap : m_inside; }
    const double *rates() const { return spilled() ? m_heap : m_inside; }

    // Room for one more rate at `at` (0), the rest moved up by one.
    void openSlot(std::size_t at)
    {
        const std::size_t n = count();
        if (n < kInside) {
            std::copy_backward(m_inside + at, m_inside + n, m_inside + n + 1);
            m_inside[at] = 0;
            return;
        }
        if (n > kInside && n < heapRoom(n)) {
            std::copy_backward(m_heap + at, m_heap + n, m_heap + n + 1);
            m_heap[at] = 0;
            return;
        }
        // From inside to the heap, or a full heap block to one twice as big.
        double *grown = new double[heapRoom(n + 1)];
        const double *old = rates();
        std::copy(old, old + at, grown);
        grown[at] = 0;
        std::copy(old + at, old + n, grown + at + 1);
        if (n > kInside)
            delete[] m_heap;
        m_heap = grown;
    }
    void release()
    {
        if (spilled())
            delete[] m_heap;
    }
    // Into a released (or new) object.
    void copyFrom(const PairRates &other)
    {
        m_written = other.m_written;
        if (other.spilled()) {
            m_heap = new double[heapRoom(count())];
            std::copy(other.m_heap, other.m_heap + count(), m_heap);
        } else {
            std::copy(other.m_inside, other.m_inside + count(), m_inside);
        }
    }
    void takeFrom(PairRates &other)
    {
        m_written = other.m_written;
        if (other.spilled())
            m_heap = other.m_heap;
        else
            std::copy(other.m_inside, other.m_inside + count(), m_inside);
        other.m_written = 0;
    }

    // Inside while there are at most four pairs, else a heap block.
    union {
        double m_inside[kInside] = {};
        double *m_heap;
    };
    std::uint32_t m_written = 0; // bit cls * Ops + op: the pair has a slot
};

} // namespace scalescope
