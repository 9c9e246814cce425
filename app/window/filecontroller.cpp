#include "filecontroller.h"

#include "builtinscenarios.h"
#include "document/scenariodocument.h"
#include "recentfiles.h"
#include "scenariofile.h"
#include "workload.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    // Not saved yet (a new scenario, the default one, an example's copy):
    // what it is called says more than "untitled".
    const QString &title = m_document->scenario().title;
    return title.isEmpty() ? tr("untitled") : title;
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
    m_onDisk = {};
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
        m_onDisk = {};
    } else {
        setPath(QFileInfo(path).absoluteFilePath());
        m_onDisk = DiskFingerprint::of(m_path);
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
    if (!confirmOverwrite(path))
        return false;
    QString error;
    if (!saveScenario(m_document->scenario(), path, &error)) {
        // The old file is intact (atomic save) and the work is still here.
        QMessageBox::critical(m_window, tr("Cannot save"),
                              tr("%1\n\nThe file on disk was left as it was and your changes are still open. "
                                 "Free some space and save again, or use Save As to save them elsewhere.")
                                  .arg(error));
        return false;
    }
    // Clean only once the file is really written.
    m_document->undoStack()->setClean();
    setPath(QFileInfo(path).absoluteFilePath());
    m_onDisk = DiskFingerprint::of(m_path);
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
    // The recovered work was made on the file as it is now, as far as we know.
    m_onDisk = originalPath.isEmpty() ? DiskFingerprint{} : DiskFingerprint::of(originalPath);
    emit documentReplaced();
}

bool FileController::confirmOverwrite(const QString &path)
{
    if (m_path.isEmpty() || QFileInfo(path).absoluteFilePath() != m_path || !m_onDisk.exists)
        return true;
    const DiskFingerprint now = DiskFingerprint::of(m_path);
    // Gone meanwhile: writing it again loses nothing.
    if (!now.exists || now.sameContent(m_onDisk))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("“%1” was changed on disk since you opened or saved it, by another window or program "
                       "(now %2, modified %3).\n\nOverwrite it with your version, or reload it from disk and "
                       "lose your unsaved changes?")
                        .arg(displayName(), QLocale().formattedDataSize(now.size),
                             QLocale().toString(now.modified, QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *reloadButton = box.addButton(tr("Reload"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return true;
    if (box.clickedButton() == reloadButton)
        reload();
    return false;
}

bool FileController::reload()
{
    LoadError error;
    std::optional<Scenario> scenario = loadScenario(m_path, &error);
    if (!scenario) {
        QMessageBox::critical(m_window, tr("Cannot reload %1").arg(displayName()), error.toString());
        return false;
    }
    m_document->setScenario(std::move(*scenario));
    m_onDisk = DiskFingerprint::of(m_path);
    emit documentReplaced();
    emit statusMessage(tr("Reloaded %1 from disk").arg(displayName()));
    return true;
}

void FileController::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit filePathChanged(m_path);
}

} // namespace scalescope
