#include "overloaded.h"
#include "stages.h"

#include "workload.h"

#include <algorithm>

namespace scalescope {

namespace {

bool missing(QString *problem, const QString &what, const QString &id)
{
    if (problem)
        *problem = QStringLiteral("no %1 '%2' at this stage").arg(what, id);
    return false;
}

// A component by its label when it exists and has one; by id otherwise.
QString nameOf(const Architecture &a, const QString &id)
{
    const Component *c = a.component(id);
    return c && !c->label.isEmpty() ? c->label : id;
}

QString connectionName(const Architecture &a, const QString &from, const QString &to)
{
    return nameOf(a, from) + QStringLiteral(" -> ") + nameOf(a, to);
}

void applyParams(ParamMap &params, const ParamMap &set, const QStringList &reset)
{
    for (auto it = set.begin(); it != set.end(); ++it)
        params.insert(it.key(), it.value());
    for (const QString &name : reset)
        params.remove(name);
}

} // namespace

bool applyEdit(Architecture &a, const Edit &edit, QString *problem)
{
    return std::visit(Overloaded{
        [&](const AddComponent &e) {
            if (a.component(e.component.id) || a.group(e.component.id)) {
                if (problem)
                    *problem = QStringLiteral("id '%1' is already taken").arg(e.component.id);
                return false;
            }
            a.components.push_back(e.component);
            return true;
        },
        [&](const RemoveComponent &e) {
            if (!a.component(e.id))
                return missing(problem, QStringLiteral("component"), e.id);
            std::erase_if(a.components, [&](const Component &c) { return c.id == e.id; });
            std::erase_if(a.connections, [&](const Connection &c) { return c.from == e.id || c.to == e.id; });
            return true;
        },
        [&](const ChangeComponent &e) {
            Component *c = a.component(e.id);
            if (!c)
                return missing(problem, QStringLiteral("component"), e.id);
            if (e.label) c->label = *e.label;
            if (e.group) c->group = *e.group;
            if (e.position) c->position = *e.position;
            applyParams(c->params, e.set, e.reset);
            return true;
        },
        [&](const AddConnection &e) {
            if (a.connectionIndex(e.connection.from, e.connection.to) >= 0) {
                if (problem)
                    *problem = QStringLiteral("duplicate connection %1").arg(connectionName(a, e.connection.from, e.connection.to));
                return false;
            }
            a.connections.push_back(e.connection);
            return true;
        },
        [&](const RemoveConnection &e) {
            const int i = a.connectionIndex(e.from, e.to);
            if (i < 0)
                return missing(problem, QStringLiteral("connection"), connectionName(a, e.from, e.to));
            a.connections.erase(a.connections.begin() + i);
            return true;
        },
        [&](const ChangeConnection &e) {
            const int i = a.connectionIndex(e.from, e.to);
            if (i < 0)
                return missing(problem, QStringLiteral("connection"), connectionName(a, e.from, e.to));
            a.connections[size_t(i)].share = e.share;
            return true;
        },
        [&](const AddGroup &e) {
            if (a.group(e.group.id) || a.component(e.group.id)) {
                if (problem)
                    *problem = QStringLiteral("id '%1' is already taken").arg(e.group.id);
                return false;
            }
            a.groups.push_back(e.group);
            return true;
        },
        [&](const RemoveGroup &e) {
            const Group *g = a.group(e.id);
            if (!g)
                return missing(problem, QStringLiteral("group"), e.id);
            // Members and child groups move up to the removed group's parent.
            const QString parent = g->parent;
            for (Component &c : a.components)
                if (c.group == e.id)
                    c.group = parent;
            for (Group &child : a.groups)
                if (child.parent == e.id)
                    child.parent = parent;
            std::erase_if(a.groups, [&](const Group &x) { return x.id == e.id; });
            return true;
        },
        [&](const ChangeGroup &e) {
            Group *g = a.group(e.id);
            if (!g)
                return missing(problem, QStringLiteral("group"), e.id);
            if (e.label) g->label = *e.label;
            if (e.parent) g->parent = *e.parent;
            if (e.rect) g->rect = *e.rect;
            applyParams(g->params, e.set, e.reset);
            return true;
        },
        [&](const ChangeWorkload &e) {
            for (auto it = e.set.begin(); it != e.set.end(); ++it)
                if (!workloadField(it.key())) { // check all first: a refused edit changes nothing
                    if (problem)
                        *problem = QStringLiteral("unknown workload field '%1'").arg(it.key());
                    return false;
                }
            for (auto it = e.set.begin(); it != e.set.end(); ++it)
                a.workload.*(workloadField(it.key())->member) = it.value();
            return true;
        },
        [&](const ChangeProfile &e) {
            // The profile is the scenario's, not the architecture's: only checked here.
            if (const auto bad = profileProblem(e.profile)) {
                if (problem)
                    *problem = QStringLiteral("profile %1: %2").arg(bad->path, bad->message);
                return false;
            }
            return true;
        },
    }, edit);
}

Architecture architectureAt(const Scenario &s, int stage)
{
    Architecture a = s.base;
    const int last = std::clamp(stage, 0, int(s.stages.size()));
    for (int k = 0; k < last; ++k)
        for (const Edit &e : s.stages[size_t(k)].edits)
            applyEdit(a, e, nullptr);
    return a;
}

namespace {

const ChangeProfile *lastProfileEdit(const Stage &stage)
{
    for (auto e = stage.edits.rbegin(); e != stage.edits.rend(); ++e)
        if (const auto *p = std::get_if<ChangeProfile>(&*e))
            return p;
    return nullptr;
}

} // namespace

int profileStage(const Scenario &s, int stage)
{
    for (int k = std::clamp(stage, 0, int(s.stages.size())); k > 0; --k)
        if (lastProfileEdit(s.stages[size_t(k - 1)]))
            return k;
    return 0;
}

TrafficProfile profileAt(const Scenario &s, int stage)
{
    const int k = profileStage(s, stage);
    return k > 0 ? lastProfileEdit(s.stages[size_t(k - 1)])->profile : s.profile;
}

} // namespace scalescope
