#include "filecontroller.h"

#include "builtinscenarios.h"
#include "document/scenariodocument.h"
#include "recentfiles.h"
#include "scenariofile.h"
#include "workload.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace scalescope {

namespace {
const QString kFilter = QObject::tr("ScaleScope scenarios (*.json);;All files (*)");
}

FileController::FileController(ScenarioDocument *document, RecentFiles *recent, QWidget *window)
    : QObject(window), m_document(document), m_recent(recent), m_window(window)
{
}

QString FileController::displayName() const
{
    return m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName();
}

bool FileController::isModified() const
{
    return !m_document->undoStack()->isClean();
}

bool FileController::newDocument()
{
    if (!maybeSave())
        return false;
    Scenario s;
    s.base.workload = defaultWorkload();
    m_document->setScenario(std::move(s));
    setPath(QString());
    emit documentReplaced();
    return true;
}

bool FileController::openFile(const QString &path)
{
    // Read first: a file that does not load must not cost the open document.
    LoadError error;
    std::optional<Scenario> scenario = loadScenario(path, &error);
    if (!scenario) {
        QMessageBox::critical(m_window, tr("Cannot open %1").arg(QFileInfo(path).fileName()), error.toString());
        if (!isBuiltinScenario(path) && !QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    if (!maybeSave())
        return false;
    m_document->setScenario(std::move(*scenario));
    if (isBuiltinScenario(path)) {
        setPath(QString()); // a copy to work on: Save asks where
    } else {
        setPath(QFileInfo(path).absoluteFilePath());
        m_recent->add(m_path);
    }
    emit documentReplaced();
    emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileController::open()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), dir, kFilter);
    return !path.isEmpty() && openFile(path);
}

bool FileController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool FileController::saveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty())
        suggestion = (m_document->scenario().title.isEmpty() ? tr("untitled") : m_document->scenario().title)
                     + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save scenario"), suggestion, kFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool FileController::saveTo(const QString &path)
{
    QString error;
    if (!saveScenario(m_document->scenario(), path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    // Clean only once the file is really written.
    m_document->undoStack()->setClean();
    setPath(QFileInfo(path).absoluteFilePath());
    m_recent->add(m_path);
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::adoptRecovered(Scenario scenario, int stage, const QString &originalPath)
{
    m_document->setScenario(std::move(scenario), stage);
    // Nothing on disk matches this document: it stays modified until saved.
    m_document->undoStack()->resetClean();
    setPath(originalPath);
    emit documentReplaced();
}

void FileController::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit filePathChanged(m_path);
}

} // namespace scalescope
