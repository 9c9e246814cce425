#pragma once
// Writes a recovery copy of the document a few seconds after it changes,
// through the recovery store (never over the user's file, never marking the
// undo stack clean). A document back at its saved state needs no copy.

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace scalescope {

class ScenarioDocument;

class Autosaver : public QObject {
    Q_OBJECT
public:
    Autosaver(ScenarioDocument *document, RecoveryStore *store, std::function<RecoveryMeta()> meta, int delayMs,
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
    QTimer m_timer;
};

} // namespace scalescope
