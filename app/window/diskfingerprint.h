#pragma once
// What the document's file looked like on disk when the editor last read or
// wrote it: size, modification time and a hash of the content. Before a save
// the file is looked at again, so that a change made meanwhile by another
// window or program is never silently overwritten.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace scalescope {

struct DiskFingerprint {
    bool exists = false; // a readable regular file
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256;

    static DiskFingerprint of(const QString &path);

    // Different content: the modification time alone (a touch, or the same
    // bytes written again) is no change worth asking about.
    bool sameContent(const DiskFingerprint &other) const
    {
        return exists == other.exists && size == other.size && sha256 == other.sha256;
    }
};

} // namespace scalescope
