// JSON -> Scenario, with a precise error for anything a file can get wrong.
#include "regularfile.h"
#include "scenariofile.h"
#include "scenarioreaders.h"
#include "scenariostream.h"
#include "sizelimits.h"
#include "stages.h"
#include "validation.h"
#include "formatmigration.h"
#include "workload.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace scalescope {

namespace {

constexpr double kCoordinateLimit = 1e7; // canvas units; keeps geometry sane

// The loader's work is bounded by kLoaderWorkBudget (sizelimits.h): each
// edit is charged a whole check of the architecture it edits, since the
// architecture is validated after every edit (so a problem names the edit).

// "a.b" or, at the top of the file, just "b".
QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("nothing");
    }
}

class Reader {
public:
    Reader(const QString &file, const Catalog &catalog, LoadError *error)
        : m_file(file), m_catalog(catalog), m_error(error) {}

    bool fail(const QString &path, const QString &message)
    {
        if (m_error) {
            m_error->file = m_file;
            m_error->path = path;
            m_error->message = message;
        }
        return false;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject &out)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
        out = v.toObject();
        return true;
    }

    bool array(const QJsonValue &v, const QString &path, QJsonArray &out)
    {
        if (!v.isArray())
            return fail(path, QStringLiteral("expected an array, found %1").arg(typeName(v)));
        out = v.toArray();
        return true;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &path, QString &out,
                bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString())
            return fail(join(path, key),
                        v.isUndefined() ? QStringLiteral("missing")
                                        : QStringLiteral("expected a string, found %1").arg(typeName(v)));
        out = v.toString();
        return true;
    }

    bool id(const QJsonObject &o, const QString &key, const QString &path, QString &out)
    {
        if (!string(o, key, path, out, true))
            return false;
        if (out.isEmpty() || out.size() > 200)
            return fail(join(path, key), QStringLiteral("an id must have 1 to 200 characters"));
        return true;
    }

    bool number(const QJsonValue &v, const QString &path, double &out, double lo, double hi)
    {
        if (!v.isDouble())
            return fail(path, QStringLiteral("expected a number, found %1").arg(typeName(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return fail(path, QStringLiteral("the number is not finite"));
        if (d < lo || d > hi)
            return fail(path, QStringLiteral("%1 is outside %2 to %3").arg(d).arg(lo).arg(hi));
        out = d;
        return true;
    }

    bool optionalNumber(const QJsonObject &o, const QString &key, const QString &path,
                        double &out, double lo, double hi)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        // A good number needs no path (positions: two per component).
        if (const double d = v.toDouble(); v.isDouble() && std::isfinite(d) && d >= lo && d <= hi) {
            out = d;
            return true;
        }
        return number(v, join(path, key), out, lo, hi);
    }

    bool onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                return fail(join(path, it.key()), QStringLiteral("unknown field"));
        }
        return true;
    }

    bool paramValue(const KindSpec &kind, const QString &name, const QJsonValue &v,
                    const QString &path, ParamValue &out)
    {
        const ParamSpec *spec = kind.param(name);
        if (!spec)
            return fail(path, QStringLiteral("kind '%1' has no parameter '%2'").arg(kind.id, name));
        switch (spec->type) {
        case ParamType::Flag:
            if (!v.isBool())
                return fail(path, QStringLiteral("expected true or false, found %1").arg(typeName(v)));
            out = v.toBool();
            return true;
        case ParamType::Choice: {
            if (!v.isString())
                return fail(path, QStringLiteral("expected a string, found %1").arg(typeName(v)));
            const QString s = v.toString();
            const bool ok = spec->table.isEmpty() ? spec->options.contains(s)
                                                  : m_catalog.instanceType(spec->table, s) != nullptr;
            if (!ok)
                return fail(path, QStringLiteral("'%1' is not a known %2").arg(s, spec->table.isEmpty() ? name : spec->table + QStringLiteral(" instance type")));
            out = s;
            return true;
        }
        case ParamType::Number:
        case ParamType::Integer: {
            double d = 0;
            if (!number(v, path, d, spec->minimum, spec->maximum))
                return false;
            if (spec->type == ParamType::Integer && d != std::floor(d))
                return fail(path, QStringLiteral("expected a whole number, found %1").arg(d));
            out = d;
            return true;
        }
        }
        return false;
    }

    bool params(const KindSpec &kind, const QJsonValue &v, const QString &path, ParamMap &out)
    {
        if (v.isUndefined())
            return true;
        QJsonObject o;
        if (!object(v, path, o))
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            ParamValue value;
            if (!paramValue(kind, it.key(), it.value(), join(path, it.key()), value))
                return false;
            out.insert(it.key(), value);
        }
        return true;
    }

    bool resetList(const KindSpec &kind, const QJsonValue &v, const QString &path, QStringList &out)
    {
        if (v.isUndefined())
            return true;
        QJsonArray a;
        if (!array(v, path, a))
            return false;
        for (int i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!a[i].isString())
                return fail(p, QStringLiteral("expected a parameter name"));
            if (!kind.param(a[i].toString()))
                return fail(p, QStringLiteral("kind '%1' has no parameter '%2'").arg(kind.id, a[i].toString()));
            out << a[i].toString();
        }
        return true;
    }

    bool component(const QJsonValue &v, const QString &path, Component &c)
    {
        QJsonObject o;
        if (!object(v, path, o) || !onlyKeys(o, path, {"id", "kind", "label", "group", "x", "y", "params"})
            || !id(o, "id", path, c.id) || !string(o, "kind", path, c.kind, true)
            || !string(o, "label", path, c.label, false) || !string(o, "group", path, c.group, false)
            || !optionalNumber(o, "x", path, c.position.x, -kCoordinateLimit, kCoordinateLimit)
            || !optionalNumber(o, "y", path, c.position.y, -kCoordinateLimit, kCoordinateLimit))
            return false;
        const KindSpec *kind = m_catalog.kind(c.kind);
        if (!kind)
            return fail(path + ".kind", QStringLiteral("unknown kind '%1'").arg(c.kind));
        return params(*kind, o.value("params"), path + ".params", c.params);
    }

    bool connection(const QJsonObject &o, const QString &path, Connection &c)
    {
        if (!id(o, "from", path, c.from) || !id(o, "to", path, c.to))
            return false;
        if (o.contains("share")) {
            double s = 0;
            if (!number(o.value("share"), path + ".share", s, 0, 1))
                return false;
            c.share = s;
        }
        return true;
    }

    bool rect(const QJsonObject &o, const QString &path, Rect &r)
    {
        return optionalNumber(o, "x", path, r.x, -kCoordinateLimit, kCoordinateLimit)
            && optionalNumber(o, "y", path, r.y, -kCoordinateLimit, kCoordinateLimit)
            && optionalNumber(o, "width", path, r.width, 0, kCoordinateLimit)
            && optionalNumber(o, "height", path, r.height, 0, kCoordinateLimit);
    }

    bool group(const QJsonValue &v, const QString &path, Group &g)
    {
        QJsonObject o;
        if (!object(v, path, o)
            || !onlyKeys(o, path, {"id", "kind", "label", "parent", "x", "y", "width", "height", "params"})
            || !id(o, "id", path, g.id) || !string(o, "kind", path, g.kind, true)
            || !string(o, "label", path, g.label, false) || !string(o, "parent", path, g.parent, false)
            || !rect(o, path, g.rect))
            return false;
        const KindSpec *kind = m_catalog.groupKind(g.kind);
        if (!kind)
            return fail(path + ".kind", QStringLiteral("unknown group kind '%1'").arg(g.kind));
        return params(*kind, o.value("params"), path + ".params", g.params);
    }

    bool workload(const QJsonValue &v, const QString &path, Workload &w)
    {
        w = defaultWorkload();
        if (v.isUndefined())
            return true;
        QJsonObject o;
        if (!object(v, path, o))
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const WorkloadField *f = workloadField(it.key());
            if (!f)
                return fail(join(path, it.key()), QStringLiteral("unknown workload field"));
            if (!number(it.value(), join(path, it.key()), w.*(f->member), f->minimum, f->maximum))
                return false;
        }
        return true;
    }

    template <typename T, typename F>
    bool list(const QJsonObject &o, const char *key, const QString &path, std::vector<T> &out, F read)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        QJsonArray a;
        const QString p = join(path, key);
        if (!array(v, p, a))
            return false;
        out.reserve(a.size());
        for (int i = 0; i < a.size(); ++i) {
            T item;
            if (!read(a[i], QStringLiteral("%1[%2]").arg(p).arg(i), item))
                return false;
            out.push_back(std::move(item));
        }
        return true;
    }

    bool architecture(const QJsonValue &v, const QString &path, Architecture &a)
    {
        QJsonObject o;
        if (!object(v, path, o) || !onlyKeys(o, path, {"components", "connections", "groups"}))
            return false;
        // Refused before reading when the lists alone are over the limits.
        const auto count = [&o](const char *key) { return o.value(QLatin1String(key)).toArray().size(); };
        if (auto p = sizeProblem(count("components"), count("connections"), count("groups")))
            return fail(join(path, p->path), p->message);
        return list(o, "components", path, a.components,
                    [this](const QJsonValue &x, const QString &p, Component &c) { return component(x, p, c); })
            && list(o, "connections", path, a.connections,
                    [this](const QJsonValue &x, const QString &p, Connection &c) {
                        QJsonObject co;
                        return object(x, p, co) && onlyKeys(co, p, {"from", "to", "share"}) && connection(co, p, c);
                    })
            && list(o, "groups", path, a.groups,
                    [this](const QJsonValue &x, const QString &p, Group &g) { return group(x, p, g); });
    }

    bool optionalString(const QJsonObject &o, const char *key, const QString &path, std::optional<QString> &out)
    {
        QString s;
        if (!o.contains(QLatin1String(key)))
            return true;
        if (!string(o, QLatin1String(key), path, s, true))
            return false;
        out = s;
        return true;
    }

    // The "set" and "reset" members of a change edit, typed by the kind.
    bool changes(const KindSpec &kind, const QJsonObject &o, const QString &path, ParamMap &set, QStringList &reset)
    {
        return params(kind, o.value("set"), path + ".set", set) && resetList(kind, o.value("reset"), path + ".reset", reset);
    }

    // Kind of a component id at this point of the stage list (for typed params in edits).
    bool edit(const QJsonValue &v, const QString &path, const Architecture &before, Edit &out)
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

    bool stage(const QJsonValue &v, const QString &path, Architecture &current, Stage &s)
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

    // Counts work in proportion to the architecture's size (see kLoaderWorkBudget).
    bool charge(const Architecture &a, const QString &path)
    {
        m_work += 1 + qint64(a.components.size() + a.connections.size() + a.groups.size());
        if (m_work <= kLoaderWorkBudget)
            return true;
        return fail(path, QStringLiteral("the scenario is too large to check: its stages and edits add up to more "
                                         "than %1 component, connection and group checks").arg(kLoaderWorkBudget));
    }

    bool checkArchitecture(const Architecture &a, const QString &path)
    {
        if (!charge(a, path))
            return false;
        std::optional<Problem> problem = limitProblem(a);
        if (!problem)
            problem = validateArchitecture(a, m_catalog);
        if (problem)
            return fail(problem->path.isEmpty() ? path : join(path, problem->path), problem->message);
        return true;
    }

    // "reasons": {"component-id.parameter": "why"}, short texts.
    bool reasons(const QJsonValue &v, QMap<QString, QString> &out)
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
    std::optional<Scenario> scenario(const QJsonObject &root, Architecture *streamedBase = nullptr)
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

