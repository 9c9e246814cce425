#include "diskfingerprint.h"

#include "regularfile.h"
#include "scenariofile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace scalescope {

DiskFingerprint DiskFingerprint::of(const QString &path)
{
    DiskFingerprint f;
    // Never blocks on a FIFO; a file over the cap is hashed as far as the cap.
    const std::optional<QByteArray> bytes = readRegularFile(path, kMaxScenarioBytes, nullptr);
    if (!bytes)
        return f;
    const QFileInfo info(path);
    f.exists = true;
    f.size = info.size();
    f.modified = info.lastModified();
    f.sha256 = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
    return f;
}

} // namespace scalescope
