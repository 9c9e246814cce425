#include "compileparams.h"

#include <functional>

namespace scalescope {

CompileParams::CompileParams(const Catalog &catalog, const std::vector<const KindSpec *> &kinds,
                             const std::vector<const Component *> &components)
    : m_catalog(catalog), m_kinds(kinds), m_components(components), m_names(1024)
{
    m_first.reserve(components.size() + 1);
    size_t total = 0;
    for (const KindSpec *kind : kinds) {
        m_first.push_back(total);
        total += kind->params.size();
    }
    m_first.push_back(total);
    m_values.resize(total);
    for (size_t k = 0; k < kinds.size(); ++k) {
        const std::vector<ParamSpec> &specs = kinds[k]->params;
        const ParamValue **values = m_values.data() + m_first[k];
        for (size_t i = 0; i < specs.size(); ++i)
            values[i] = &specs[i].defaultValue;
        // An override for a name the kind lacks is left to the catalog (see number()).
        const ParamMap &overrides = components[k]->params;
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            if (const ParamSpec *spec = kinds[k]->param(it.key()))
                values[spec - specs.data()] = &*it;
    }
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

int CompileParams::slot(size_t k, const char *name) const { return lookUp(m_kinds[k], name); }

double CompileParams::number(size_t k, const char *name) const
{
    const int i = slot(k, name);
    if (i < 0) // not a parameter of the kind: the catalog's answer (an override, or its error)
        return m_catalog.number(*m_kinds[k], m_components[k]->params, QLatin1String(name));
    const ParamValue &v = *m_values[m_first[k] + size_t(i)];
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
        return m_catalog.flag(*m_kinds[k], m_components[k]->params, QLatin1String(name));
    const ParamValue &v = *m_values[m_first[k] + size_t(i)];
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
        return m_catalog.text(*m_kinds[k], m_components[k]->params, QLatin1String(name));
    const ParamValue &v = *m_values[m_first[k] + size_t(i)];
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

} // namespace scalescope
