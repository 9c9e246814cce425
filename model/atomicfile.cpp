#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace scalescope {

namespace {

// expectedSize < 0: whatever `write` wrote.
bool writeAtomically(const QString &path, const DeviceWriter &write, qint64 expectedSize, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("it is a folder"));
    if (!info.dir().exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    // No direct-write fallback: a folder we cannot create files in is an
    // error, never a reason to overwrite the target in place.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const auto abandon = [&](const QString &why) {
        file.cancelWriting();
        return fail(why);
    };
    QString why;
    if (!write(file, &why))
        return abandon(why.isEmpty() ? QStringLiteral("the content could not be produced") : why);
    // A full disk often shows only when the buffer goes out: flush, then
    // check the error and that the file holds everything, before commit()
    // may replace the old file.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return abandon(file.errorString());
    const qint64 expected = expectedSize >= 0 ? expectedSize : file.pos();
    if (file.size() < expected)
        return abandon(QStringLiteral("only %1 of %2 bytes reached the disk").arg(file.size()).arg(expected));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace

bool writeFileAtomically(const QString &path, const DeviceWriter &write, QString *error)
{
    return writeAtomically(path, write, -1, error);
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeAtomically(path, [&bytes](QIODevice &device, QString *why) {
        const qint64 written = device.write(bytes);
        if (written == bytes.size())
            return true;
        *why = written < 0 ? device.errorString()
                           : QStringLiteral("only %1 of %2 bytes were written").arg(written).arg(bytes.size());
        return false;
    }, bytes.size(), error);
}

} // namespace scalescope
