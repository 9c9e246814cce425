#include "workload.h"

#include <array>

namespace scalescope {

namespace {
// Sources: docs/sources.md, tags as there.
const std::array<WorkloadField, 13> kFields{{
    {"users", &Workload::users, "users", 1, 1e9, 1000,
     "start of the user slider; any value"},
    {"peakOnlineShare", &Workload::peakOnlineShare, "share", 1e-6, 1, 0.1,
     "[RoT] DAU/MAU 30% for consumer apps (Sequoia stickiness benchmark) with about a third of "
     "daily users online in the busiest hour"},
    {"requestsPerOnlineUserPerSecond", &Workload::requestsPerOnlineUserPerSecond, "req/s", 0, 1e4, 0.4,
     "[RoT] an app screen every ~5 s with one API call and one file the browser has not cached"},
    {"staticShare", &Workload::staticShare, "share", 0, 1, 0.5,
     "[RoT] a median page has ~70 requests, 1 of them the HTML document (HTTP Archive 2024 page "
     "weight); with a warm browser cache about one file is fetched per API call"},
    {"writeShare", &Workload::writeShare, "share", 0, 1, 1.0 / 11.0,
     "[RoT] read:write 10:1 for write-heavier apps (system-design-primer)"},
    {"dataPerUserMiB", &Workload::dataPerUserMiB, "MiB", 0, 1e6, 4,
     "[RoT] 10M-user exercise: 1 B writes of ~1 KB a month, about 0.1 MB per user a month, kept "
     "three years (system-design-primer)"},
    {"sessionKiB", &Workload::sessionKiB, "KiB", 0, 1e5, 16,
     "[RoT] session state per online user"},
    {"peakToAverage", &Workload::peakToAverage, "ratio", 1, 100, 2,
     "[RoT] peak:average 2x (Xu, System Design Interview); others 2-5x"},
    {"staticObjectKiB", &Workload::staticObjectKiB, "KiB", 0, 1e6, 32,
     "[RoT] median page weight over its ~70 requests (HTTP Archive 2024 page weight)"},
    {"dynamicResponseKiB", &Workload::dynamicResponseKiB, "KiB", 0, 1e6, 16,
     "[RoT] an HTML or JSON response"},
    {"timeoutMs", &Workload::timeoutMs, "ms", 1, 1e7, 60000,
     "[AWS] ALB idle timeout default 60 s: what a request waits on a saturated resource"},
    {"readP99TargetMs", &Workload::readP99TargetMs, "ms", 0, 1e7, 300,
     "[RoT] an interactive page or API call answered within a few hundred milliseconds for 99% of "
     "requests; 0 sets no objective"},
    {"writeP99TargetMs", &Workload::writeP99TargetMs, "ms", 0, 1e7, 500,
     "[RoT] writes wait on a durable commit: a looser target than reads; 0 sets no objective"},
}};
} // namespace

std::span<const WorkloadField> workloadFields() { return kFields; }

const WorkloadField *workloadField(const QString &name)
{
    for (const auto &f : kFields)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

Workload defaultWorkload()
{
    Workload w;
    for (const auto &f : kFields)
        w.*(f.member) = f.defaultValue;
    return w;
}

PeakRates peakRates(const Workload &w, double users)
{
    PeakRates r;
    r.online = users * w.peakOnlineShare;
    r.total = r.online * w.requestsPerOnlineUserPerSecond;
    r.staticRate = r.total * w.staticShare;
    const double dynamic = r.total - r.staticRate;
    r.writeRate = dynamic * w.writeShare;
    r.readRate = dynamic - r.writeRate;
    return r;
}

} // namespace scalescope
