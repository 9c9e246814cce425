#pragma once
// Reading and writing scenario files ("format": "scalescope-scenario").
// Reading checks syntax, types, figures and references, and every stage's
// architecture (see validation.h); on any problem it returns nothing and
// fills a LoadError that names the file, the JSON path and the problem.

#include "catalog.h"
#include "document.h"
#include "loaderror.h"

#include <optional>

namespace scalescope {

inline constexpr const char *kScenarioFormat = "scalescope-scenario";
inline constexpr int kScenarioVersion = 3; // older versions are migrated (formatmigration.h)
inline constexpr qint64 kMaxScenarioBytes = 128 * 1024 * 1024; // room for kMaxComponents (sizelimits.h) with long labels

std::optional<Scenario> parseScenario(const QByteArray &bytes, const QString &fileName,
                                      LoadError *error,
                                      const Catalog &catalog = Catalog::builtin());
std::optional<Scenario> loadScenario(const QString &fileName, LoadError *error,
                                     const Catalog &catalog = Catalog::builtin());

QByteArray serializeScenario(const Scenario &scenario);
// Atomic: the old file stays intact unless the new one is complete.
bool saveScenario(const Scenario &scenario, const QString &fileName, QString *error);

} // namespace scalescope
