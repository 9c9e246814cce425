#include "regularfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace scalescope {

namespace {

#ifdef Q_OS_UNIX
QString describeNonRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("it is a directory, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("it is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return QStringLiteral("it is a socket, not a regular file");
    return QStringLiteral("it is not a regular file");
}

QString systemError(int code) { return QString::fromLocal8Bit(std::strerror(code)); }
#endif

// Qt resources (":/...") and non-Unix systems: what QFileInfo can tell.
std::optional<QString> problemFromInfo(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("it does not exist");
    if (info.isDir())
        return QStringLiteral("it is a directory, not a file");
    if (!info.isFile())
        return QStringLiteral("it is not a regular file");
    return std::nullopt;
}

// Up to maxBytes + 1 bytes (one past the cap tells the caller it is too
// big). Read in the file's size, not the cap: QIODevice::read(n) allocates
// n bytes up front, and the cap is far above most files.
std::optional<QByteArray> readOpened(QFile &file, qint64 maxBytes, QString *problem)
{
    constexpr qint64 kChunk = 1 << 20; // past the size the system gave (a file still growing)
    QByteArray bytes = file.read(std::clamp<qint64>(file.size(), 0, maxBytes) + 1);
    while (file.error() == QFileDevice::NoError && bytes.size() <= maxBytes) {
        const QByteArray more = file.read(std::min<qint64>(kChunk, maxBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;
        bytes.append(more);
    }
    if (file.error() != QFileDevice::NoError) {
        *problem = QStringLiteral("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace

std::optional<QString> regularFileProblem(const QString &path)
{
#ifdef Q_OS_UNIX
    if (QFileInfo(path).isNativePath()) {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return errno == ENOENT ? QStringLiteral("it does not exist") : systemError(errno);
        if (!S_ISREG(st.st_mode))
            return describeNonRegular(st.st_mode);
        return std::nullopt;
    }
#endif
    return problemFromInfo(path);
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *problem)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    QFile file;
#ifdef Q_OS_UNIX
    if (QFileInfo(path).isNativePath()) {
        // Opened without blocking (a FIFO with no writer would wait in
        // open()), then checked on the descriptor itself: nothing can swap
        // the file between the check and the read.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            const int code = errno;
            *problem = code == ENOENT ? QStringLiteral("cannot open: it does not exist")
                                      : QStringLiteral("cannot open: %1").arg(systemError(code));
            return std::nullopt;
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            *problem = QStringLiteral("cannot open: %1").arg(describeNonRegular(st.st_mode));
            ::close(fd);
            return std::nullopt;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *problem = QStringLiteral("cannot open: %1").arg(file.errorString());
            return std::nullopt;
        }
        return readOpened(file, maxBytes, problem);
    }
#endif
    if (auto why = problemFromInfo(path)) {
        *problem = QStringLiteral("cannot open: %1").arg(*why);
        return std::nullopt;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    return readOpened(file, maxBytes, problem);
}

} // namespace scalescope
