// Saving never loses work: a save the disk refuses keeps the old file byte
// for byte and the document modified, and says so; a file changed on disk
// by another window since it was opened or saved is not overwritten without
// asking (Overwrite / Reload / Cancel); a named pipe is refused, not waited on.
#include "canvas/canvasscene.h"
#include "document/scenariodocument.h"
#include "guisupport.h"
#include "scalescope_resources.h"
#include "scenariofile.h"

#include "../filesizelimit.h"
#include "window/filecontroller.h"
#include "window/mainwindow.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace scalescope;
using test::FileSizeLimit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestFileSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::prepareWindowTests();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("three-tier.json"));
        QVERIFY(QFile::copy(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void cleanup() { m_dir.reset(); }

    void aFullDiskKeepsTheFileAndTheWork()
    {
        MainWindow window(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 60000});
        QVERIFY(window.files()->openFile(m_path));
        const QByteArray before = readAll(m_path);
        // Enough new components that the file grows past the room left.
        for (int i = 0; i < 40; ++i)
            QVERIFY(window.scene()->addKindAt(QStringLiteral("s3"), QPointF(1000 + 80 * i, 600)));
        QVERIFY(serializeScenario(window.document()->scenario()).size() > before.size() + 1024);
        {
            FileSizeLimit limit(rlim_t(before.size()));
            QVERIFY(limit.ok());
            test::MessageBoxAnswer answer(QMessageBox::Ok);
            QVERIFY(!window.files()->save());
            QVERIFY(answer.shown());
            QVERIFY2(answer.text().contains(QStringLiteral("Cannot save")), qPrintable(answer.text()));
            QVERIFY2(answer.text().contains(QStringLiteral("three-tier.json")), qPrintable(answer.text()));
            QVERIFY2(answer.text().contains(QStringLiteral("Save As")), qPrintable(answer.text()));
        }
        QCOMPARE(readAll(m_path), before); // byte for byte
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("three-tier.json")});
        QVERIFY(window.isWindowModified());
        QVERIFY(!window.document()->undoStack()->isClean());
        // With room again, saving works and the document is clean.
        QVERIFY(window.files()->save());
        QCOMPARE(readAll(m_path), serializeScenario(window.document()->scenario()));
        QVERIFY(!window.isWindowModified());
    }

    // Two windows on one file: the second save asks instead of silently
    // overwriting what the first one saved.
    void aChangeOnDiskIsNotOverwrittenSilently()
    {
        MainWindow first(WindowOptions{m_dir->filePath(QStringLiteral("recovery-1")), 60000});
        MainWindow second(WindowOptions{m_dir->filePath(QStringLiteral("recovery-2")), 60000});
        QVERIFY(first.files()->openFile(m_path));
        QVERIFY(second.files()->openFile(m_path));
        QVERIFY(first.scene()->addKindAt(QStringLiteral("sqs"), QPointF(900, 200)));
        QVERIFY(first.files()->save()); // nothing changed on disk: no question
        const QByteArray firstSaved = readAll(m_path);
        QVERIFY(second.scene()->addKindAt(QStringLiteral("lambda"), QPointF(900, 400)));

        {   // Cancel: nothing written, the work stays.
            test::MessageBoxAnswer answer(QMessageBox::Cancel);
            QVERIFY(!second.files()->save());
            QVERIFY(answer.shown());
            QVERIFY2(answer.text().contains(QStringLiteral("changed on disk")), qPrintable(answer.text()));
        }
        QCOMPARE(readAll(m_path), firstSaved);
        QVERIFY(second.isWindowModified());

        {   // Reload: the document is what the first window saved.
            test::MessageBoxAnswer answer(QStringLiteral("Reload"));
            QVERIFY(!second.files()->save());
            QVERIFY(answer.shown());
        }
        QCOMPARE(readAll(m_path), firstSaved);
        QCOMPARE(second.document()->scenario(), first.document()->scenario());
        QVERIFY(!second.isWindowModified());

        // Changed on disk again, then Overwrite: this window's version wins.
        QVERIFY(second.scene()->addKindAt(QStringLiteral("lambda"), QPointF(900, 400)));
        QVERIFY(first.scene()->addKindAt(QStringLiteral("dynamodb"), QPointF(900, 600)));
        QVERIFY(first.files()->save());
        {
            test::MessageBoxAnswer answer(QStringLiteral("Overwrite"));
            QVERIFY(second.files()->save());
            QVERIFY(answer.shown());
        }
        QCOMPARE(readAll(m_path), serializeScenario(second.document()->scenario()));
        first.document()->undoStack()->setClean();
    }

    // The same bytes written again (a touch, a sync tool) is no change.
    void theSameContentRewrittenIsNoChange()
    {
        MainWindow window(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 60000});
        QVERIFY(window.files()->openFile(m_path));
        const QByteArray bytes = readAll(m_path);
        QFile::remove(m_path);
        QFile rewrite(m_path);
        QVERIFY(rewrite.open(QIODevice::WriteOnly));
        rewrite.write(bytes);
        rewrite.close();
        QVERIFY(window.scene()->addKindAt(QStringLiteral("sqs"), QPointF(900, 200)));
        test::MessageBoxAnswer answer(QMessageBox::Cancel);
        QVERIFY(window.files()->save());
        QVERIFY(!answer.shown());
    }

    void aNamedPipeIsRefused()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("f.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        MainWindow window(WindowOptions{m_dir->filePath(QStringLiteral("recovery")), 60000});
        QVERIFY(window.files()->openFile(m_path));
        test::MessageBoxAnswer answer(QMessageBox::Ok);
        QVERIFY(!window.files()->openFile(fifo));
        QVERIFY(answer.shown());
        QVERIFY2(answer.text().contains(QStringLiteral("named pipe")), qPrintable(answer.text()));
        QCOMPARE(window.files()->filePath(), QFileInfo(m_path).absoluteFilePath()); // the open file stays
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
