#include "formatmigration.h"

#include "scenariofile.h"
#include "trafficprofile.h"

#include <QJsonArray>

#include <cmath>
#include <functional>
#include <optional>

namespace scalescope {

namespace {

using Step = std::function<bool(QJsonObject &, MigrationProblem *)>;

QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + '.' + key; }

// --- Version 1 -> 2: the workload as behaviour -------------------------------
// Version 1 described the peak directly: a share of registered users online
// and requests per online user per second. Version 2 derives it from daily
// active users, minutes of use and requests per minute of use. The step
// writes the version 2 figures that give exactly the version 1 peak rates.

struct V1Field {
    const char *name;
    double defaultValue; // version 1's default
    double minimum;
    double maximum;
};
constexpr V1Field kPeakOnlineShare{"peakOnlineShare", 0.1, 1e-6, 1};
constexpr V1Field kRequestsPerOnlineUser{"requestsPerOnlineUserPerSecond", 0.4, 0, 1e4};
constexpr V1Field kStaticShare{"staticShare", 0.5, 0, 1};
constexpr V1Field kPeakToAverage{"peakToAverage", 2, 1, 100};
constexpr V1Field kV1Fields[] = {kPeakOnlineShare, kRequestsPerOnlineUser, kStaticShare, kPeakToAverage};
constexpr double kAssumedDailyActiveShare = 0.3; // version 2's default; any value gives the same peak

struct V1Workload {
    double peakOnlineShare = kPeakOnlineShare.defaultValue;
    double requestsPerOnlineUser = kRequestsPerOnlineUser.defaultValue;
    double staticShare = kStaticShare.defaultValue;
    double peakToAverage = kPeakToAverage.defaultValue;
};

// Reads the version 1 fields present in `o` into `w`, checking them as
// version 1 did.
bool readV1(const QJsonObject &o, const QString &path, V1Workload &w, MigrationProblem *problem)
{
    for (const V1Field &f : kV1Fields) {
        const QJsonValue v = o.value(QLatin1String(f.name));
        if (v.isUndefined())
            continue;
        const QString at = join(path, QLatin1String(f.name));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            if (problem)
                *problem = {at, QStringLiteral("expected a number")};
            return false;
        }
        const double d = v.toDouble();
        if (d < f.minimum || d > f.maximum) {
            if (problem)
                *problem = {at, QStringLiteral("%1 is outside %2 to %3").arg(d).arg(f.minimum).arg(f.maximum)};
            return false;
        }
        if (f.name == kPeakOnlineShare.name)
            w.peakOnlineShare = d;
        else if (f.name == kRequestsPerOnlineUser.name)
            w.requestsPerOnlineUser = d;
        else if (f.name == kStaticShare.name)
            w.staticShare = d;
        else
            w.peakToAverage = d;
    }
    return true;
}

// Replaces the version 1 fields of `o` by the version 2 fields of `w`.
void writeV2(QJsonObject &o, const V1Workload &w)
{
    for (const char *gone : {kPeakOnlineShare.name, kRequestsPerOnlineUser.name, kStaticShare.name})
        o.remove(QLatin1String(gone));
    // online at the peak = daily active share x minutes / 1440 x peak-to-average
    double daily = kAssumedDailyActiveShare;
    double minutes = w.peakOnlineShare * 1440 / (daily * w.peakToAverage);
    if (minutes > 1440) { // more than a day of use: everyone is a daily user for longer
        minutes = 1440;
        daily = w.peakOnlineShare / w.peakToAverage;
    }
    o.insert(QStringLiteral("dailyActiveShare"), daily);
    o.insert(QStringLiteral("minutesPerDailyUser"), minutes);
    o.insert(QStringLiteral("apiRequestsPerMinute"), w.requestsPerOnlineUser * (1 - w.staticShare) * 60);
    o.insert(QStringLiteral("staticRequestsPerMinute"), w.requestsPerOnlineUser * w.staticShare * 60);
    o.insert(QStringLiteral("peakToAverage"), w.peakToAverage);
}

bool touchesPeak(const QJsonObject &set)
{
    for (const V1Field &f : kV1Fields)
        if (set.contains(QLatin1String(f.name)))
            return true;
    return false;
}

bool workloadAsBehaviour(QJsonObject &root, MigrationProblem *problem)
{
    V1Workload current;
    QJsonObject workload = root.value("workload").toObject(); // not an object: the reader says so
    if (root.value("workload").isObject() || root.value("workload").isUndefined()) {
        if (!readV1(workload, QStringLiteral("workload"), current, problem))
            return false;
        writeV2(workload, current);
        root.insert(QStringLiteral("workload"), workload);
    }
    // Stage edits that change the peak: follow the workload through the stages.
    QJsonArray stages = root.value("stages").toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages[i].toObject();
        QJsonArray edits = stage.value("edits").toArray();
        for (qsizetype k = 0; k < edits.size(); ++k) {
            QJsonObject edit = edits[k].toObject();
            if (edit.value("op").toString() != QLatin1String("set-workload") || !edit.value("set").isObject())
                continue;
            QJsonObject set = edit.value("set").toObject();
            if (!touchesPeak(set))
                continue;
            if (!readV1(set, QStringLiteral("stages[%1].edits[%2].set").arg(i).arg(k), current, problem))
                return false;
            writeV2(set, current);
            edit.insert(QStringLiteral("set"), set);
            edits[k] = edit;
        }
        if (stage.contains("edits") && stage.value("edits").isArray()) {
            stage.insert(QStringLiteral("edits"), edits);
            stages[i] = stage;
        }
    }
    if (root.value("stages").isArray())
        root.insert(QStringLiteral("stages"), stages);
    return true;
}

// --- Version 2 -> 3: a day of traffic --------------------------------------
// Version 3 adds the scenario's traffic profile over a day; a file written
// before had none and gets the consumer day.
bool addDayProfile(QJsonObject &root, MigrationProblem *)
{
    if (!root.contains(QLatin1String("profile")))
        root.insert(QStringLiteral("profile"), profileToJson(consumerDiurnal()));
    return true;
}

// One step per version: kSteps[v - 1] takes version v to v + 1.
struct Migration {
    const char *what;
    Step step;
};
const Migration kSteps[] = {
    {"version 1 -> 2: the workload's peak is now derived from daily active users, minutes of use and "
     "requests per minute (same peak rates)",
     workloadAsBehaviour},
    {"version 2 -> 3: a traffic profile over the day for the timeline (the consumer day); a scenario may say "
     "why it overrides a parameter (\"reasons\")",
     addDayProfile},
};
static_assert(std::size(kSteps) == kScenarioVersion - 1, "one migration step per format version");

} // namespace

bool migrateScenario(QJsonObject &root, int fromVersion, MigrationProblem *problem, QStringList *notes)
{
    for (int v = fromVersion; v < kScenarioVersion; ++v) {
        const Migration &m = kSteps[v - 1];
        if (!m.step(root, problem))
            return false;
        if (notes)
            *notes << QLatin1String(m.what);
        root.insert(QStringLiteral("version"), v + 1);
    }
    return true;
}

} // namespace scalescope