private:
    static bool adopt(Architecture &from, Architecture &to)
    {
        to.components = std::move(from.components);
        to.connections = std::move(from.connections);
        to.groups = std::move(from.groups);
        return true;
    }

    // The day's traffic profile; a file without one keeps the consumer day.
    bool profile(const QJsonObject &root, TrafficProfile &out)
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

    QString m_file;
    const Catalog &m_catalog;
    LoadError *m_error;
    qint64 m_work = 0; // see kLoaderWorkBudget
};

void lineAndColumn(const QByteArray &bytes, int offset, int &line, int &column)
{
    line = 1;
    column = 1;
    const int start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM is not a column
    for (int i = start; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
}

// The file's format and version, as the top of the file gives them: the
// version, or 0 after failing.
int formatVersion(Reader &reader, const QJsonObject &root)
{
    if (root.value("format").toString() != QLatin1String(kScenarioFormat)) {
        reader.fail("format", QStringLiteral("not a ScaleScope scenario (expected \"format\": \"%1\")").arg(kScenarioFormat));
        return 0;
    }
    const QJsonValue version = root.value("version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        reader.fail("version", QStringLiteral("expected a whole version number"));
        return 0;
    }
    if (version.toDouble() > kScenarioVersion) {
        reader.fail("version", QStringLiteral("version %1 was written by a newer ScaleScope; this one reads up to version %2")
                                   .arg(version.toDouble()).arg(kScenarioVersion));
        return 0;
    }
    if (version.toDouble() < 1) {
        reader.fail("version", QStringLiteral("unknown version %1").arg(version.toDouble()));
        return 0;
    }
    return version.toInt();
}

} // namespace

