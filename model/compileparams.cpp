#include "compileparams.h"


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
    : m_catalog(catalog), m_kinds(std::move(kinds)), m_overrides(std::move(overrides))
{
    m_first.reserve(m_kinds.size() + 1);
    m_kindPlace.reserve(m_kinds.size());
    std::vector<const KindSpec *> distinct; // a few dozen at most: searched in turn
    for (size_t k = 0; k < m_kinds.size(); ++k) {
        m_first.push_back(m_resolved.size());
        // An override for a name the kind lacks is left to the catalog (see number()).
        const ParamMap &map = *m_overrides[k];
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            if (const ParamSpec *spec = m_kinds[k]->param(it.key()))
                m_resolved.emplace_back(int(spec - m_kinds[k]->params.data()), &*it);
        size_t place = k > 0 && m_kinds[k] == m_kinds[k - 1] ? m_kindPlace.back() : 0;
        if (k == 0 || m_kinds[k] != m_kinds[k - 1]) {
            while (place < distinct.size() && distinct[place] != m_kinds[k])
                ++place;
            if (place == distinct.size())
                distinct.push_back(m_kinds[k]);
        }
        m_kindPlace.push_back(place);
    }
    m_first.push_back(m_resolved.size());
    m_slots.assign(distinct.size() * kCompiledParamNames.size(), kNotLookedUp);
}

int CompileParams::lookUp(const KindSpec *kind, const char *name)
{
    const ParamSpec *spec = kind->param(QLatin1String(name));
    return spec ? int(spec - kind->params.data()) : -1;
}

double CompileParams::catalogNumber(size_t k, ParamName name) const
{
    return m_catalog.number(*m_kinds[k], *m_overrides[k], QLatin1String(name.name()));
}

bool CompileParams::flag(size_t k, ParamName name) const
{
    const int i = slot(k, name);
    if (i < 0)
        return m_catalog.flag(*m_kinds[k], *m_overrides[k], QLatin1String(name.name()));
    const ParamValue &v = value(k, i);
    if (const bool *b = std::get_if<bool>(&v))
        return *b;
    if (const double *d = std::get_if<double>(&v))
        return *d != 0;
    return false;
}

QString CompileParams::text(size_t k, ParamName name) const
{
    const int i = slot(k, name);
    if (i < 0)
        return m_catalog.text(*m_kinds[k], *m_overrides[k], QLatin1String(name.name()));
    const ParamValue &v = value(k, i);
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

} // namespace scalescope
