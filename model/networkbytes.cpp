#include "networkbytes.h"

#include <unordered_set>

namespace scalescope {

namespace {

// A list's room (not only what it holds), as one block.
template <typename List>
std::size_t held(const List &v, std::size_t &blocks)
    requires requires { v.capacity(); typename List::value_type; }
{
    if (v.capacity() == 0)
        return 0;
    ++blocks;
    return v.capacity() * sizeof(typename List::value_type);
}

// A block that holds several short lists, or nothing.
template <typename Packed>
std::size_t held(const Packed &packed, std::size_t &blocks)
    requires requires { packed.bytes(); }
{
    const std::size_t bytes = packed.bytes();
    blocks += bytes > 0 ? 1 : 0;
    return bytes;
}

// A string's buffer once, however many strings share it; literals have none.
std::size_t held(const QString &s, std::unordered_set<const void *> &seen, std::size_t &blocks)
{
    // A literal's text is static: no capacity of its own.
    if (s.capacity() == 0 || !seen.insert(s.constData()).second)
        return 0;
    ++blocks;
    return sizeof(QArrayData) + std::size_t(s.capacity() + 1) * sizeof(QChar);
}

} // namespace

NetworkBytes networkBytes(const Network &network)
{
    NetworkBytes b;
    std::unordered_set<const void *> seen;
    b.components = held(network.components, b.blocks);
    for (const ComponentModel &c : network.components) {
        b.strings += held(c.id, seen, b.blocks) + held(c.label, seen, b.blocks);
        b.components += held(c.extras, b.blocks);
        if (const ScalingGroup *g = c.extras.terms().scaling.get(); g && seen.insert(g).second) { // shared by the group's fleets
            ++b.blocks;
            b.components += sizeof(ScalingGroup);
        }
        if (c.arrival.spilled()) {
            ++b.blocks;
            b.arrivals += c.arrival.capacity() * sizeof(double);
        }
        b.resources += held(c.resources, b.blocks);
        for (const ResourceModel &r : c.resources) {
            b.resources += held(r.extras, b.blocks) + held(r.queue, b.blocks);
        }
        b.needs += held(c.needs, b.blocks);
        for (const AvailabilityStep &s : c.needs)
            b.needs += held(s.lists, b.blocks);
        b.costLines += held(c.costLines, b.blocks);
        b.flows += held(c.sent, b.blocks);
    }
    b.queueVisits = held(network.queueVisits, b.blocks);
    return b;
}

std::size_t evaluationBytes(const Evaluation &e, std::size_t *blocks)
{
    std::size_t count = 0;
    const std::size_t bytes = held(e.components, count) + held(e.resourceResults, count) + held(e.costLineResults, count)
                              + held(e.opsWithSteps, count) + held(e.opAvailabilityAt, count)
                              + held(e.opAvailability, count) + held(e.ownAvailability, count) + held(e.queueReads, count)
                              + held(e.tierVolume, count);
    if (blocks)
        *blocks = count;
    return bytes;
}

} // namespace scalescope
