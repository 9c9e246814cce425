#include "autosaver.h"

#include "document/scenariodocument.h"

#include <QUndoStack>

#include <algorithm>

namespace scalescope {

Autosaver::Autosaver(ScenarioDocument *document, RecoveryStore *store, std::function<RecoveryMeta()> meta,
                     int intervalMs, QObject *parent)
    : QObject(parent), m_document(document), m_store(store), m_meta(std::move(meta)), m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &ScenarioDocument::changed, this, &Autosaver::schedule);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            m_timer.stop();
            m_store->discardCopy();
        } else {
            schedule();
        }
    });
}

void Autosaver::schedule()
{
    // Started once and not pushed back by further edits, so a long burst
    // of edits is still saved within the interval.
    if (m_document->undoStack()->isClean() || m_timer.isActive())
        return;
    const qint64 since = m_sinceWrite.isValid() ? m_sinceWrite.elapsed() : m_intervalMs;
    const qint64 wait = since >= m_intervalMs ? std::min(kFirstWriteMs, m_intervalMs) : m_intervalMs - since;
    m_timer.start(int(wait));
}

bool Autosaver::saveNow()
{
    m_timer.stop();
    if (m_document->undoStack()->isClean()) {
        m_store->discardCopy();
        return true;
    }
    QString error;
    if (!m_store->write(m_document->scenario(), m_meta(), &error)) {
        emit failed(tr("Could not write the recovery copy: %1").arg(error));
        return false;
    }
    m_sinceWrite.start();
    return true;
}

} // namespace scalescope
