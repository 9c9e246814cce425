#include "recoverystore.h"

#include "atomicfile.h"
#include "scenariofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace scalescope {

namespace {

const QString kLockSuffix = QStringLiteral(".lock");
const QString kDataSuffix = QStringLiteral(".json");
const QString kMetaSuffix = QStringLiteral(".meta.json");

RecoveryMeta readMeta(const QString &path)
{
    RecoveryMeta meta;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return meta;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    meta.originalFile = o.value(QLatin1String("file")).toString();
    meta.stage = std::max(0, o.value(QLatin1String("stage")).toInt());
    return meta;
}

} // namespace

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory),
      m_session(QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(lockPath());
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    m_lock->tryLock(0);
}

RecoveryStore::~RecoveryStore()
{
    discardCopy();
    m_lock->unlock();
}

bool RecoveryStore::isLocked() const
{
    return m_lock->isLocked();
}

QString RecoveryStore::lockPath() const
{
    return m_directory + QLatin1Char('/') + m_session + kLockSuffix;
}

QString RecoveryStore::dataPath() const
{
    return m_directory + QLatin1Char('/') + m_session + kDataSuffix;
}

bool RecoveryStore::write(const Scenario &scenario, const RecoveryMeta &meta, QString *error)
{
    const QJsonObject o{{QLatin1String("file"), meta.originalFile}, {QLatin1String("stage"), meta.stage}};
    const QString metaPath = m_directory + QLatin1Char('/') + m_session + kMetaSuffix;
    // The meta first: a copy is never found without knowing where it belongs.
    return writeFileAtomically(metaPath, QJsonDocument(o).toJson(QJsonDocument::Compact), error)
           && writeFileAtomically(dataPath(), serializeScenario(scenario), error);
}

bool RecoveryStore::hasCopy() const
{
    return QFile::exists(dataPath());
}

void RecoveryStore::discardCopy()
{
    QFile::remove(dataPath());
    QFile::remove(m_directory + QLatin1Char('/') + m_session + kMetaSuffix);
}

QList<RecoveredSession> RecoveryStore::orphans() const
{
    const QDir dir(m_directory);
    // A lock whose process died is stale: taking it over removes it.
    for (const QString &name : dir.entryList({QStringLiteral("*") + kLockSuffix}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == lockPath())
            continue;
        QLockFile probe(path);
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock();
    }
    QList<RecoveredSession> sessions;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*") + kDataSuffix}, QDir::Files)) {
        const QString name = info.fileName();
        if (name.endsWith(kMetaSuffix) || info.absoluteFilePath() == QFileInfo(dataPath()).absoluteFilePath())
            continue;
        const QString session = name.chopped(kDataSuffix.size());
        if (QFile::exists(dir.filePath(session + kLockSuffix)))
            continue; // a live session's copy
        RecoveredSession s;
        s.dataPath = info.absoluteFilePath();
        s.metaPath = dir.filePath(session + kMetaSuffix);
        s.meta = readMeta(s.metaPath);
        s.savedAt = info.lastModified();
        sessions << s;
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const RecoveredSession &a, const RecoveredSession &b) { return a.savedAt > b.savedAt; });
    return sessions;
}

std::optional<Scenario> RecoveryStore::load(const RecoveredSession &session, LoadError *error)
{
    return loadScenario(session.dataPath, error);
}

QString RecoveryStore::asideDirectory(const RecoveredSession &session)
{
    return QDir(QFileInfo(session.dataPath).absolutePath()).filePath(QStringLiteral("unrestorable"));
}

QString RecoveryStore::setAside(const RecoveredSession &session)
{
    const QDir aside(asideDirectory(session));
    QDir().mkpath(aside.path());
    // Named by when it was written, so several never collide and sort by age.
    const QString stamp = session.savedAt.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    QString base = aside.filePath(QStringLiteral("recovery-") + stamp);
    for (int n = 2; QFile::exists(base + kDataSuffix); ++n)
        base = aside.filePath(QStringLiteral("recovery-%1-%2").arg(stamp).arg(n));
    if (!QFile::rename(session.dataPath, base + kDataSuffix))
        return QString();
    QFile::rename(session.metaPath, base + kMetaSuffix);
    return base + kDataSuffix;
}

void RecoveryStore::discard(const RecoveredSession &session)
{
    QFile::remove(session.dataPath);
    QFile::remove(session.metaPath);
}

} // namespace scalescope
