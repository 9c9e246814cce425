#pragma once
// New, open, save and save-as for the window's document, asking before
// unsaved changes are lost (Save / Discard / Cancel). A file that does not
// load leaves the open document as it was and says why in a message box.
// A save that fails leaves the file on disk as it was and the document
// modified; a save over a file that changed on disk since it was opened or
// saved asks first (Overwrite / Reload / Cancel).

#include "diskfingerprint.h"
#include "document.h"

#include <QObject>

class QWidget;

namespace scalescope {

class RecentFiles;
class ScenarioDocument;

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(ScenarioDocument *document, RecentFiles *recent, QWidget *window);

    // The file the document saves to; empty when untitled (new, built-in).
    QString filePath() const { return m_path; }
    QString displayName() const;
    bool isModified() const;

    bool newDocument();
    // A file (or a built-in :/scenarios/... path, opened as untitled).
    bool openFile(const QString &path);
    bool open();   // asks for a file
    bool save();   // asks for a path when untitled
    bool saveAs();
    bool saveTo(const QString &path);
    // Before the document is replaced or closed: true to go ahead.
    bool maybeSave();
    // A recovered document: shown as modified, saving goes to its old file.
    void adoptRecovered(Scenario scenario, int stage, const QString &originalPath);

signals:
    void filePathChanged(const QString &path);
    void documentReplaced();
    void statusMessage(const QString &text);

private:
    void setPath(const QString &path);
    // False to stop the save: the file changed on disk and the user chose
    // to reload it or to cancel.
    bool confirmOverwrite(const QString &path);
    bool reload();

    ScenarioDocument *m_document;
    RecentFiles *m_recent;
    QWidget *m_window;
    QString m_path;
    DiskFingerprint m_onDisk; // m_path as last read or written
};

} // namespace scalescope
