#include "autosaver.h"

#include "document/scenariodocument.h"

#include <QUndoStack>

namespace scalescope {

Autosaver::Autosaver(ScenarioDocument *document, RecoveryStore *store, std::function<RecoveryMeta()> meta,
                     int delayMs, QObject *parent)
    : QObject(parent), m_document(document), m_store(store), m_meta(std::move(meta))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
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
    // of edits is still saved within the delay.
    if (!m_document->undoStack()->isClean() && !m_timer.isActive())
        m_timer.start();
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
    return true;
}

} // namespace scalescope
