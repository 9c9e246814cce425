#pragma once
// The colour of a utilisation, everywhere the app shows load: green up to
// 50%, through amber at 80% to red at 100% and beyond. Canvas rings, the
// inspector's bars and the exported legend all use it, so they agree.

#include <QColor>

namespace scalescope {

QColor loadColor(double utilization);

} // namespace scalescope
