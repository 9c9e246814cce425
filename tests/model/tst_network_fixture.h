#pragma once
// Shared by the tst_network_*.cpp suites: small architectures with every
// figure the hand computations rely on set explicitly, so a change of a
// catalog default cannot move an expected value. The only catalog data used
// are instance types and prices; tst_network_basic checks those first.

#include "catalog.h"
#include "document.h"
#include "evaluation.h"
#include "network.h"
#include "validation.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

namespace fixture {

using namespace scalescope;

// |actual - expected| within a relative tolerance, printing both on failure.
#define QCOMPARE_REL(actual, expected, rel)                                                           \
    do {                                                                                              \
        const double a_ = (actual);                                                                   \
        const double e_ = (expected);                                                                 \
        if (!(std::abs(a_ - e_) <= (rel) * std::abs(e_) + 1e-15))                                     \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (%4)")                              \
                                 .arg(QLatin1String(#actual))                                         \
                                 .arg(a_, 0, 'g', 17)                                                 \
                                 .arg(e_, 0, 'g', 17)                                                 \
                                 .arg(QLatin1String(#expected))));                                    \
    } while (0)

// Per user at the peak: online 1 x 72 / 1440 x 2 = 0.1; per online user 30
// API calls and 30 files a minute, so per user static 0.05/s and dynamic
// 0.05/s, of which writes 0.01 and reads 0.04.
inline Workload workload()
{
    Workload w;
    w.users = 1000;
    w.dailyActiveShare = 1;
    w.minutesPerDailyUser = 72;
    w.apiRequestsPerMinute = 30;
    w.staticRequestsPerMinute = 30;
    w.writeShare = 0.2;
    w.dataPerUserMiB = 10;
    w.sessionKiB = 64;
    w.peakToAverage = 2;
    w.staticObjectKiB = 32;
    w.dynamicResponseKiB = 16;
    w.timeoutMs = 30000;
    return w;
}

// Users reach the web server without a CDN: its answers are internet data
// out. Per user at the peak 0.05 files/s of 32 KiB and 0.05 API calls/s of
// 16 KiB, half that on average, over 730 h: GB a month per user.
constexpr double kGbPerUserMonth = (0.05 * 32 + 0.05 * 16) / 2 * 730 * 3600 / (1024.0 * 1024.0);
// EC2 data out: 100 GB a month free, then $0.09/GB to 10 TB, $0.085 to 50 TB.
inline double dataOutUsd(double gb)
{
    return gb <= 100 ? 0 : gb <= 10240 ? (gb - 100) * 0.09 : (10240 - 100) * 0.09 + (gb - 10240) * 0.085;
}

// An m5.large web server (2 vCPU, 8 GiB): 1 ms per static file, 10 ms per
// dynamic request, 5 ms per queued job; 2 reads per request, 1 write per write.
inline ParamMap webParams(double count = 1, double zones = 1)
{
    return {{"instanceType", QStringLiteral("m5.large")},
            {"count", count},
            {"zones", zones},
            {"serversPerInstance", 0.0}, // 0 = one server per vCPU
            {"requestServiceTimeMs", 10.0},
            {"staticServiceTimeMs", 1.0},
            {"jobServiceTimeMs", 5.0},
            {"dbReadsPerRequest", 2.0},
            {"dbWritesPerWrite", 1.0},
            {"dbPoolSize", 20.0},
            {"baseMemoryMiB", 1024.0},
            {"localDatabase", false},
            {"ebsGiB", 20.0},
            {"instanceAvailability", 0.995},
            {"multiAzAvailability", 0.9999}};
}

// A db.m5.large RDS primary (2 vCPU, 8 GiB): 1 ms per read, 4 ms per write.
inline ParamMap dbParams(bool multiAz = false)
{
    return {{"instanceType", QStringLiteral("db.m5.large")},
            {"multiAz", multiAz},
            {"shards", 1.0},
            {"serversPerInstance", 0.0},
            {"readServiceTimeMs", 1.0},
            {"writeServiceTimeMs", 4.0},
            {"iops", 3000.0},
            {"iopsPerWrite", 2.0},
            {"iopsPerRead", 0.5},
            {"storageGiB", 100.0},
            {"maxConnections", 0.0}, // 0 = from the instance memory
            {"availability", 0.995},
            {"multiAzAvailability", 0.9995}};
}

// A read replica like the primary above; applying a write costs half a write.
inline ParamMap replicaParams()
{
    return {{"instanceType", QStringLiteral("db.m5.large")},
            {"serversPerInstance", 0.0},
            {"readServiceTimeMs", 1.0},
            {"writeServiceTimeMs", 4.0},
            {"iops", 3000.0},
            {"iopsPerWrite", 2.0},
            {"iopsPerRead", 0.5},
            {"storageGiB", 100.0},
            {"maxConnections", 0.0},
            {"availability", 0.995},
            {"replicationCost", 0.5}};
}

inline ParamMap cacheParams(double hitRatio)
{
    return {{"nodeType", QStringLiteral("cache.m5.large")},
            {"nodes", 1.0},
            {"zones", 1.0},
            {"serversPerNode", 1.0},
            {"opServiceTimeMs", 0.1},
            {"hitRatio", hitRatio},
            {"hotDataPerUserKiB", 8.0},
            {"sessionStore", false},
            {"availability", 0.995},
            {"multiAzAvailability", 0.9999}};
}

inline Component component(const QString &id, const QString &kind, const ParamMap &params = {},
                           const QString &group = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.params = params;
    c.group = group;
    return c;
}

inline Group group(const QString &id, const QString &kind, const QString &parent = {}, const ParamMap &params = {})
{
    Group g;
    g.id = id;
    g.kind = kind;
    g.parent = parent;
    g.params = params;
    return g;
}

inline Connection edge(const QString &from, const QString &to, std::optional<double> share = std::nullopt)
{
    return Connection{from, to, share};
}

inline Architecture architecture(std::vector<Component> components, std::vector<Connection> connections,
                                 std::vector<Group> groups = {})
{
    Architecture a;
    a.components = std::move(components);
    a.connections = std::move(connections);
    a.groups = std::move(groups);
    a.workload = workload();
    return a;
}

// Compiles an architecture that must be valid (a broken fixture says why).
inline Network compileValid(const Architecture &a)
{
    if (auto problem = validateArchitecture(a, Catalog::builtin()))
        throw std::invalid_argument(qPrintable(problem->path + QStringLiteral(": ") + problem->message));
    return compileNetwork(a);
}

inline const ComponentModel &model(const Network &n, const QString &id)
{
    const int i = n.indexOf(id);
    if (i < 0)
        throw std::invalid_argument(qPrintable(QStringLiteral("no component ") + id));
    return n.components[size_t(i)];
}

inline int resourceIndex(const ComponentModel &m, const QString &name)
{
    for (size_t i = 0; i < m.resources.size(); ++i)
        if (m.resources[i].name == name)
            return int(i);
    throw std::invalid_argument(qPrintable(m.id + QStringLiteral(" has no resource ") + name));
}

// A resource of the network: what does not change with users (servers, service time).
inline const ResourceModel &resourceModel(const Network &n, const QString &id, const QString &name)
{
    const ComponentModel &m = model(n, id);
    return m.resources[size_t(resourceIndex(m, name))];
}

// A resource's figures in an evaluation.
inline const ResourceResult &resource(const Network &n, const Evaluation &e, const QString &id, const QString &name)
{
    const int i = n.indexOf(id);
    return e.components[size_t(i)].resources[size_t(resourceIndex(n.components[size_t(i)], name))];
}

inline double ceiling(const Network &n, const QString &id, const QString &name)
{
    const ComponentModel &m = model(n, id);
    return m.resources[size_t(resourceIndex(m, name))].ceiling;
}

// Per user arrival of one op at a component, over all classes.
inline double perUser(const ComponentModel &m, int op)
{
    double sum = 0;
    for (int cls = 0; cls < ClassCount; ++cls)
        sum += m.arrival.at(cls, op);
    return sum;
}

// M/M/2 mean wait in closed form (independent of the model's Erlang
// recursion): C = 2 rho^2 / (1 + rho), Wq = C / (2/S - lambda).
inline double mm2Wait(double lambda, double serviceTime)
{
    const double rho = lambda * serviceTime / 2;
    const double c = 2 * rho * rho / (1 + rho);
    return c / (2 / serviceTime - lambda);
}

} // namespace fixture
