// Scenario -> JSON. Writes only what the document holds (parameter
// overrides, not defaults), so files stay short and diff well.
#include "atomicfile.h"
#include "overloaded.h"
#include "scenariofile.h"
#include "workload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scalescope {

namespace {

QJsonValue toJson(const ParamValue &v)
{
    return std::visit([](const auto &x) { return QJsonValue(x); }, v);
}

QJsonObject toJson(const ParamMap &params)
{
    QJsonObject o;
    for (auto it = params.begin(); it != params.end(); ++it)
        o.insert(it.key(), toJson(it.value()));
    return o;
}

void putIfSet(QJsonObject &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), s);
}

QJsonObject toJson(const Component &c)
{
    QJsonObject o{{"id", c.id}, {"kind", c.kind}, {"x", c.position.x}, {"y", c.position.y}};
    putIfSet(o, "label", c.label);
    putIfSet(o, "group", c.group);
    if (!c.params.isEmpty())
        o.insert("params", toJson(c.params));
    return o;
}

QJsonObject toJson(const Connection &c)
{
    QJsonObject o{{"from", c.from}, {"to", c.to}};
    if (c.share)
        o.insert("share", *c.share);
    return o;
}

void putRect(QJsonObject &o, const Rect &r)
{
    o.insert("x", r.x);
    o.insert("y", r.y);
    o.insert("width", r.width);
    o.insert("height", r.height);
}

QJsonObject toJson(const Group &g)
{
    QJsonObject o{{"id", g.id}, {"kind", g.kind}};
    putIfSet(o, "label", g.label);
    putIfSet(o, "parent", g.parent);
    putRect(o, g.rect);
    if (!g.params.isEmpty())
        o.insert("params", toJson(g.params));
    return o;
}

QJsonObject toJson(const Workload &w)
{
    QJsonObject o;
    for (const WorkloadField &f : workloadFields())
        o.insert(QLatin1String(f.name), w.*(f.member));
    return o;
}

void putChanges(QJsonObject &o, const ParamMap &set, const QStringList &reset)
{
    if (!set.isEmpty())
        o.insert("set", toJson(set));
    if (!reset.isEmpty())
        o.insert("reset", QJsonArray::fromStringList(reset));
}

QJsonObject toJson(const Edit &edit)
{
    return std::visit(Overloaded{
        [](const AddComponent &e) { return QJsonObject{{"op", "add-component"}, {"component", toJson(e.component)}}; },
        [](const RemoveComponent &e) { return QJsonObject{{"op", "remove-component"}, {"id", e.id}}; },
        [](const ChangeComponent &e) {
            QJsonObject o{{"op", "change-component"}, {"id", e.id}};
            if (e.label) o.insert("label", *e.label);
            if (e.group) o.insert("group", *e.group);
            if (e.position) {
                o.insert("x", e.position->x);
                o.insert("y", e.position->y);
            }
            putChanges(o, e.set, e.reset);
            return o;
        },
        [](const AddConnection &e) {
            QJsonObject o = toJson(e.connection);
            o.insert("op", "add-connection");
            return o;
        },
        [](const RemoveConnection &e) { return QJsonObject{{"op", "remove-connection"}, {"from", e.from}, {"to", e.to}}; },
        [](const ChangeConnection &e) {
            QJsonObject o{{"op", "change-connection"}, {"from", e.from}, {"to", e.to}};
            if (e.share)
                o.insert("share", *e.share);
            return o;
        },
        [](const AddGroup &e) { return QJsonObject{{"op", "add-group"}, {"group", toJson(e.group)}}; },
        [](const RemoveGroup &e) { return QJsonObject{{"op", "remove-group"}, {"id", e.id}}; },
        [](const ChangeGroup &e) {
            QJsonObject o{{"op", "change-group"}, {"id", e.id}};
            if (e.label) o.insert("label", *e.label);
            if (e.parent) o.insert("parent", *e.parent);
            if (e.rect) putRect(o, *e.rect);
            putChanges(o, e.set, e.reset);
            return o;
        },
        [](const ChangeWorkload &e) {
            QJsonObject set;
            for (auto it = e.set.begin(); it != e.set.end(); ++it)
                set.insert(it.key(), it.value());
            return QJsonObject{{"op", "set-workload"}, {"set", set}};
        },
        [](const ChangeProfile &e) { return QJsonObject{{"op", "set-profile"}, {"profile", profileToJson(e.profile)}}; },
    }, edit);
}

template <typename T>
QJsonArray toJsonArray(const std::vector<T> &items)
{
    QJsonArray a;
    for (const T &i : items)
        a.append(toJson(i));
    return a;
}

} // namespace

QByteArray serializeScenario(const Scenario &s)
{
    QJsonObject base{{"components", toJsonArray(s.base.components)},
                     {"connections", toJsonArray(s.base.connections)},
                     {"groups", toJsonArray(s.base.groups)}};
    QJsonArray stages;
    for (const Stage &st : s.stages) {
        QJsonObject o{{"title", st.title}, {"edits", toJsonArray(st.edits)}};
        putIfSet(o, "narrative", st.narrative);
        if (st.usersFrom > 0 || st.usersTo > 0)
            o.insert("users", QJsonArray{st.usersFrom, st.usersTo});
        stages.append(o);
    }
    QJsonObject root{{"format", kScenarioFormat}, {"version", kScenarioVersion},
                     {"workload", toJson(s.base.workload)}, {"base", base}, {"stages", stages},
                     {"profile", profileToJson(s.profile)}};
    if (!s.reasons.isEmpty()) {
        QJsonObject reasons;
        for (auto it = s.reasons.begin(); it != s.reasons.end(); ++it)
            reasons.insert(it.key(), it.value());
        root.insert("reasons", reasons);
    }
    putIfSet(root, "title", s.title);
    putIfSet(root, "description", s.description);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveScenario(const Scenario &scenario, const QString &fileName, QString *error)
{
    return writeFileAtomically(fileName, serializeScenario(scenario), error);
}

} // namespace scalescope
