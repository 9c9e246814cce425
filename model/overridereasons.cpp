#include "overridereasons.h"

#include "stages.h"
#include "workload.h"

#include <QSet>

namespace scalescope {

namespace {

void checkParams(const KindSpec *kind, const QString &id, const ParamMap &params, const Scenario &s, int stage,
                 QSet<QString> &seen, std::vector<UnexplainedOverride> &out)
{
    if (!kind)
        return;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const ParamSpec *spec = kind->param(it.key());
        if (!spec || spec->sizing || *it == spec->defaultValue)
            continue;
        const QString key = id + QLatin1Char('.') + it.key();
        if (!s.reasons.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            out.push_back({stage, key});
        }
    }
}

} // namespace

std::vector<UnexplainedOverride> unexplainedOverrides(const Scenario &s, const Catalog &catalog)
{
    std::vector<UnexplainedOverride> out;
    QSet<QString> seen;
    const Workload defaults = defaultWorkload();
    for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
        const Architecture a = architectureAt(s, stage);
        for (const Component &c : a.components)
            checkParams(catalog.kind(c.kind), c.id, c.params, s, stage, seen, out);
        for (const Group &g : a.groups)
            checkParams(catalog.groupKind(g.kind), g.id, g.params, s, stage, seen, out);
        for (const WorkloadField &f : workloadFields()) {
            // The user count is where the slider starts, not an assumption about behaviour.
            if (QLatin1String(f.name) == QLatin1String("users") || a.workload.*(f.member) == defaults.*(f.member))
                continue;
            const QString key = QStringLiteral("workload.") + QLatin1String(f.name);
            if (!s.reasons.contains(key) && !seen.contains(key)) {
                seen.insert(key);
                out.push_back({stage, key});
            }
        }
    }
    return out;
}

} // namespace scalescope
