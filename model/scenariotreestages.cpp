// The tree reader's scenario: its stages and their edits, the day's profile and the reasons.
#include "scenariotreereader.h"
#include "sizelimits.h"
#include "validation.h"
#include "workload.h"

#include <QJsonArray>

namespace scalescope {

// The "set" and "reset" members of a change edit, typed by the kind.
bool ScenarioTreeReader::changes(const KindSpec &kind, const QJsonObject &o, const QString &path, ParamMap &set, QStringList &reset)
{
    return params(kind, o.value("set"), path + ".set", set) && resetList(kind, o.value("reset"), path + ".reset", reset);
}

// Kind of a component id at this point of the stage list (for typed params in edits).
bool ScenarioTreeReader::edit(const QJsonValue &v, const QString &path, const Architecture &before, Edit &out)
{
    QJsonObject o;
    QString op;
    if (!object(v, path, o) || !string(o, "op", path, op, true))
        return false;
    if (op == QLatin1String("add-component")) {
        AddComponent e;
        if (!onlyKeys(o, path, {"op", "component"}) || !component(o.value("component"), path + ".component", e.component))
            return false;
        out = e;
    } else if (op == QLatin1String("remove-component")) {
        RemoveComponent e;
        if (!onlyKeys(o, path, {"op", "id"}) || !id(o, "id", path, e.id))
            return false;
        out = e;
    } else if (op == QLatin1String("change-component")) {
        ChangeComponent e;
        if (!onlyKeys(o, path, {"op", "id", "label", "group", "x", "y", "set", "reset"}) || !id(o, "id", path, e.id))
            return false;
        const Component *c = before.component(e.id);
        if (!c)
            return fail(path + ".id", QStringLiteral("no component '%1' at this stage").arg(e.id));
        if (!optionalString(o, "label", path, e.label) || !optionalString(o, "group", path, e.group))
            return false;
        if (o.contains("x") || o.contains("y")) {
            Point p = c->position;
            if (!optionalNumber(o, "x", path, p.x, -kCoordinateLimit, kCoordinateLimit)
                || !optionalNumber(o, "y", path, p.y, -kCoordinateLimit, kCoordinateLimit))
                return false;
            e.position = p;
        }
        if (!changes(*m_catalog.kind(c->kind), o, path, e.set, e.reset))
            return false;
        out = e;
    } else if (op == QLatin1String("add-connection")) {
        AddConnection e;
        if (!onlyKeys(o, path, {"op", "from", "to", "share"}) || !connection(o, path, e.connection))
            return false;
        out = e;
    } else if (op == QLatin1String("remove-connection")) {
        RemoveConnection e;
        if (!onlyKeys(o, path, {"op", "from", "to"}) || !id(o, "from", path, e.from) || !id(o, "to", path, e.to))
            return false;
        out = e;
    } else if (op == QLatin1String("change-connection")) {
        Connection c;
        if (!onlyKeys(o, path, {"op", "from", "to", "share"}) || !connection(o, path, c))
            return false;
        out = ChangeConnection{c.from, c.to, c.share};
    } else if (op == QLatin1String("add-group")) {
        AddGroup e;
        if (!onlyKeys(o, path, {"op", "group"}) || !group(o.value("group"), path + ".group", e.group))
            return false;
        out = e;
    } else if (op == QLatin1String("remove-group")) {
        RemoveGroup e;
        if (!onlyKeys(o, path, {"op", "id"}) || !id(o, "id", path, e.id))
            return false;
        out = e;
    } else if (op == QLatin1String("change-group")) {
        ChangeGroup e;
        if (!onlyKeys(o, path, {"op", "id", "label", "parent", "x", "y", "width", "height", "set", "reset"})
            || !id(o, "id", path, e.id))
            return false;
        const Group *g = before.group(e.id);
        if (!g)
            return fail(path + ".id", QStringLiteral("no group '%1' at this stage").arg(e.id));
        if (!optionalString(o, "label", path, e.label) || !optionalString(o, "parent", path, e.parent))
            return false;
        if (o.contains("x") || o.contains("y") || o.contains("width") || o.contains("height")) {
            Rect r = g->rect;
            if (!rect(o, path, r))
                return false;
            e.rect = r;
        }
        if (!changes(*m_catalog.groupKind(g->kind), o, path, e.set, e.reset))
            return false;
        out = e;
    } else if (op == QLatin1String("set-workload")) {
        ChangeWorkload e;
        QJsonObject set;
        if (!onlyKeys(o, path, {"op", "set"}) || !object(o.value("set"), path + ".set", set))
            return false;
        for (auto it = set.begin(); it != set.end(); ++it) {
            const WorkloadField *f = workloadField(it.key());
            const QString p = path + ".set." + it.key();
            if (!f)
                return fail(p, QStringLiteral("unknown workload field"));
            double d = 0;
            if (!number(it.value(), p, d, f->minimum, f->maximum))
                return false;
            e.set.insert(it.key(), d);
        }
        out = e;
    } else if (op == QLatin1String("set-profile")) {
        if (!onlyKeys(o, path, {"op", "profile"}))
            return false;
        if (!o.contains("profile"))
            return fail(path + ".profile", QStringLiteral("missing"));
        ProfileProblem problem;
        std::optional<TrafficProfile> p = profileFromJson(o.value("profile"), &problem);
        if (!p)
            return fail(problem.path.isEmpty() ? path + ".profile" : path + ".profile." + problem.path, problem.message);
        out = ChangeProfile{std::move(*p)};
    } else {
        return fail(path + ".op", QStringLiteral("unknown edit '%1'").arg(op));
    }
    return true;
}

bool ScenarioTreeReader::stage(const QJsonValue &v, const QString &path, Architecture &current, Stage &s)
{
    QJsonObject o;
    if (!object(v, path, o) || !onlyKeys(o, path, {"title", "narrative", "users", "edits"})
        || !string(o, "title", path, s.title, true) || !string(o, "narrative", path, s.narrative, false))
        return false;
    if (o.contains("users")) {
        QJsonArray range;
        if (!array(o.value("users"), path + ".users", range))
            return false;
        if (range.size() != 2)
            return fail(path + ".users", QStringLiteral("expected [from, to]"));
        if (!number(range[0], path + ".users[0]", s.usersFrom, 0, 1e12)
            || !number(range[1], path + ".users[1]", s.usersTo, s.usersFrom, 1e12))
            return false;
    }
    QJsonArray edits;
    if (o.contains("edits") && !array(o.value("edits"), path + ".edits", edits))
        return false;
    for (int i = 0; i < edits.size(); ++i) {
        const QString p = QStringLiteral("%1.edits[%2]").arg(path).arg(i);
        Edit e;
        if (!charge(current, p) || !edit(edits[i], p, current, e))
            return false;
        QString problem;
        if (!applyEdit(current, e, &problem))
            return fail(p, problem);
        // Checked after every edit, so a problem names the edit that made it,
        // down to the field when the problem has one ("connections[3].to" -> ".to").
        std::optional<Problem> invalid = limitProblem(current);
        if (!invalid)
            invalid = validateArchitecture(current, m_catalog);
        if (invalid) {
            QString where = p;
            const qsizetype dot = invalid->path.lastIndexOf('.');
            if (dot >= 0) {
                if (std::holds_alternative<AddComponent>(e))
                    where += QStringLiteral(".component");
                else if (std::holds_alternative<AddGroup>(e))
                    where += QStringLiteral(".group");
                where += invalid->path.mid(dot);
            }
            return fail(where, invalid->message);
        }
        s.edits.push_back(std::move(e));
    }
    return true;
}

// "reasons": {"component-id.parameter": "why"}, short texts.
bool ScenarioTreeReader::reasons(const QJsonValue &v, QMap<QString, QString> &out)
{
    if (v.isUndefined())
        return true;
    QJsonObject o;
    if (!object(v, QStringLiteral("reasons"), o))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = join(QStringLiteral("reasons"), it.key());
        if (!it.key().contains(QLatin1Char('.')) || it.key().size() > kMaxReasonKeyLength)
            return fail(path, QStringLiteral("expected a key \"component-id.parameter\""));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(path, QStringLiteral("expected a sentence saying why"));
        if (it.value().toString().size() > kMaxReasonLength)
            return fail(path, QStringLiteral("the reason is longer than %1 characters").arg(kMaxReasonLength));
        out.insert(it.key(), it.value().toString());
    }
    return true;
}

