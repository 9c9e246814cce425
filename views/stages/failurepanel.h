#pragma once
// Failure injection controls: the viewed architecture's zones, regions and
// components as check boxes; checking one fails it, and the panel says at
// once whether the service stays up, at what capacity and availability.
// Failures are a what-if, not an edit: they are not saved and not undone.

#include "failurereport.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace scalescope {

class ScenarioDocument;

class FailurePanel : public QWidget {
    Q_OBJECT
public:
    explicit FailurePanel(ScenarioDocument *document, QWidget *parent = nullptr);

    void setUsers(double users);
    // Fails (or restores) a zone, region or component by id.
    void setFailed(const QString &id, bool failed);
    void clear();
    QStringList failed() const { return m_failed; }

    const FailureReport &report() const { return m_report; }
    QString summaryText() const;
    QListWidget *list() const { return m_list; }

signals:
    // The failure report changed (connect to grey out report().down on the canvas).
    void reportChanged(const scalescope::FailureReport &report);

private:
    void rebuildList();
    void recompile();
    void refresh();

    ScenarioDocument *m_document;
    QStringList m_failed;
    double m_users = 1000;
    FailureReport m_report;
    FailureNetworks m_networks; // recompiled on edits and failure changes only
    QListWidget *m_list;
    QLabel *m_summary;
    bool m_filling = false;
};

} // namespace scalescope
