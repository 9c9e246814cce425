#include "workload.h"

#include <algorithm>
#include <array>

namespace scalescope {

namespace {
// Sources: docs/sources.md, tags as there.
const std::array<WorkloadField, 15> kFields{{
    {"users", &Workload::users, "users", 1, 1e9, 1000,
     "start of the user slider; any value"},
    {"dailyActiveShare", &Workload::dailyActiveShare, "share", 1e-6, 1, 0.3,
     "[3P] DAU/MAU 30% on average for consumer apps (Sequoia stickiness benchmark, as reported by "
     "June.so); SaaS 15%, e-commerce 10%"},
    {"minutesPerDailyUser", &Workload::minutesPerDailyUser, "min", 0, 1440, 20,
     "[3P] an average mobile app session lasts about 18.6 min (Adjust, via Business of Apps); the "
     "largest social apps hold 31-38 min a day (eMarketer)"},
    {"apiRequestsPerMinute", &Workload::apiRequestsPerMinute, "req/min", 0, 1e6, 30,
     "[3P] measured mobile apps made 36-92 requests a minute during a task (New Relic); the low end, as "
     "some of those are files"},
    {"staticRequestsPerMinute", &Workload::staticRequestsPerMinute, "req/min", 0, 1e6, 30,
     "[RoT] about one file per API call the browser has not cached: 90% of responses are cacheable "
     "(HTTP Archive Web Almanac 2020)"},
    {"writeShare", &Workload::writeShare, "share", 0, 1, 1.0 / 11.0,
     "[RoT] read:write 10:1 for write-heavier apps (system-design-primer)"},
    {"dataPerUserMiB", &Workload::dataPerUserMiB, "MiB", 0, 1e6, 4,
     "[RoT] 10M-user exercise: 1 B writes of ~1 KB a month, about 0.1 MB per user a month, kept "
     "three years (system-design-primer)"},
    {"sessionKiB", &Workload::sessionKiB, "KiB", 0, 1e5, 16,
     "[RoT] session state per online user"},
    {"peakToAverage", &Workload::peakToAverage, "ratio", 1, 100, 2,
     "[RoT] peak:average 2x (Xu, System Design Interview); 1.6-1.7 for a global audience (Robust "
     "Perception); the busiest hour carries peakToAverage / 24 of the day"},
    {"staticObjectKiB", &Workload::staticObjectKiB, "KiB", 0, 1e6, 32,
     "[RoT] median page weight over its ~70 requests (HTTP Archive 2024 page weight)"},
    {"dynamicResponseKiB", &Workload::dynamicResponseKiB, "KiB", 0, 1e6, 16,
     "[RoT] an HTML or JSON response"},
    {"itemKiB", &Workload::itemKiB, "KiB", 0, 1e6, 1,
     "[RoT] 10M-user exercise: about 1 KB per write (system-design-primer); a query, a cache look-up or "
     "a queued job moves about one item"},
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

double peakOnlineShare(const Workload &w)
{
    // Average concurrency over the day: daily users x minutes / 1440; the
    // busiest hour runs peakToAverage times the day's average.
    return std::min(1.0, w.dailyActiveShare * w.minutesPerDailyUser / 1440.0 * w.peakToAverage);
}

PeakRates peakRates(const Workload &w, double users)
{
    PeakRates r;
    r.online = users * peakOnlineShare(w);
    r.staticRate = r.online * w.staticRequestsPerMinute / 60;
    const double dynamic = r.online * w.apiRequestsPerMinute / 60;
    r.total = r.staticRate + dynamic;
    r.writeRate = dynamic * w.writeShare;
    r.readRate = dynamic - r.writeRate;
    return r;
}

} // namespace scalescope
