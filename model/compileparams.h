#pragma once
// Internal to compileNetwork: parameter values as routing, resources and the
// auto scaling groups read them, by name, dozens of times per component.
// Each item's overrides are matched to its kind's parameters once, and each
// (kind, name) pair is looked up once per compile: after that a read is a
// probe of a small table keyed by the two pointers (the names are string
// literals) and a look at the item's few overrides. The values are
// Catalog::number, flag and text's, to the bit.

#include "catalog.h"

#include <utility>
#include <vector>

namespace scalescope {

class CompileParams {
public:
    // Item k has kind kinds[k] and the overrides *overrides[k].
    CompileParams(const Catalog &catalog, std::vector<const KindSpec *> kinds,
                  std::vector<const ParamMap *> overrides);
    // Item k is compiled component k, from components[k].
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
    int slot(size_t k, const char *name) const { return lookUp(m_kinds[k], name); }
    int lookUp(const KindSpec *kind, const char *name) const;
    // The item's override of the kind's parameter i, or its default.
    const ParamValue &value(size_t k, int i) const;

    struct Entry {
        const KindSpec *kind = nullptr;
        const char *name = nullptr;
        int index = -1;
    };

    const Catalog &m_catalog;
    std::vector<const KindSpec *> m_kinds;
    std::vector<const ParamMap *> m_overrides;
    // Per item, from m_first[k] to m_first[k + 1]: (parameter index, value) of its overrides.
    std::vector<std::pair<int, const ParamValue *>> m_resolved;
    std::vector<size_t> m_first;
    // (kind, name) to index: open addressing, a power of two, at most half full.
    mutable std::vector<Entry> m_names;
    mutable size_t m_used = 0;
};

} // namespace scalescope