std::optional<Scenario> parseStreamed(QByteArrayView bytes, const QString &fileName, const Catalog &catalog)
{
    if (bytes.size() > kMaxScenarioBytes)
        return std::nullopt;
    Reader reader(fileName, catalog, nullptr); // its problems are worded by parseTree
    const ParamCheck check = [&reader](const KindSpec &kind, const QString &name, const QJsonValue &v, ParamValue &out) {
        return reader.paramValue(kind, name, v, QString(), out);
    };
    std::optional<StreamedScenario> streamed = streamScenario(bytes, catalog, check);
    if (!streamed)
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument others = QJsonDocument::fromJson(streamed->others, &pe);
    if (pe.error != QJsonParseError::NoError || !others.isObject())
        return std::nullopt;
    const QJsonObject root = others.object();
    if (formatVersion(reader, root) != kScenarioVersion) // older files are migrated as a whole
        return std::nullopt;
    return reader.scenario(root, &streamed->base);
}

std::optional<Scenario> parseTree(QByteArray bytes, const QString &fileName, LoadError *error, const Catalog &catalog)
{
    Reader reader(fileName, catalog, error);
    if (bytes.size() > kMaxScenarioBytes) {
        reader.fail(QString(), QStringLiteral("the file is larger than %1 MiB").arg(kMaxScenarioBytes >> 20));
        return std::nullopt;
    }
    // (Not bytes.trimmed(): that copies the whole file.)
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
        reader.fail(QString(), QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    // The text of a large file is as big as the parsed tree: it is let go
    // of once parsed, when the caller gave its copy up.
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        reader.fail(QString(), QStringLiteral("malformed JSON: %1").arg(pe.errorString()));
        if (error)
            lineAndColumn(bytes, pe.offset, error->line, error->column);
        return std::nullopt;
    }
    bytes = QByteArray();
    if (!doc.isObject()) {
        reader.fail(QString(), QStringLiteral("expected a JSON object at the top"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int version = formatVersion(reader, root);
    if (version == 0)
        return std::nullopt;
    QJsonObject current = root;
    if (const int v = version; v < kScenarioVersion) {
        MigrationProblem problem;
        if (!migrateScenario(current, v, &problem)) {
            reader.fail(problem.path, problem.message);
            return std::nullopt;
        }
    }
    return reader.scenario(current);
}

namespace {

// The streamed fast path for the files it takes, the tree for the others
// and for every error.
std::optional<Scenario> parseOwned(QByteArray bytes, const QString &fileName, LoadError *error, const Catalog &catalog)
{
    if (std::optional<Scenario> streamed = parseStreamed(bytes, fileName, catalog))
        return streamed;
    return parseTree(std::move(bytes), fileName, error, catalog);
}

} // namespace

std::optional<Scenario> parseScenario(const QByteArray &bytes, const QString &fileName,
                                      LoadError *error, const Catalog &catalog)
{
    return parseOwned(bytes, fileName, error, catalog);
}

std::optional<Scenario> loadScenario(const QString &fileName, LoadError *error, const Catalog &catalog)
{
    auto failWith = [&](const QString &message) -> std::optional<Scenario> {
        if (error)
            *error = LoadError{fileName, QString(), message, 0, 0};
        return std::nullopt;
    };
    if (QFileInfo(fileName).size() > kMaxScenarioBytes && !regularFileProblem(fileName))
        return failWith(QStringLiteral("the file is larger than %1 MiB").arg(kMaxScenarioBytes >> 20));
    // Refuses folders, pipes and devices before reading (a FIFO would block),
    // and reports a failed read as one.
    QString problem;
    std::optional<QByteArray> bytes = readRegularFile(fileName, kMaxScenarioBytes, &problem);
    if (!bytes)
        return failWith(problem);
    return parseOwned(std::move(*bytes), fileName, error, catalog);
}

} // namespace scalescope
