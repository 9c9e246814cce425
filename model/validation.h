#pragma once
// Checks an architecture's structure: ids, kinds, groups, connections and
// cycles. A problem names the JSON path relative to the architecture.

#include "catalog.h"
#include "document.h"

#include <optional>

namespace scalescope {

struct Problem {
    QString path;    // e.g. "connections[4]"
    QString message;
};

std::optional<Problem> validateArchitecture(const Architecture &a, const Catalog &catalog);

// Whether an architecture is within what the editor, the exports and the
// sweeps handle (sizelimits.h): counts of components, connections and groups,
// and label lengths. The loader and the editor check it before
// validateArchitecture; the model itself computes larger ones (benchmarks).
std::optional<Problem> limitProblem(const Architecture &a);
// The counts alone (the loader asks before reading the lists).
std::optional<Problem> sizeProblem(qsizetype components, qsizetype connections, qsizetype groups);

// Why the connection from -> to may not be added, or nothing if it may
// (used by the editor to refuse a gesture with a message at the cursor).
std::optional<QString> connectionRefusal(const Architecture &a, const QString &from, const QString &to,
                                         const Catalog &catalog);

} // namespace scalescope
