#include "connectionrates.h"

namespace scalescope {

const Flow *flowBetween(const Network &network, int from, int to)
{
    if (from < 0 || size_t(from) >= network.components.size() || to < 0)
        return nullptr;
    for (const Flow &f : network.components[size_t(from)].sent)
        if (f.to == to)
            return &f;
    return nullptr;
}

double connectionRate(const Network &network, const QString &from, const QString &to, double users)
{
    const Flow *f = flowBetween(network, network.indexOf(from), network.indexOf(to));
    return f ? flowRate(*f, users) : 0;
}

double sentRate(const ComponentModel &component, double users)
{
    double rate = 0;
    for (const Flow &f : component.sent)
        rate += flowRate(f, users);
    return rate;
}

} // namespace scalescope
