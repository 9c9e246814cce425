#pragma once
// The scenario document: plain values, no behaviour beyond equality.
// A Scenario is what a .json file holds; the architecture at stage k is
// base + stages 1..k applied (see stages.h).

#include "trafficprofile.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace scalescope {

// A parameter value as the file holds it: a number, a flag or a name
// (an instance type, an engine). Missing parameters take the catalog default.
using ParamValue = std::variant<double, bool, QString>;
using ParamMap = QMap<QString, ParamValue>;

struct Point {
    double x = 0;
    double y = 0;
    friend bool operator==(const Point &, const Point &) = default;
};

struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    friend bool operator==(const Rect &, const Rect &) = default;
};

struct Component {
    QString id;
    QString kind;   // a catalog kind id, e.g. "ec2"
    QString label;
    QString group;  // id of the innermost group holding it, or empty
    Point position;
    ParamMap params; // overrides of the catalog defaults only
    friend bool operator==(const Component &, const Component &) = default;
};

struct Connection {
    QString from;
    QString to;
    // Share of the sender's traffic for this target's role when it feeds
    // several; unset means an equal split.
    std::optional<double> share;
    friend bool operator==(const Connection &, const Connection &) = default;
};

struct Group {
    QString id;
    QString kind; // region, availability-zone, vpc, auto-scaling-group
    QString label;
    QString parent; // enclosing group id, or empty
    Rect rect;
    ParamMap params;
    friend bool operator==(const Group &, const Group &) = default;
};

// Every field is a per-scenario figure; defaults and their sources are in
// workload.cpp.
struct Workload {
    double users = 1000;                      // registered users (the slider's start)
    // Behaviour: how many use it on a day, for how long, and what a minute of
    // use asks of the system; the peak follows (workload.h, peakRates).
    double dailyActiveShare = 0;              // daily active users / registered (DAU/MAU)
    double minutesPerDailyUser = 0;           // minutes of use per daily active user per day
    double apiRequestsPerMinute = 0;          // dynamic requests per minute of use
    double staticRequestsPerMinute = 0;       // static files per minute of use the browser does not have
    double writeShare = 0;                    // share of dynamic requests that write
    double dataPerUserMiB = 0;                // stored data per registered user
    double sessionKiB = 0;                    // session state per online user
    double peakToAverage = 0;                 // busiest hour's rate / the day's average rate
    double staticObjectKiB = 0;               // mean size of a static response
    double dynamicResponseKiB = 0;            // mean size of a dynamic response
    double itemKiB = 0;                       // what a query, cache look-up or job moves
    double timeoutMs = 0;                     // what a request waits on a saturated resource
    double readP99TargetMs = 0;               // service level objective: 99% of reads within this
    double writeP99TargetMs = 0;              // ... and of writes (0: no objective)
    friend bool operator==(const Workload &, const Workload &) = default;
};

struct Architecture {
    std::vector<Component> components;
    std::vector<Connection> connections;
    std::vector<Group> groups;
    Workload workload;
    friend bool operator==(const Architecture &, const Architecture &) = default;

    const Component *component(const QString &id) const;
    Component *component(const QString &id);
    const Group *group(const QString &id) const;
    Group *group(const QString &id);
    int connectionIndex(const QString &from, const QString &to) const;
};

// ---- Stage edits: each is a value; applying one is in stages.cpp ----
struct AddComponent { Component component; friend bool operator==(const AddComponent &, const AddComponent &) = default; };
struct RemoveComponent { QString id; friend bool operator==(const RemoveComponent &, const RemoveComponent &) = default; };
struct ChangeComponent {
    QString id;
    std::optional<QString> label;
    std::optional<QString> group;
    std::optional<Point> position;
    ParamMap set;        // parameters to set
    QStringList reset;   // parameters back to the catalog default
    friend bool operator==(const ChangeComponent &, const ChangeComponent &) = default;
};
struct AddConnection { Connection connection; friend bool operator==(const AddConnection &, const AddConnection &) = default; };
struct RemoveConnection { QString from; QString to; friend bool operator==(const RemoveConnection &, const RemoveConnection &) = default; };
struct ChangeConnection {
    QString from;
    QString to;
    std::optional<double> share; // unset: back to an equal split
    friend bool operator==(const ChangeConnection &, const ChangeConnection &) = default;
};
struct AddGroup { Group group; friend bool operator==(const AddGroup &, const AddGroup &) = default; };
struct RemoveGroup { QString id; friend bool operator==(const RemoveGroup &, const RemoveGroup &) = default; };
struct ChangeGroup {
    QString id;
    std::optional<QString> label;
    std::optional<QString> parent;
    std::optional<Rect> rect;
    ParamMap set;
    QStringList reset;
    friend bool operator==(const ChangeGroup &, const ChangeGroup &) = default;
};
struct ChangeWorkload {
    QMap<QString, double> set; // workload field name -> value
    friend bool operator==(const ChangeWorkload &, const ChangeWorkload &) = default;
};
// The day's traffic from this stage on (the architecture is unchanged;
// profileAt in stages.h finds the profile a stage runs).
struct ChangeProfile {
    TrafficProfile profile;
    friend bool operator==(const ChangeProfile &, const ChangeProfile &) = default;
};

using Edit = std::variant<AddComponent, RemoveComponent, ChangeComponent, AddConnection,
                          RemoveConnection, ChangeConnection, AddGroup, RemoveGroup, ChangeGroup,
                          ChangeWorkload, ChangeProfile>;

struct Stage {
    QString title;
    QString narrative;
    double usersFrom = 0; // the user range the stage is meant for
    double usersTo = 0;
    std::vector<Edit> edits;
    friend bool operator==(const Stage &, const Stage &) = default;
};

struct Scenario {
    QString title;
    QString description;
    Architecture base;
    std::vector<Stage> stages;
    // Why a parameter other than a size differs from the catalog's default,
    // keyed "component-id.parameter" (the file's "reasons"): a scenario
    // explains what it changes beyond sizes.
    QMap<QString, QString> reasons;
    // Traffic over a day for the timeline (format version 3; older files
    // get the consumer day); a stage's ChangeProfile replaces it from there on.
    TrafficProfile profile = consumerDiurnal();
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace scalescope
