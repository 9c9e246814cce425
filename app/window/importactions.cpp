#include "importactions.h"

#include "architectureimport.h"
#include "autolayout.h"
#include "commands/stagelistcommand.h"
#include "commands/tidylayoutcommand.h"
#include "document/scenariodocument.h"
#include "filecontroller.h"
#include "stagediff.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace scalescope {

ImportActions::ImportActions(ScenarioDocument *document, FileController *files, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
    , m_import(new QAction(tr("&Import Architecture…"), this))
    , m_tidy(new QAction(tr("&Tidy Layout"), this))
{
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setStatusTip(tr("Read a CloudFormation or SAM template or a Terraform plan (JSON) into a new document or a new stage"));
    connect(m_import, &QAction::triggered, this, &ImportActions::importWithDialogs);
    m_tidy->setObjectName(QStringLiteral("actionTidyLayout"));
    m_tidy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_tidy->setStatusTip(tr("Lay the diagram out left to right, users to data, with group boxes apart (undoable)"));
    connect(m_tidy, &QAction::triggered, this, &ImportActions::tidyLayout);
}

bool ImportActions::importFile(const QString &path, bool asStage, QString *error, QString *report)
{
    import::ImportError problem;
    std::optional<import::ImportResult> result = import::importTemplateFile(path, import::ImportFormat::Auto, &problem);
    if (!result) {
        *error = problem.toString();
        return false;
    }
    if (report)
        *report = result->report.markdown();
    if (!asStage) {
        m_files->adoptRecovered(std::move(result->scenario), 0, QString());
        return true;
    }
    std::vector<Stage> stages = m_document->scenario().stages;
    stages.push_back(import::importStage(m_document->scenario(), result->scenario.base,
                                         tr("Imported: %1").arg(QFileInfo(path).fileName()),
                                         tr("The architecture of %1.").arg(QFileInfo(path).fileName())));
    const int last = int(stages.size());
    if (!pushStageList(m_document, new StageListCommand(m_document, std::move(stages), last, tr("Import as Stage")))) {
        *error = tr("%1: the import does not fit as a stage of this scenario").arg(path);
        return false;
    }
    return true;
}

bool ImportActions::tidyLayout()
{
    const import::Layout layout = import::layoutArchitecture(m_document->architecture());
    Moves places;
    places.components = layout.components;
    places.groups = layout.groups;
    return pushEdit(m_document, new TidyLayoutCommand(m_document, places));
}

void ImportActions::importWithDialogs()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Architecture"), QString(),
        tr("Templates and plans (*.yaml *.yml *.json *.template);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Import Architecture"),
                    tr("Import %1 into a new document, or as a new stage of this scenario (the migration you are planning)?")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, m_window);
    QPushButton *newDocument = ask.addButton(tr("New &Document"), QMessageBox::AcceptRole);
    QPushButton *newStage = ask.addButton(tr("New &Stage"), QMessageBox::AcceptRole);
    ask.exec();
    if (ask.clickedButton() != newDocument && ask.clickedButton() != newStage)
        return;
    if (ask.clickedButton() == newDocument && !m_files->maybeSave())
        return;
    QString error, report;
    if (!importFile(path, ask.clickedButton() == newStage, &error, &report)) {
        QMessageBox::warning(m_window, tr("Import Architecture"), error);
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Import Architecture"),
                     tr("Imported %1. The report lists what was mapped, how each connection was inferred and "
                        "what was not mapped.").arg(QFileInfo(path).fileName()),
                     QMessageBox::Ok, m_window);
    done.setDetailedText(report);
    done.exec();
}

} // namespace scalescope