// `streamedBase`: the base's lists already read (scenariostream.h), `root`
// then holding the file's other members.
std::optional<Scenario> ScenarioTreeReader::scenario(const QJsonObject &root, Architecture *streamedBase)
{
    Scenario s;
    if (!onlyKeys(root, QString(), {"format", "version", "title", "description", "workload", "base", "stages", "profile", "reasons"})
        || !profile(root, s.profile) || !reasons(root.value("reasons"), s.reasons)
        || !string(root, "title", QString(), s.title, false)
        || !string(root, "description", QString(), s.description, false)
        || !workload(root.value("workload"), "workload", s.base.workload)
        || !(streamedBase ? adopt(*streamedBase, s.base) : architecture(root.value("base"), "base", s.base))
        || !checkArchitecture(s.base, "base"))
        return std::nullopt;
    QJsonArray stages;
    if (root.contains("stages") && !array(root.value("stages"), "stages", stages))
        return std::nullopt;
    if (stages.isEmpty())
        return s;
    Architecture current = s.base; // as the stages read so far leave it
    for (int i = 0; i < stages.size(); ++i) {
        Stage st;
        if (!stage(stages[i], QStringLiteral("stages[%1]").arg(i), current, st))
            return std::nullopt;
        s.stages.push_back(std::move(st));
    }
    return s;
}

// The day's traffic profile; a file without one keeps the consumer day.
bool ScenarioTreeReader::profile(const QJsonObject &root, TrafficProfile &out)
{
    if (!root.contains("profile"))
        return true;
    ProfileProblem problem;
    std::optional<TrafficProfile> p = profileFromJson(root.value("profile"), &problem);
    if (!p)
        return fail(problem.path.isEmpty() ? QStringLiteral("profile") : "profile." + problem.path, problem.message);
    out = std::move(*p);
    return true;
}

} // namespace scalescope
