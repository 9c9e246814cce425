#pragma once
// Writes one file so that it is either complete or not there at all: the
// content goes to a temporary file in the target folder (QSaveFile), which
// replaces the target only when everything was written. An old file of the
// same name stays untouched when anything fails.

#include <QString>

#include <functional>

class QIODevice;

namespace scalescope {

// `write` fills the device and returns false (with a reason) on failure.
// Returns false and sets *error when the file could not be written.
using DeviceWriter = std::function<bool(QIODevice &device, QString *error)>;
bool writeFileAtomically(const QString &path, const DeviceWriter &write, QString *error);

} // namespace scalescope
