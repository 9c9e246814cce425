#pragma once
// The two ways parseScenario (scenariofile.h) reads a file, for the tests
// that hold them to the same result: the streamed fast path first
// (scenariostream.h), and QJsonDocument's tree for every other file and for
// the wording of every error.

#include "catalog.h"
#include "document.h"
#include "loaderror.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace scalescope {

// Nothing when the file is not one the fast path takes, or has a problem.
std::optional<Scenario> parseStreamed(QByteArrayView bytes, const QString &fileName, const Catalog &catalog);
// The reference reader: every file, every error.
std::optional<Scenario> parseTree(QByteArray bytes, const QString &fileName, LoadError *error, const Catalog &catalog);

} // namespace scalescope
