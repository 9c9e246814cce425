#pragma once
// Writes a recovery copy of the document soon after it changes, through the
// recovery store (never over the user's file, never marking the undo stack
// clean). The first change after a quiet spell is written within
// kFirstWriteMs; changes that follow are coalesced into at most one write per
// interval, so a crash loses at most the edits of the last interval. A
// document back at its saved state needs no copy.

#include "recoverystore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace scalescope {

class ScenarioDocument;

class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int kFirstWriteMs = 200;

    Autosaver(ScenarioDocument *document, RecoveryStore *store, std::function<RecoveryMeta()> meta, int intervalMs,
              QObject *parent = nullptr);

    bool isPending() const { return m_timer.isActive(); }
    // Writes the copy now when there are unsaved changes, else removes it.
    bool saveNow();

signals:
    void failed(const QString &message);

private:
    void schedule();

    ScenarioDocument *m_document;
    RecoveryStore *m_store;
    std::function<RecoveryMeta()> m_meta;
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_sinceWrite; // invalid until the first write
};

} // namespace scalescope
