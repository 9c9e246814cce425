#pragma once
// Failure injection controls: the viewed architecture's zones, regions and
// components as check boxes; checking one fails it, and the panel says at
// once whether the service stays up, at what capacity and availability.
// Failures are a what-if, not an edit: they are not saved and not undone.
// The document's evaluation owner compiles the broken network and keeps
// the report; the panel chooses the ids and shows the report's words.

#include "failurereport.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace scalescope {

class EvaluationService;
class ScenarioDocument;

class FailurePanel : public QWidget {
    Q_OBJECT
public:
    explicit FailurePanel(ScenarioDocument *document, QWidget *parent = nullptr);

    // The owner's user count (the window sets it; this is for a panel on its own).
    void setUsers(double users);
    // Fails (or restores) a zone, region or component by id.
    void setFailed(const QString &id, bool failed);
    void clear();
    QStringList failed() const { return m_failed; }

    // Brought up to date first.
    const FailureReport &report();
    QString summaryText();
    QListWidget *list() const { return m_list; }

signals:
    // The failure report changed (connect to grey out report().down on the canvas).
    void reportChanged(const scalescope::FailureReport &report);

private:
    void rebuildList();
    void refresh();

    ScenarioDocument *m_document;
    EvaluationService *m_owner;
    QStringList m_failed; // as checked, also ids the viewed stage lacks
    QListWidget *m_list;
    QLabel *m_summary;
    bool m_filling = false;
};

} // namespace scalescope
