#include "fragment.h"

#include "membership.h"
#include "scenariofile.h"

#include <QSet>

namespace scalescope {

Architecture extractFragment(const Architecture &a, const Selection &items)
{
    QSet<QString> groups(items.groups.begin(), items.groups.end());
    for (const QString &id : items.groups)
        for (const QString &inner : groupsWithin(a, id))
            groups.insert(inner);
    QSet<QString> components(items.components.begin(), items.components.end());
    for (const QString &id : items.groups)
        for (const QString &inner : componentsWithin(a, id))
            components.insert(inner);

    Architecture f;
    f.workload = a.workload;
    for (const Group &g : a.groups)
        if (groups.contains(g.id)) {
            Group copy = g;
            if (!groups.contains(copy.parent))
                copy.parent.clear();
            f.groups.push_back(copy);
        }
    for (const Component &c : a.components)
        if (components.contains(c.id)) {
            Component copy = c;
            if (!groups.contains(copy.group))
                copy.group.clear();
            f.components.push_back(copy);
        }
    for (const Connection &c : a.connections)
        if (components.contains(c.from) && components.contains(c.to))
            f.connections.push_back(c);
    return f;
}

QByteArray fragmentToJson(const Architecture &fragment)
{
    Scenario s;
    s.title = QStringLiteral("ScaleScope clipboard");
    s.base = fragment;
    return serializeScenario(s);
}

std::optional<Architecture> fragmentFromJson(const QByteArray &json, QString *error, const Catalog &catalog)
{
    LoadError problem;
    auto s = parseScenario(json, QStringLiteral("clipboard"), &problem, catalog);
    if (!s) {
        if (error)
            *error = problem.toString();
        return std::nullopt;
    }
    return s->base;
}

} // namespace scalescope
