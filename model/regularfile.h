#pragma once
// Reading a file the user named. Anything that is not a regular file (a
// folder, a named pipe, a device, a socket, or a link to one) is refused
// before a single byte is read, so a FIFO or /dev/zero never blocks or runs
// on; read errors are reported as such, never as an empty file. The loader,
// the command line and the editor all read through here.

#include <QByteArray>
#include <QString>

#include <optional>

namespace scalescope {

// Why `path` is not a regular file that can be read ("it is a named pipe
// (FIFO)", "it does not exist", ...), or nothing when it is one.
std::optional<QString> regularFileProblem(const QString &path);

// At most `maxBytes` + 1 bytes of the regular file at `path` (one more than
// allowed, so the caller can tell a file that is too large). On failure
// returns nothing and sets *problem (without the file name).
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *problem);

} // namespace scalescope
