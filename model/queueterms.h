#pragma once
// A queueing resource's own figures: servers per copy, the mean service time
// and its second moment over the ops it serves, the copies when they are not
// the instances, and the service time per operation kind served.
//
// A network has two or three resources a component and under one queue: as
// fields every resource carried these 40 bytes; here a resource that is no
// queue holds one null pointer and reads the defaults, and a queue holds one
// block: the figures, a bit per kind served, and those kinds' times.

#include "packedblock.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace scalescope {

template <int Ops>
class QueueTerms {
    static_assert(Ops <= 64, "one bit a kind");

public:
    struct Figures {
        double servers = 0;            // per copy
        double serviceTime = 0;        // mean over the ops it serves, seconds
        double serviceSquaredMean = 0; // E[S^2] over the ops it serves
        double fixedCopies = 1;        // the copies, when they are not the instances
    };

    QueueTerms() = default;
    QueueTerms(const QueueTerms &other) { *this = other; }
    QueueTerms(QueueTerms &&) noexcept = default;
    QueueTerms &operator=(QueueTerms &&) noexcept = default;
    QueueTerms &operator=(const QueueTerms &other)
    {
        if (this != &other)
            copyBlockOver(m_block, bytes(), other.m_block, other.bytes());
        return *this;
    }

    // Read on every evaluation of every queue: inline, one load each.
    double servers() const { return figure(offsetof(Figures, servers), 0); }
    double serviceTime() const { return figure(offsetof(Figures, serviceTime), 0); }
    double serviceSquaredMean() const { return figure(offsetof(Figures, serviceSquaredMean), 0); }
    double fixedCopies() const { return figure(offsetof(Figures, fixedCopies), 1); }
    Figures figures() const
    {
        Figures f;
        if (m_block)
            std::memcpy(&f, m_block.get(), sizeof f);
        return f;
    }

    // Seconds per operation of kind `op`; 0 for a kind not served.
    double opTime(std::size_t op) const
    {
        if (!m_block || op >= std::size_t(Ops))
            return 0;
        const std::uint64_t served = servedKinds();
        const std::uint64_t bit = std::uint64_t(1) << op;
        return (served & bit) ? timeAt(std::size_t(std::popcount(served & (bit - 1)))) : 0;
    }
    std::array<double, Ops> opTimes() const
    {
        std::array<double, Ops> all{};
        for (std::size_t op = 0; op < all.size(); ++op)
            all[op] = opTime(op);
        return all;
    }

    // A block with these figures and times, or none when every figure is
    // its default and no kind is served.
    void set(const Figures &figures, const std::array<double, Ops> &times)
    {
        std::uint64_t served = 0;
        for (std::size_t op = 0; op < times.size(); ++op)
            if (times[op] != 0)
                served |= std::uint64_t(1) << op;
        // Bitwise: a block is dropped only when every figure is its default
        // to the bit, so reads give back exactly what was set either way.
        const Figures none;
        if (served == 0 && std::memcmp(&figures, &none, sizeof none) == 0) {
            m_block.reset();
            return;
        }
        const std::size_t bytes = bytesFor(served);
        if (bytes != this->bytes())
            m_block = std::make_unique_for_overwrite<std::byte[]>(bytes);
        std::memcpy(m_block.get(), &figures, sizeof figures);
        std::memcpy(m_block.get() + kServedAt, &served, sizeof served);
        std::byte *out = m_block.get() + kTimesAt;
        for (std::size_t op = 0; op < times.size(); ++op)
            if (times[op] != 0) {
                std::memcpy(out, &times[op], sizeof(double));
                out += sizeof(double);
            }
    }
    void setFigures(const Figures &figures) { set(figures, opTimes()); }
    void setOpTimes(const std::array<double, Ops> &times) { set(figures(), times); }
    void setOpTime(int op, double seconds)
    {
        std::array<double, Ops> all = opTimes();
        all[std::size_t(op)] = seconds;
        set(figures(), all);
    }

    // Heap bytes held (0 with no block).
    std::size_t bytes() const { return m_block ? bytesFor(servedKinds()) : 0; }

private:
    // The block: the figures, the served kinds' bits, then their times in kind order.
    static constexpr std::size_t kServedAt = sizeof(Figures);
    static constexpr std::size_t kTimesAt = kServedAt + sizeof(std::uint64_t);
    static std::size_t bytesFor(std::uint64_t served) { return kTimesAt + std::size_t(std::popcount(served)) * sizeof(double); }

    double figure(std::size_t offset, double fallback) const
    {
        if (!m_block)
            return fallback;
        double value;
        std::memcpy(&value, m_block.get() + offset, sizeof value);
        return value;
    }
    double timeAt(std::size_t index) const
    {
        double value;
        std::memcpy(&value, m_block.get() + kTimesAt + index * sizeof(double), sizeof value);
        return value;
    }
    std::uint64_t servedKinds() const
    {
        std::uint64_t served = 0;
        std::memcpy(&served, m_block.get() + kServedAt, sizeof served);
        return served;
    }

    PackedBlock m_block;
};

} // namespace scalescope
