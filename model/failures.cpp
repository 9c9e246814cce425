#include "failures.h"

#include <stdexcept>

namespace scalescope {

namespace {

// The groups holding a component, innermost first.
std::vector<const Group *> groupChain(const Architecture &a, const QString &group)
{
    std::vector<const Group *> chain;
    QString g = group;
    while (!g.isEmpty() && chain.size() <= a.groups.size()) {
        const Group *found = a.group(g);
        if (!found)
            break;
        chain.push_back(found);
        g = found->parent;
    }
    return chain;
}

bool contains(const std::vector<const Group *> &chain, const QString &id)
{
    for (const Group *g : chain)
        if (g->id == id)
            return true;
    return false;
}

double numberOr(const Catalog &cat, const KindSpec &kind, const ParamMap &params, const char *name, double fallback)
{
    return kind.param(QLatin1String(name)) ? cat.number(kind, params, QLatin1String(name)) : fallback;
}

} // namespace

std::vector<FailureEffect> failureEffects(const Architecture &a, const QStringList &failed, const Catalog &catalog)
{
    std::vector<FailureEffect> effects(a.components.size());
    for (const QString &id : failed) {
        const Group *failedGroup = a.group(id);
        if (!failedGroup && !a.component(id))
            throw std::invalid_argument(("nothing named '" + id + "' to fail").toStdString());
        const bool zone = failedGroup && failedGroup->kind == QLatin1String("availability-zone");
        for (size_t i = 0; i < a.components.size(); ++i) {
            const Component &c = a.components[i];
            FailureEffect &e = effects[i];
            if (c.id == id) {
                e.down = true;
                continue;
            }
            if (!failedGroup)
                continue;
            const std::vector<const Group *> chain = groupChain(a, c.group);
            const KindSpec &kind = *catalog.kind(c.kind);
            const double zones = numberOr(catalog, kind, c.params, "zones", 1);
            const bool standby = kind.param(QStringLiteral("multiAz")) && catalog.flag(kind, c.params, QStringLiteral("multiAz"));
            if (contains(chain, id)) {
                // Inside the failed zone: a Multi-AZ database fails over to its standby and a
                // cache with replicas in other zones promotes one; anything else is down.
                // A failed region, VPC or group takes everything in it down.
                if (!(zone && (standby || zones >= 2)))
                    e.down = true;
                else if (zones >= 2)
                    e.survivingShare *= (zones - 1) / zones;
            } else if (zone && !failedGroup->parent.isEmpty() && contains(chain, failedGroup->parent) && zones >= 2) {
                // Spread over the zones of the failed zone's region: the instances in that zone are lost.
                e.survivingShare *= (zones - 1) / zones;
            }
        }
    }
    return effects;
}

} // namespace scalescope
