#include "membership.h"

namespace scalescope {

namespace {

bool contains(const Rect &r, const Point &p)
{
    return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

bool contains(const Rect &outer, const Rect &inner)
{
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
           && inner.y + inner.height <= outer.y + outer.height;
}

// Deepest wins; among equals the smallest area, so siblings that overlap
// still give one answer.
bool better(const Architecture &a, const Group &candidate, const Group *best)
{
    if (!best)
        return true;
    const int dc = groupDepth(a, candidate.id);
    const int db = groupDepth(a, best->id);
    if (dc != db)
        return dc > db;
    return candidate.rect.width * candidate.rect.height < best->rect.width * best->rect.height;
}

} // namespace

int groupDepth(const Architecture &a, const QString &groupId)
{
    int depth = 0;
    const Group *g = a.group(groupId);
    // The bound guards against a parent cycle in a broken document.
    while (g && !g->parent.isEmpty() && depth <= int(a.groups.size())) {
        g = a.group(g->parent);
        ++depth;
    }
    return depth;
}

bool isWithinGroup(const Architecture &a, const QString &groupId, const QString &ancestorId)
{
    QString current = groupId;
    for (size_t steps = 0; !current.isEmpty() && steps <= a.groups.size(); ++steps) {
        if (current == ancestorId)
            return true;
        const Group *g = a.group(current);
        current = g ? g->parent : QString();
    }
    return false;
}

QString groupAtPoint(const Architecture &a, const Point &p, const QSet<QString> &ignore)
{
    const Group *best = nullptr;
    for (const Group &g : a.groups)
        if (!ignore.contains(g.id) && contains(g.rect, p) && better(a, g, best))
            best = &g;
    return best ? best->id : QString();
}

QString groupHolding(const Architecture &a, const Rect &r, const QString &self)
{
    const Group *best = nullptr;
    for (const Group &g : a.groups)
        if (!isWithinGroup(a, g.id, self) && contains(g.rect, r) && better(a, g, best))
            best = &g;
    return best ? best->id : QString();
}

QStringList componentsWithin(const Architecture &a, const QString &groupId)
{
    QStringList ids;
    for (const Component &c : a.components)
        if (!c.group.isEmpty() && isWithinGroup(a, c.group, groupId))
            ids << c.id;
    return ids;
}

QStringList groupsWithin(const Architecture &a, const QString &groupId)
{
    QStringList ids;
    for (const Group &g : a.groups)
        if (g.id != groupId && isWithinGroup(a, g.id, groupId))
            ids << g.id;
    return ids;
}

std::vector<Edit> membershipAfterReshape(const Architecture &a, const QString &groupId,
                                         const std::optional<Rect> &before)
{
    std::vector<Edit> edits;
    const Group *group = a.group(groupId);
    if (!group)
        return edits;
    const QString parent = group->parent;
    QSet<QString> inner{groupId};
    for (const QString &id : groupsWithin(a, groupId))
        inner.insert(id);
    for (const Component &c : a.components) {
        const bool inside = contains(group->rect, c.position);
        const bool wasInside = before && contains(*before, c.position);
        if (inside && !wasInside && c.group == parent && groupAtPoint(a, c.position) == groupId) {
            ChangeComponent e;
            e.id = c.id;
            e.group = groupId;
            edits.emplace_back(e);
        } else if (!inside && wasInside && c.group == groupId) {
            ChangeComponent e;
            e.id = c.id;
            e.group = groupAtPoint(a, c.position, inner);
            edits.emplace_back(e);
        }
    }
    for (const Group &g : a.groups) {
        if (inner.contains(g.id))
            continue;
        const bool inside = contains(group->rect, g.rect);
        const bool wasInside = before && contains(*before, g.rect);
        if (inside && !wasInside && g.parent == parent && !isWithinGroup(a, groupId, g.id)) {
            ChangeGroup e;
            e.id = g.id;
            e.parent = groupId;
            edits.emplace_back(e);
        }
    }
    for (const Group &g : a.groups) {
        if (g.parent != groupId || contains(group->rect, g.rect) || !(before && contains(*before, g.rect)))
            continue;
        ChangeGroup e;
        e.id = g.id;
        e.parent = groupHolding(a, g.rect, g.id);
        if (inner.contains(*e.parent))
            e.parent = parent;
        edits.emplace_back(e);
    }
    return edits;
}

} // namespace scalescope
