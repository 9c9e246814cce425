#include "stagerecorder.h"

#include "stages.h"

#include <optional>

namespace scalescope {

namespace {

Architecture replay(Architecture a, const std::vector<Edit> &list)
{
    for (const Edit &e : list)
        applyEdit(a, e, nullptr);
    return a;
}

bool touchesComponent(const Edit &e, const QString &id)
{
    if (const auto *x = std::get_if<AddComponent>(&e)) return x->component.id == id;
    if (const auto *x = std::get_if<RemoveComponent>(&e)) return x->id == id;
    if (const auto *x = std::get_if<ChangeComponent>(&e)) return x->id == id;
    if (const auto *x = std::get_if<AddConnection>(&e)) return x->connection.from == id || x->connection.to == id;
    if (const auto *x = std::get_if<RemoveConnection>(&e)) return x->from == id || x->to == id;
    if (const auto *x = std::get_if<ChangeConnection>(&e)) return x->from == id || x->to == id;
    return false;
}

bool touchesConnection(const Edit &e, const QString &from, const QString &to)
{
    if (const auto *x = std::get_if<AddConnection>(&e)) return x->connection.from == from && x->connection.to == to;
    if (const auto *x = std::get_if<RemoveConnection>(&e)) return x->from == from && x->to == to;
    if (const auto *x = std::get_if<ChangeConnection>(&e)) return x->from == from && x->to == to;
    if (const auto *x = std::get_if<RemoveComponent>(&e)) return x->id == from || x->id == to;
    return false;
}

// Later parameter changes win; a reset cancels an earlier set and the reverse.
void mergeParams(ParamMap &set, QStringList &reset, const ParamMap &laterSet, const QStringList &laterReset)
{
    for (const QString &name : laterReset) {
        set.remove(name);
        if (!reset.contains(name))
            reset << name;
    }
    for (auto it = laterSet.begin(); it != laterSet.end(); ++it) {
        reset.removeAll(it.key());
        set.insert(it.key(), it.value());
    }
}

template <typename T>
void mergeOptional(std::optional<T> &into, const std::optional<T> &later)
{
    if (later)
        into = later;
}

// Index of the last edit of type Add/Change/Remove about `id`, or -1.
template <typename Pred>
int lastIndex(const std::vector<Edit> &list, Pred pred)
{
    for (int i = int(list.size()) - 1; i >= 0; --i)
        if (pred(list[size_t(i)]))
            return i;
    return -1;
}

struct Folded {
    std::vector<Edit> list;
    int merged = -1; // the entry a change was folded into, a candidate for dropping as a no-op
};

std::optional<Folded> foldChangeComponent(const std::vector<Edit> &list, const ChangeComponent &c)
{
    const int i = lastIndex(list, [&](const Edit &e) {
        return std::holds_alternative<AddComponent>(e) || std::holds_alternative<RemoveComponent>(e)
                   || std::holds_alternative<ChangeComponent>(e)
               ? touchesComponent(e, c.id)
               : false;
    });
    if (i < 0)
        return std::nullopt;
    Folded f{list, i};
    Edit &target = f.list[size_t(i)];
    if (auto *add = std::get_if<AddComponent>(&target)) {
        // Apply the change to the added value through the model's own edit.
        Architecture one;
        one.components.push_back(add->component);
        applyEdit(one, c, nullptr);
        add->component = one.components.front();
        f.merged = -1; // an add is never a no-op
        return f;
    }
    if (auto *change = std::get_if<ChangeComponent>(&target)) {
        mergeOptional(change->label, c.label);
        mergeOptional(change->group, c.group);
        mergeOptional(change->position, c.position);
        mergeParams(change->set, change->reset, c.set, c.reset);
        return f;
    }
    return std::nullopt; // removed: the change cannot be about that component
}

std::optional<Folded> foldChangeGroup(const std::vector<Edit> &list, const ChangeGroup &c)
{
    const int i = lastIndex(list, [&](const Edit &e) {
        if (const auto *x = std::get_if<AddGroup>(&e)) return x->group.id == c.id;
        if (const auto *x = std::get_if<RemoveGroup>(&e)) return x->id == c.id;
        if (const auto *x = std::get_if<ChangeGroup>(&e)) return x->id == c.id;
        return false;
    });
    if (i < 0)
        return std::nullopt;
    Folded f{list, i};
    Edit &target = f.list[size_t(i)];
    if (auto *add = std::get_if<AddGroup>(&target)) {
        Architecture one;
        one.groups.push_back(add->group);
        applyEdit(one, c, nullptr);
        add->group = one.groups.front();
        f.merged = -1;
        return f;
    }
    if (auto *change = std::get_if<ChangeGroup>(&target)) {
        mergeOptional(change->label, c.label);
        mergeOptional(change->parent, c.parent);
        mergeOptional(change->rect, c.rect);
        mergeParams(change->set, change->reset, c.set, c.reset);
        return f;
    }
    return std::nullopt;
}

std::optional<Folded> foldChangeConnection(const std::vector<Edit> &list, const ChangeConnection &c)
{
    const int i = lastIndex(list, [&](const Edit &e) { return touchesConnection(e, c.from, c.to); });
    if (i < 0)
        return std::nullopt;
    Folded f{list, i};
    Edit &target = f.list[size_t(i)];
    if (auto *add = std::get_if<AddConnection>(&target)) {
        add->connection.share = c.share;
        f.merged = -1;
        return f;
    }
    if (auto *change = std::get_if<ChangeConnection>(&target)) {
        change->share = c.share;
        return f;
    }
    return std::nullopt;
}

std::optional<Folded> foldChangeWorkload(const std::vector<Edit> &list, const ChangeWorkload &c)
{
    const int i = lastIndex(list, [](const Edit &e) { return std::holds_alternative<ChangeWorkload>(e); });
    if (i < 0)
        return std::nullopt;
    Folded f{list, i};
    auto &target = std::get<ChangeWorkload>(f.list[size_t(i)]);
    for (auto it = c.set.begin(); it != c.set.end(); ++it)
        target.set.insert(it.key(), it.value());
    return f;
}

// Drops what the stage did to something that the new edit removes; when the
// stage itself added it, the removal is dropped too.
template <typename Touches, typename IsAdd>
std::optional<Folded> foldRemoval(const std::vector<Edit> &list, const Edit &removal, Touches touches, IsAdd isAdd)
{
    Folded f;
    bool dropped = false;
    bool addedHere = false;
    for (const Edit &e : list) {
        if (touches(e)) {
            dropped = true;
            addedHere = addedHere || isAdd(e);
            continue;
        }
        f.list.push_back(e);
    }
    if (!dropped)
        return std::nullopt;
    if (!addedHere)
        f.list.push_back(removal);
    return f;
}

std::optional<Folded> fold(const std::vector<Edit> &list, const Edit &edit)
{
    if (const auto *c = std::get_if<ChangeComponent>(&edit)) return foldChangeComponent(list, *c);
    if (const auto *c = std::get_if<ChangeGroup>(&edit)) return foldChangeGroup(list, *c);
    if (const auto *c = std::get_if<ChangeConnection>(&edit)) return foldChangeConnection(list, *c);
    if (const auto *c = std::get_if<ChangeWorkload>(&edit)) return foldChangeWorkload(list, *c);
    if (const auto *r = std::get_if<RemoveComponent>(&edit))
        return foldRemoval(list, edit, [&](const Edit &e) { return touchesComponent(e, r->id); },
                           [&](const Edit &e) {
                               const auto *add = std::get_if<AddComponent>(&e);
                               return add && add->component.id == r->id;
                           });
    if (const auto *r = std::get_if<RemoveConnection>(&edit))
        return foldRemoval(list, edit,
                           [&](const Edit &e) {
                               return !std::holds_alternative<RemoveComponent>(e) && touchesConnection(e, r->from, r->to);
                           },
                           [](const Edit &e) { return std::holds_alternative<AddConnection>(e); });
    return std::nullopt;
}

} // namespace

std::vector<Edit> recordEdit(const Architecture &before, const std::vector<Edit> &list, const Edit &edit)
{
    // A stage runs one profile: a new one replaces the stage's earlier one.
    // (Replaying compares architectures, which a profile does not change.)
    if (std::holds_alternative<ChangeProfile>(edit)) {
        std::vector<Edit> replaced = list;
        std::erase_if(replaced, [](const Edit &e) { return std::holds_alternative<ChangeProfile>(e); });
        replaced.push_back(edit);
        return replaced;
    }
    Architecture expected = replay(before, list);
    applyEdit(expected, edit, nullptr);

    std::vector<Edit> appended = list;
    appended.push_back(edit);

    std::optional<Folded> folded = fold(list, edit);
    if (!folded || replay(before, folded->list) != expected)
        return appended;
    if (folded->merged >= 0) {
        // A change folded into an earlier one may now change nothing at all.
        std::vector<Edit> without = folded->list;
        without.erase(without.begin() + folded->merged);
        if (replay(before, without) == expected)
            return without;
    }
    return folded->list;
}

} // namespace scalescope
