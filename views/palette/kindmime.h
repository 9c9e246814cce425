#pragma once
// What a palette drag carries: a ScaleScope format with the kind id (a
// component kind or a group kind), and the id as text for other targets.

#include <QString>

class QMimeData;

namespace scalescope {

inline constexpr const char *kKindMimeType = "application/x-scalescope-kind";

QMimeData *kindMimeData(const QString &kindId);
// The kind id a drag carries, or empty when it carries none.
QString kindFromMimeData(const QMimeData *mime);

} // namespace scalescope
