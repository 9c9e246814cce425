#include "compileparams.h"

#include <functional>

namespace scalescope {

namespace {
std::vector<const ParamMap *> overridesOf(const std::vector<const Component *> &components)
{
    std::vector<const ParamMap *> out;
    out.reserve(components.size());
    for (const Component *c : components)
        out.push_back(&c->params);
    return out;
}
} // namespace

CompileParams::CompileParams(const Catalog &catalog, const std::vector<const KindSpec *> &kinds,
                             const std::vector<const Component *> &components)
    : CompileParams(catalog, kinds, overridesOf(components))
{
}

CompileParams::CompileParams(const Catalog &catalog, std::vector<const KindSpec *> kinds,
                             std::vector<const ParamMap *> overrides)
    : m_catalog(catalog), m_kinds(std::move(kinds)), m_overrides(std::move(overrides)), m_names(1024)
{
    m_first.reserve(m_kinds.size() + 1);
    for (size_t k = 0; k < m_kinds.size(); ++k) {
        m_first.push_back(m_resolved.size());
        // An override for a name the kind lacks is left to the catalog (see number()).
        const ParamMap &map = *m_overrides[k];
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            if (const ParamSpec *spec = m_kinds[k]->param(it.key()))
                m_resolved.emplace_back(int(spec - m_kinds[k]->params.data()), &*it);
    }
    m_first.push_back(m_resolved.size());
}

const ParamValue &CompileParams::value(size_t k, int i) const
{
    for (size_t o = m_first[k]; o < m_first[k + 1]; ++o)
        if (m_resolved[o].first == i)
            return *m_resolved[o].second;
    return m_kinds[k]->params[size_t(i)].defaultValue;
}

int CompileParams::lookUp(const KindSpec *kind, const char *name) const
{
    const size_t mask = m_names.size() - 1;
    size_t at = (std::hash<const void *>()(kind) * 31 + std::hash<const void *>()(name)) * 0x9E3779B97F4A7C15ull >> 20;
    for (;; at = (at + 1) & mask) {
        Entry &e = m_names[at & mask];
        if (e.kind == kind && e.name == name)
            return e.index;
        if (!e.kind) {
            const ParamSpec *spec = kind->param(QLatin1String(name));
            e = {kind, name, spec ? int(spec - kind->params.data()) : -1};
            const int index = e.index;
            if (2 * ++m_used > m_names.size()) { // keep probes short: double and re-insert
                std::vector<Entry> old(2 * m_names.size());
                old.swap(m_names);
                m_used = 0;
                for (const Entry &o : old)
                    if (o.kind)
                        lookUp(o.kind, o.name);
            }
            return index;
        }
    }
}

double CompileParams::number(size_t k, const char *name) const
{
    const int i = slot(k, name);
    if (i < 0) // not a parameter of the kind: the catalog's answer (an override, or its error)
        return m_catalog.number(*m_kinds[k], *m_overrides[k], QLatin1String(name));
    const ParamValue &v = value(k, i);
    if (const double *d = std::get_if<double>(&v))
        return *d;
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? 1.0 : 0.0;
    return 0;
}

bool CompileParams::flag(size_t k, const char *name) const
{
    const int i = slot(k, name);
    if (i < 0)
        return m_catalog.flag(*m_kinds[k], *m_overrides[k], QLatin1String(name));
    const ParamValue &v = value(k, i);
    if (const bool *b = std::get_if<bool>(&v))
        return *b;
    if (const double *d = std::get_if<double>(&v))
        return *d != 0;
    return false;
}

QString CompileParams::text(size_t k, const char *name) const
{
    const int i = slot(k, name);
    if (i < 0)
        return m_catalog.text(*m_kinds[k], *m_overrides[k], QLatin1String(name));
    const ParamValue &v = value(k, i);
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

} // namespace scalescope
