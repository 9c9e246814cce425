// The tree reader's architecture: components, connections, groups and the workload.
#include "scenariotreereader.h"
#include "sizelimits.h"
#include "validation.h"
#include "workload.h"

#include <QJsonArray>

namespace scalescope {

bool ScenarioTreeReader::component(const QJsonValue &v, const QString &path, Component &c)
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

bool ScenarioTreeReader::connection(const QJsonObject &o, const QString &path, Connection &c)
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

bool ScenarioTreeReader::rect(const QJsonObject &o, const QString &path, Rect &r)
{
    return optionalNumber(o, "x", path, r.x, -kCoordinateLimit, kCoordinateLimit)
        && optionalNumber(o, "y", path, r.y, -kCoordinateLimit, kCoordinateLimit)
        && optionalNumber(o, "width", path, r.width, 0, kCoordinateLimit)
        && optionalNumber(o, "height", path, r.height, 0, kCoordinateLimit);
}

bool ScenarioTreeReader::group(const QJsonValue &v, const QString &path, Group &g)
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

bool ScenarioTreeReader::workload(const QJsonValue &v, const QString &path, Workload &w)
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
bool ScenarioTreeReader::list(const QJsonObject &o, const char *key, const QString &path, std::vector<T> &out, F read)
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

bool ScenarioTreeReader::architecture(const QJsonValue &v, const QString &path, Architecture &a)
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

// Counts work in proportion to the architecture's size (see kLoaderWorkBudget).
bool ScenarioTreeReader::charge(const Architecture &a, const QString &path)
{
    m_work += 1 + qint64(a.components.size() + a.connections.size() + a.groups.size());
    if (m_work <= kLoaderWorkBudget)
        return true;
    return fail(path, QStringLiteral("the scenario is too large to check: its stages and edits add up to more "
                                     "than %1 component, connection and group checks").arg(kLoaderWorkBudget));
}

bool ScenarioTreeReader::checkArchitecture(const Architecture &a, const QString &path)
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

bool ScenarioTreeReader::adopt(Architecture &from, Architecture &to)
{
    to.components = std::move(from.components);
    to.connections = std::move(from.connections);
    to.groups = std::move(from.groups);
    return true;
}

} // namespace scalescope
