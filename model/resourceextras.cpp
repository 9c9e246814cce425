#include "resourceextras.h"

namespace scalescope {

ResourceExtras &ResourceExtras::operator=(const ResourceExtras &other)
{
    if (this != &other)
        copyBlockOver(m_block, bytes(), other.m_block, other.bytes());
    return *this;
}

void ResourceExtras::setStep(double users, double capacity)
{
    Header h = m_block ? header() : Header{};
    h.stepUsers = users;
    h.stepCapacity = capacity;
    rebuild(h, pools());
}

void ResourceExtras::setAbove(double users, double perUser)
{
    Header h = m_block ? header() : Header{};
    h.aboveUsers = users;
    h.perUserAbove = perUser;
    rebuild(h, pools());
}

void ResourceExtras::setPools(std::span<const Pool> pools)
{
    rebuild(m_block ? header() : Header{}, pools);
}

void ResourceExtras::rebuild(const Header &terms, std::span<const Pool> pools)
{
    Header h = terms;
    h.pools = pools.size();
    // Bitwise: a block is dropped only when every term is its default to
    // the bit, so reads give back exactly what was set either way.
    const Header none;
    if (std::memcmp(&h, &none, sizeof none) == 0) {
        m_block.reset();
        return;
    }
    const std::size_t bytes = bytesFor(h.pools);
    if (bytes == this->bytes()) {
        // The same room: written in place. The ceiling search sets the step
        // of its scratch copies on every call; a new block each time was
        // two allocations a stepped resource. `pools` may be this block's own.
        std::memcpy(m_block.get(), &h, sizeof h);
        std::byte *out = m_block.get() + sizeof(Header);
        if (!pools.empty() && reinterpret_cast<const std::byte *>(pools.data()) != out)
            std::memmove(out, pools.data(), pools.size_bytes());
        return;
    }
    auto block = std::make_unique_for_overwrite<std::byte[]>(bytes);
    std::memcpy(block.get(), &h, sizeof h);
    // Pools are constructed in place (pairs of int and double: no padding read).
    auto *out = reinterpret_cast<Pool *>(block.get() + sizeof(Header));
    for (std::size_t i = 0; i < pools.size(); ++i)
        new (out + i) Pool(pools[i]);
    m_block = std::move(block);
}

} // namespace scalescope
