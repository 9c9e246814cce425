#include "document.h"

#include <algorithm>

namespace scalescope {

namespace {
template <typename Vec>
auto findById(Vec &items, const QString &id) -> decltype(items.data())
{
    auto it = std::find_if(items.begin(), items.end(), [&](const auto &i) { return i.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Component *Architecture::component(const QString &id) const { return findById(components, id); }
Component *Architecture::component(const QString &id) { return findById(components, id); }
const Group *Architecture::group(const QString &id) const { return findById(groups, id); }
Group *Architecture::group(const QString &id) { return findById(groups, id); }

int Architecture::connectionIndex(const QString &from, const QString &to) const
{
    for (size_t i = 0; i < connections.size(); ++i)
        if (connections[i].from == from && connections[i].to == to)
            return int(i);
    return -1;
}

} // namespace scalescope
