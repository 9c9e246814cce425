#pragma once
// The top of an inspector page: the kind's icon, a title and a description.

#include <QWidget>

namespace scalescope {

QWidget *makeInspectorHeader(const QString &iconKindId, const QString &title, const QString &subtitle,
                             QWidget *parent);

} // namespace scalescope
