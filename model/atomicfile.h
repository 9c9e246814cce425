#pragma once
// Writes one file so that it is either complete or not there at all: the
// content goes to a temporary file in the target folder (QSaveFile), which
// replaces the target only once everything was written, flushed and found
// complete. An old file of the same name stays untouched when anything
// fails (a full disk, a quota, a read-only folder), and the error says why.
// Every file ScaleScope writes (scenarios, recovery copies, exports) goes
// through here.

#include <QString>

#include <functional>

class QByteArray;
class QIODevice;

namespace scalescope {

// `write` fills the device and returns false (with a reason) on failure.
// Returns false and sets *error when the file could not be written.
using DeviceWriter = std::function<bool(QIODevice &device, QString *error)>;
bool writeFileAtomically(const QString &path, const DeviceWriter &write, QString *error);
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace scalescope
