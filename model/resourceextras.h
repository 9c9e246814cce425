#pragma once
// The rarer terms of a resource's demand and capacity, in one heap block
// only the resources that have them carry: a capacity step and a demand
// that starts at a user count (a database's storage IOPS and throughput),
// and the connection pools of its senders (a database's connections).
// A network has two or three resources a component and about one in three
// has any of these: as fields every resource carried 56 bytes for them;
// here one that has none holds a null pointer, and reads the defaults.

#include "packedblock.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <span>
#include <utility>

namespace scalescope {

class ResourceExtras {
public:
    // (component index, connections per instance)
    using Pool = std::pair<int, double>;

    ResourceExtras() = default;
    ResourceExtras(const ResourceExtras &other) { *this = other; }
    ResourceExtras(ResourceExtras &&) noexcept = default;
    ResourceExtras &operator=(ResourceExtras &&) noexcept = default;
    ResourceExtras &operator=(const ResourceExtras &other);

    // Read on every evaluation of every resource: inline, one load each.
    // + stepCapacity from stepUsers on (infinity: no step).
    double stepUsers() const { return m_block ? term(offsetof(Header, stepUsers)) : kNever; }
    double stepCapacity() const { return m_block ? term(offsetof(Header, stepCapacity)) : 0; }
    // + perUserAbove * (u - aboveUsers) from aboveUsers on (infinity: none).
    double aboveUsers() const { return m_block ? term(offsetof(Header, aboveUsers)) : kNever; }
    double perUserAbove() const { return m_block ? term(offsetof(Header, perUserAbove)) : 0; }
    std::span<const Pool> pools() const
    {
        if (!m_block)
            return {};
        std::uint64_t count = 0;
        std::memcpy(&count, m_block.get() + offsetof(Header, pools), sizeof count);
        // The block was made as a Header followed by that many Pools (rebuild).
        return {std::launder(reinterpret_cast<const Pool *>(m_block.get() + sizeof(Header))), std::size_t(count)};
    }

    void setStep(double users, double capacity);
    void setAbove(double users, double perUser);
    void setPools(std::span<const Pool> pools);

    // Heap bytes held (0 with no block).
    std::size_t bytes() const { return m_block ? bytesFor(header().pools) : 0; }

private:
    static constexpr double kNever = std::numeric_limits<double>::infinity();
    struct Header {
        double stepUsers = kNever, stepCapacity = 0, aboveUsers = kNever, perUserAbove = 0;
        std::uint64_t pools = 0;
    };
    static_assert(sizeof(Header) % alignof(Pool) == 0);
    static std::size_t bytesFor(std::uint64_t pools) { return sizeof(Header) + std::size_t(pools) * sizeof(Pool); }
    double term(std::size_t offset) const
    {
        double value;
        std::memcpy(&value, m_block.get() + offset, sizeof value);
        return value;
    }
    Header header() const
    {
        Header h;
        std::memcpy(&h, m_block.get(), sizeof h);
        return h;
    }
    // A block with these terms and pools, or none when all are the defaults.
    void rebuild(const Header &terms, std::span<const Pool> pools);

    PackedBlock m_block;
};

} // namespace scalescope
