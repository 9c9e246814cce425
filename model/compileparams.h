#pragma once
// Internal to compileNetwork: the components' parameter values as routing
// and resources read them, by name, dozens of times per component. Each
// component's overrides are matched to its kind's parameters once, and each
// (kind, name) pair is looked up once per compile: after that a read is a
// probe of a small table keyed by the two pointers (the names are string
// literals). The values are Catalog::number, flag and text's, to the bit.

#include "catalog.h"

#include <cstdint>
#include <vector>

namespace scalescope {

class CompileParams {
public:
    // kinds[k] and components[k]: the compiled component k's kind and source.
    CompileParams(const Catalog &catalog, const std::vector<const KindSpec *> &kinds,
                  const std::vector<const Component *> &components);

    bool has(size_t k, const char *name) const { return slot(k, name) >= 0; }
    // The kind's parameter of that name, or null.
    const ParamSpec *spec(size_t k, const char *name) const
    {
        const int i = slot(k, name);
        return i < 0 ? nullptr : &m_kinds[k]->params[size_t(i)];
    }
    double number(size_t k, const char *name) const;
    bool flag(size_t k, const char *name) const;
    QString text(size_t k, const char *name) const;

private:
    // The kind's index of the parameter, or -1 when it has none.
    int slot(size_t k, const char *name) const;
    int lookUp(const KindSpec *kind, const char *name) const;

    struct Entry {
        const KindSpec *kind = nullptr;
        const char *name = nullptr;
        int index = -1;
    };

    const Catalog &m_catalog;
    const std::vector<const KindSpec *> &m_kinds;
    const std::vector<const Component *> &m_components;
    // Per component, from m_first[k]: its override or the default, per parameter of its kind.
    std::vector<const ParamValue *> m_values;
    std::vector<size_t> m_first;
    // (kind, name) to index: open addressing, a power of two, at most half full.
    mutable std::vector<Entry> m_names;
    mutable size_t m_used = 0;
};

} // namespace scalescope
