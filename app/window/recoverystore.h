#pragma once
// Crash recovery files. Each running window holds a session lock
// (QLockFile) in the recovery folder and writes its recovery copy next to
// it; a clean exit removes both. A lock whose process is gone, with a copy
// left beside it, is a session that crashed: its copy can be restored.
//
// Files: <session>.lock, <session>.json (a normal scenario file) and
// <session>.meta.json (the original file path and the stage being viewed).

#include "document.h"
#include "loaderror.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace scalescope {

struct RecoveryMeta {
    QString originalFile; // empty for an untitled document
    int stage = 0;
};

struct RecoveredSession {
    QString dataPath;
    QString metaPath;
    RecoveryMeta meta;
    QDateTime savedAt;
};

class RecoveryStore {
public:
    // The default folder: AppLocalDataLocation/recovery.
    static QString defaultDirectory();

    explicit RecoveryStore(const QString &directory);
    ~RecoveryStore(); // removes this session's files
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString directory() const { return m_directory; }
    bool isLocked() const;
    QString lockPath() const;
    QString dataPath() const;

    // Writes this session's recovery copy atomically; never touches the
    // user's file.
    bool write(const Scenario &scenario, const RecoveryMeta &meta, QString *error);
    bool hasCopy() const;
    // Removes this session's copy (after a clean save, or a discard).
    void discardCopy();

    // Copies left by sessions that ended without cleaning up, newest first.
    QList<RecoveredSession> orphans() const;
    static std::optional<Scenario> load(const RecoveredSession &session, LoadError *error);
    static void discard(const RecoveredSession &session);
    // A copy that cannot be restored: moved into the "unrestorable" folder
    // beside the others, kept for the user but never offered again. Returns
    // its new path (empty if it could not be moved).
    static QString setAside(const RecoveredSession &session);
    static QString asideDirectory(const RecoveredSession &session);

private:
    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace scalescope
