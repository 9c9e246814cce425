#pragma once
// Scenario files grow by format version. A file of an older version is
// brought up to date in memory, one step per version (1 -> 2 -> ...), before
// it is read; saving writes the current version. Each step knows the
// defaults and meanings of the version it starts from, so an old file means
// what it meant when it was written.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scalescope {

struct MigrationProblem {
    QString path;    // JSON path in the file as written
    QString message;
};

// Migrates `root` (a scenario of `fromVersion`) to the current version.
// Returns false with `problem` filled when a value the migration must read
// is not valid in the old version (the file is then refused, unchanged).
// `notes` receives one line per step applied, for the user.
bool migrateScenario(QJsonObject &root, int fromVersion, MigrationProblem *problem, QStringList *notes = nullptr);

} // namespace scalescope
