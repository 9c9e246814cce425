#include "stagediff.h"

#include "stages.h"

#include <QSet>

namespace scalescope::import {

namespace {

void diffParams(const ParamMap &before, const ParamMap &after, ParamMap &set, QStringList &reset)
{
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            set.insert(it.key(), it.value());
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            reset << it.key();
}

} // namespace

std::vector<Edit> editsBetween(const Architecture &from, const Architecture &to)
{
    std::vector<Edit> edits;
    const auto keptComponent = [&](const QString &id) {
        const Component *a = from.component(id);
        const Component *b = to.component(id);
        return a && b && a->kind == b->kind;
    };
    const auto keptGroup = [&](const QString &id) {
        const Group *a = from.group(id);
        const Group *b = to.group(id);
        return a && b && a->kind == b->kind;
    };
    for (const Connection &c : from.connections)
        if (keptComponent(c.from) && keptComponent(c.to) && to.connectionIndex(c.from, c.to) < 0)
            edits.emplace_back(RemoveConnection{c.from, c.to});
    for (const Component &c : from.components)
        if (!keptComponent(c.id))
            edits.emplace_back(RemoveComponent{c.id});
    for (const Group &g : from.groups)
        if (!keptGroup(g.id))
            edits.emplace_back(RemoveGroup{g.id});
    for (const Group &g : to.groups) {
        if (!keptGroup(g.id)) {
            edits.emplace_back(AddGroup{g});
            continue;
        }
        // Removing other groups may have moved this one's parent up: always say it.
        const Group &was = *from.group(g.id);
        ChangeGroup e;
        e.id = g.id;
        if (was.label != g.label) e.label = g.label;
        e.parent = g.parent;
        if (was.rect != g.rect) e.rect = g.rect;
        diffParams(was.params, g.params, e.set, e.reset);
        edits.emplace_back(std::move(e));
    }
    for (const Component &c : to.components) {
        if (!keptComponent(c.id)) {
            edits.emplace_back(AddComponent{c});
            continue;
        }
        const Component &was = *from.component(c.id);
        ChangeComponent e;
        e.id = c.id;
        if (was.label != c.label) e.label = c.label;
        e.group = c.group;
        if (was.position != c.position) e.position = c.position;
        diffParams(was.params, c.params, e.set, e.reset);
        edits.emplace_back(std::move(e));
    }
    for (const Connection &c : to.connections) {
        const int i = from.connectionIndex(c.from, c.to);
        if (i < 0 || !keptComponent(c.from) || !keptComponent(c.to))
            edits.emplace_back(AddConnection{c});
        else if (from.connections[size_t(i)].share != c.share)
            edits.emplace_back(ChangeConnection{c.from, c.to, c.share});
    }
    return edits;
}

Stage importStage(const Scenario &scenario, const Architecture &imported, const QString &title, const QString &narrative)
{
    Stage s;
    s.title = title;
    s.narrative = narrative;
    s.edits = editsBetween(architectureAt(scenario, int(scenario.stages.size())), imported);
    return s;
}

} // namespace scalescope::import
