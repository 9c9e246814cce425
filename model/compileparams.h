#pragma once
// Internal to compileNetwork: parameter values as routing, resources and the
// auto scaling groups read them, dozens of times per component. Each name
// they read is in kCompiledParamNames, and a string literal passed as a
// ParamName becomes its place in that list when the model is built (a name
// not in the list does not build). Each item's overrides are matched to its
// kind's parameters once, and each (kind, name) pair is looked up once per
// compile: after that a read is an index into a table and a look at the
// item's few overrides. The values are Catalog::number, flag and text's, to
// the bit.

#include "catalog.h"

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace scalescope {

inline constexpr std::array<std::string_view, 74> kCompiledParamNames = {
    "availability", "baseMemoryMiB", "bufferPoolShare", "coldStartMs", "concurrencyLimit", "count",
    "dbMemoryMiB", "dbPoolSize", "dbReadServiceTimeMs", "dbReadsPerRequest", "dbWorkingSetShare",
    "dbWriteServiceTimeMs", "dbWritesPerWrite", "durationMs", "ebsGiB", "ebsIops", "fifo", "fifoLimit",
    "getLimitPerPrefix", "healthChecks", "hitRatio", "hotDataPerUserKiB", "hourlyUsd", "instanceAvailability",
    "instanceType", "instanceWarmupSeconds", "iops", "iopsPerRead", "iopsPerWrite", "jobServiceTimeMs",
    "latencyMs", "launchSeconds", "lcuHourUsd", "localDatabase", "maxConnections", "maxSize", "memoryMiB",
    "minSize", "monthlyUsd", "multiAz", "multiAzAvailability", "newConnectionsPerRequest", "nodeType", "nodes",
    "opServiceTimeMs", "perMillionRequestsUsd", "predictiveBufferSeconds", "predictiveScaling", "prefixes",
    "queriesPerRequest", "readServiceTimeMs", "readUnitsPerRead", "replicationCost", "requestServiceTimeMs",
    "requestsPerMessage", "rpsLimit", "scaleInCooldownSeconds", "scheduledFromHour", "scheduledMinSize",
    "scheduledToHour", "serversPerInstance", "serversPerNode", "sessionStore", "shards", "staticServiceTimeMs",
    "storageGiB", "storageThroughputMiBps", "tableReadLimit", "tableWriteLimit", "targetCpu", "unlimitedCredits",
    "writeServiceTimeMs", "writeUnitsPerWrite", "zones",
};

// A parameter's name and its place in kCompiledParamNames (-1: not there).
class ParamName {
public:
    // From a string literal in the model's code: placed when it is built.
    consteval ParamName(const char *name) : m_name(name), m_id(place(name))
    {
        if (m_id < 0)
            throw "not in kCompiledParamNames"; // stops the build
    }
    // Any name, placed when the program runs (tests).
    static ParamName atRunTime(const char *name) { return ParamName(name, place(name)); }

    const char *name() const { return m_name; }
    int id() const { return m_id; }

private:
    constexpr ParamName(const char *name, int id) : m_name(name), m_id(id) {}
    static constexpr int place(std::string_view name)
    {
        for (size_t i = 0; i < kCompiledParamNames.size(); ++i)
            if (kCompiledParamNames[i] == name)
                return int(i);
        return -1;
    }

    const char *m_name;
    int m_id;
};

class CompileParams {
public:
    // Item k has kind kinds[k] and the overrides *overrides[k].
    CompileParams(const Catalog &catalog, std::vector<const KindSpec *> kinds,
                  std::vector<const ParamMap *> overrides);
    // Item k is compiled component k, from components[k].
    CompileParams(const Catalog &catalog, const std::vector<const KindSpec *> &kinds,
                  const std::vector<const Component *> &components);

    bool has(size_t k, ParamName name) const { return slot(k, name) >= 0; }
    // The kind's parameter of that name, or null.
    const ParamSpec *spec(size_t k, ParamName name) const
    {
        const int i = slot(k, name);
        return i < 0 ? nullptr : &m_kinds[k]->params[size_t(i)];
    }
    double number(size_t k, ParamName name) const
    {
        const int i = slot(k, name);
        if (i < 0) // not a parameter of the kind: the catalog's answer (an override, or its error)
            return catalogNumber(k, name);
        const ParamValue &v = value(k, i);
        if (const double *d = std::get_if<double>(&v))
            return *d;
        if (const bool *b = std::get_if<bool>(&v))
            return *b ? 1.0 : 0.0;
        return 0;
    }
    bool flag(size_t k, ParamName name) const;
    QString text(size_t k, ParamName name) const;

private:
    static constexpr int kNotLookedUp = -2;
    // The kind's index of the parameter, or -1 when it has none.
    int slot(size_t k, ParamName name) const
    {
        if (name.id() < 0)
            return lookUp(m_kinds[k], name.name());
        int &s = m_slots[m_kindPlace[k] * kCompiledParamNames.size() + size_t(name.id())];
        if (s == kNotLookedUp)
            s = lookUp(m_kinds[k], name.name());
        return s;
    }
    static int lookUp(const KindSpec *kind, const char *name);
    // The item's override of the kind's parameter i, or its default.
    const ParamValue &value(size_t k, int i) const
    {
        for (size_t o = m_first[k]; o < m_first[k + 1]; ++o)
            if (m_resolved[o].first == i)
                return *m_resolved[o].second;
        return m_kinds[k]->params[size_t(i)].defaultValue;
    }
    double catalogNumber(size_t k, ParamName name) const;

    const Catalog &m_catalog;
    std::vector<const KindSpec *> m_kinds;
    std::vector<const ParamMap *> m_overrides;
    // Per item, from m_first[k] to m_first[k + 1]: (parameter index, value) of its overrides.
    std::vector<std::pair<int, const ParamValue *>> m_resolved;
    std::vector<size_t> m_first;
    // Per item, its kind's place among the distinct kinds; per distinct kind
    // and name, the kind's index of the parameter (or kNotLookedUp).
    std::vector<size_t> m_kindPlace;
    mutable std::vector<int> m_slots;
};

} // namespace scalescope
