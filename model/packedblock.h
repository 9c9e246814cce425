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

} // namespace scalescope
