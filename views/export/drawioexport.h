#pragma once
// The scenario as a draw.io file: an mxfile with one diagram page per stage
// (the base first), each with the AWS group boxes as containers, the
// components as the official AWS shapes, the connections, and the figures
// at the user count in the labels (utilisation of the busiest resource,
// instances, request rates), so it opens and stays editable in draw.io.

#include "catalog.h"
#include "document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scalescope {

// Each stage at `users`, or at its own user count (stageUsers) when unset.
QByteArray drawioDocument(const Scenario &scenario, std::optional<double> users, const Catalog &catalog);
// Atomic: nothing is left behind on failure.
bool exportDrawio(const Scenario &scenario, std::optional<double> users, const Catalog &catalog, const QString &path,
                  QString *error);

} // namespace scalescope
