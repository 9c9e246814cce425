#pragma once
// Group membership follows geometry when the user moves, drops or resizes
// something: a component belongs to the innermost group under its centre, a
// group to the innermost group that holds it entirely. These functions only
// read an architecture; the commands turn their answers into edits.

#include "document.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace scalescope {

// Number of enclosing groups of a group (0 for a top-level group).
int groupDepth(const Architecture &a, const QString &groupId);
// True when `groupId` is `ancestorId` or lies inside it.
bool isWithinGroup(const Architecture &a, const QString &groupId, const QString &ancestorId);

// The deepest group whose rectangle contains the point (ties: the smallest),
// ignoring the groups in `ignore`; empty when none does.
QString groupAtPoint(const Architecture &a, const Point &p, const QSet<QString> &ignore = {});
// The deepest group that holds the rectangle entirely, never `self` or one
// of its descendants; empty when none does.
QString groupHolding(const Architecture &a, const Rect &r, const QString &self);

// Components and groups inside a group, at any depth.
QStringList componentsWithin(const Architecture &a, const QString &groupId);
QStringList groupsWithin(const Architecture &a, const QString &groupId);

// After a group's rectangle changed from `before` (drop: nothing before,
// resize): components and groups that crossed into it join it, members that
// crossed out leave it for what holds them there. Only what crossed the
// border changes, so a membership the author chose against the geometry
// survives an unrelated resize.
std::vector<Edit> membershipAfterReshape(const Architecture &a, const QString &groupId,
                                         const std::optional<Rect> &before);

} // namespace scalescope
