#pragma once
// File > Import Architecture (a CloudFormation / SAM template or a Terraform
// plan, into a new document or as a new stage of the open one) and
// View > Tidy Layout (the automatic layout for any diagram, undoable).

#include <QObject>

class QAction;
class QWidget;

namespace scalescope {

class FileController;
class ScenarioDocument;

class ImportActions : public QObject {
    Q_OBJECT
public:
    ImportActions(ScenarioDocument *document, FileController *files, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *tidyAction() const { return m_tidy; }

    // The steps behind the actions, without dialogs (for tests and scripts).
    // Returns false and sets *error when the template cannot be imported.
    bool importFile(const QString &path, bool asStage, QString *error, QString *report = nullptr);
    bool tidyLayout();

private:
    void importWithDialogs();

    ScenarioDocument *m_document;
    FileController *m_files;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_tidy;
};

} // namespace scalescope
