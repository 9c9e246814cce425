#pragma once
// The icon of a kind for lists and menus: the official AWS icon, or for a
// group kind without one (availability zone) its dashed box.

#include <QIcon>
#include <QString>

namespace scalescope {

QIcon kindIcon(const QString &kindId);

} // namespace scalescope
