#include "validation.h"

#include "graph.h"
#include "sizelimits.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace scalescope {

namespace {

QString at(const char *list, size_t i) { return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i); }

// What a person calls a component: its label; the id only when it has none.
QString nameOf(const Component &c) { return c.label.isEmpty() ? c.id : c.label; }

std::optional<QString> cycleMessage(const Architecture &a, const EdgeList &edges)
{
    const std::vector<int> cycle = findCycle(int(a.components.size()), edges);
    if (cycle.empty())
        return std::nullopt;
    QStringList names;
    for (int v : cycle)
        names << nameOf(a.components[size_t(v)]);
    names << nameOf(a.components[size_t(cycle.front())]);
    return QStringLiteral("the connections form a cycle: %1").arg(names.join(QStringLiteral(" -> ")));
}

std::optional<Problem> tooMany(const char *list, qsizetype count, qsizetype limit, const char *what)
{
    if (count <= limit)
        return std::nullopt;
    return Problem{QLatin1String(list),
                   QStringLiteral("%1 %2 are more than ScaleScope handles (at most %3 in one architecture)")
                       .arg(count).arg(QLatin1String(what)).arg(limit)};
}

QString labelTooLong(const QString &label)
{
    return QStringLiteral("the label has %1 characters; a label may have at most %2").arg(label.size()).arg(kMaxLabelLength);
}

} // namespace

std::optional<Problem> sizeProblem(qsizetype components, qsizetype connections, qsizetype groups)
{
    if (auto p = tooMany("components", components, kMaxComponents, "components"))
        return p;
    if (auto p = tooMany("connections", connections, kMaxConnections, "connections"))
        return p;
    return tooMany("groups", groups, kMaxGroups, "groups");
}

std::optional<Problem> limitProblem(const Architecture &a)
{
    if (auto p = sizeProblem(qsizetype(a.components.size()), qsizetype(a.connections.size()), qsizetype(a.groups.size())))
        return p;
    for (size_t i = 0; i < a.components.size(); ++i)
        if (a.components[i].label.size() > kMaxLabelLength)
            return Problem{at("components", i) + ".label", labelTooLong(a.components[i].label)};
    for (size_t i = 0; i < a.groups.size(); ++i)
        if (a.groups[i].label.size() > kMaxLabelLength)
            return Problem{at("groups", i) + ".label", labelTooLong(a.groups[i].label)};
    return std::nullopt;
}

std::optional<Problem> validateArchitecture(const Architecture &a, const Catalog &catalog)
{
    // Each id and kind is looked up once; a place's path and the names in a
    // message are only written for a problem (on 200,000 components they
    // were most of the time checking took).
    QHash<QString, int> index;
    index.reserve(qsizetype(a.components.size()));
    std::vector<const KindSpec *> kinds(a.components.size());
    for (size_t i = 0; i < a.components.size(); ++i) {
        const Component &c = a.components[i];
        if (const auto other = index.constFind(c.id); other != index.constEnd())
            return Problem{at("components", i) + ".id",
                           QStringLiteral("duplicate id '%1' (also components[%2])").arg(c.id).arg(*other)};
        kinds[i] = catalog.kind(c.kind);
        if (!kinds[i])
            return Problem{at("components", i) + ".kind", QStringLiteral("unknown kind '%1'").arg(c.kind)};
        index.insert(c.id, int(i));
    }
    QHash<QString, int> groups;
    for (size_t i = 0; i < a.groups.size(); ++i) {
        const Group &g = a.groups[i];
        if (groups.contains(g.id) || index.contains(g.id))
            return Problem{at("groups", i) + ".id", QStringLiteral("duplicate id '%1'").arg(g.id)};
        if (!catalog.groupKind(g.kind))
            return Problem{at("groups", i) + ".kind", QStringLiteral("unknown group kind '%1'").arg(g.kind)};
        groups.insert(g.id, int(i));
    }
    // Walk up the parents: each must exist and the chain must end. A group
    // whose chain is known to end is not walked again, so deep nesting costs
    // O(groups), not O(groups x depth): a 1 MB file of nested groups took 14 s.
    enum class Chain : char { Unknown, Walking, Ends };
    std::vector<Chain> chain(a.groups.size(), Chain::Unknown);
    std::vector<size_t> walked;
    for (size_t i = 0; i < a.groups.size(); ++i) {
        walked.clear();
        for (size_t g = i; chain[g] != Chain::Ends;) {
            if (chain[g] == Chain::Walking)
                return Problem{at("groups", i) + ".parent",
                               QStringLiteral("group '%1' is inside itself").arg(a.groups[i].id)};
            chain[g] = Chain::Walking;
            walked.push_back(g);
            const QString &p = a.groups[g].parent;
            if (p.isEmpty())
                break;
            const auto parent = groups.constFind(p);
            if (parent == groups.constEnd())
                return Problem{at("groups", i) + ".parent", QStringLiteral("no group '%1'").arg(p)};
            g = size_t(*parent);
        }
        for (size_t g : walked)
            chain[g] = Chain::Ends;
    }
    for (size_t i = 0; i < a.components.size(); ++i)
        if (!a.components[i].group.isEmpty() && !groups.contains(a.components[i].group))
            return Problem{at("components", i) + ".group", QStringLiteral("no group '%1'").arg(a.components[i].group)};

    EdgeList edges;
    edges.reserve(a.connections.size());
    QSet<QPair<int, int>> seen;
    for (size_t i = 0; i < a.connections.size(); ++i) {
        const Connection &c = a.connections[i];
        const auto path = [i] { return at("connections", i); };
        const auto fromAt = index.constFind(c.from);
        if (fromAt == index.constEnd())
            return Problem{path() + ".from", QStringLiteral("no component '%1'").arg(c.from)};
        const auto toAt = index.constFind(c.to);
        if (toAt == index.constEnd())
            return Problem{path() + ".to", QStringLiteral("no component '%1'").arg(c.to)};
        const int from = *fromAt;
        const int to = *toAt;
        const auto fromName = [&] { return nameOf(a.components[size_t(from)]); };
        const auto toName = [&] { return nameOf(a.components[size_t(to)]); };
        if (from == to)
            return Problem{path(), QStringLiteral("'%1' is connected to itself").arg(fromName())};
        if (seen.contains({from, to}))
            return Problem{path(), QStringLiteral("duplicate connection %1 -> %2").arg(fromName(), toName())};
        const KindSpec *target = kinds[size_t(to)];
        if (target->role == Role::Client)
            return Problem{path() + ".to", QStringLiteral("nothing may send traffic into '%1' (%2)").arg(toName(), target->name)};
        if (target->role == Role::Monitoring || kinds[size_t(from)]->role == Role::Monitoring)
            return Problem{path(), QStringLiteral("%1 carries no traffic; it cannot be connected").arg(target->role == Role::Monitoring ? toName() : fromName())};
        seen.insert({from, to});
        edges.emplace_back(from, to);
    }
    if (auto cycle = cycleMessage(a, edges))
        return Problem{QStringLiteral("connections"), *cycle};
    return std::nullopt;
}

std::optional<QString> connectionRefusal(const Architecture &a, const QString &from, const QString &to,
                                         const Catalog &catalog)
{
    Architecture probe = a;
    probe.connections.push_back(Connection{from, to, std::nullopt});
    if (auto problem = validateArchitecture(probe, catalog))
        return problem->message;
    return std::nullopt;
}

} // namespace scalescope
