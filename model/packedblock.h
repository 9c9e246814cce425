#pragma once
// The heap block behind the network's packed containers (steplists.h,
// queueterms.h): each keeps its contents in one block of bytes it lays out
// itself, and copies it whole.

#include <cstddef>
#include <cstring>
#include <memory>

namespace scalescope {

using PackedBlock = std::unique_ptr<std::byte[]>;

// A copy of the first `bytes` bytes of `block` (none for none).
inline PackedBlock copiedBlock(const PackedBlock &block, std::size_t bytes)
{
    if (!block)
        return nullptr;
    auto copy = std::make_unique_for_overwrite<std::byte[]>(bytes);
    std::memcpy(copy.get(), block.get(), bytes);
    return copy;
}

// `from` (of `fromBytes`) copied over `to` (of `toBytes`). The ceiling search
// copies a resource into the same scratch copy again and again: a block of
// the same size is written in place, not made again.
inline void copyBlockOver(PackedBlock &to, std::size_t toBytes, const PackedBlock &from, std::size_t fromBytes)
{
    if (fromBytes > 0 && fromBytes == toBytes)
        std::memcpy(to.get(), from.get(), fromBytes);
    else
        to = copiedBlock(from, fromBytes);
}

} // namespace scalescope
