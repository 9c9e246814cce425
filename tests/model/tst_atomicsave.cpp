// A save that cannot complete (here: the disk refuses the bytes past a
// point, as a full disk does) must leave the old file byte for byte as it
// was, leave no temporary file behind, and say why. The write error is
// real: the process's file size limit (RLIMIT_FSIZE) makes write() fail
// with EFBIG past it, in any folder, without a small disk to fill.
#include "atomicfile.h"
#include "scenariofile.h"

#include "../filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace scalescope;
using test::FileSizeLimit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

Scenario bigScenario(int components)
{
    Scenario s;
    for (int i = 0; i < components; ++i)
        s.base.components.push_back(Component{QStringLiteral("c%1").arg(i), QStringLiteral("s3"),
                                              QStringLiteral("Component %1").arg(i), QString(), Point{double(i), 0}, {}});
    return s;
}

} // namespace

class TestAtomicSave : public QObject {
    Q_OBJECT
private slots:
    void fullDiskLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.json"));
        QVERIFY(saveScenario(bigScenario(3), path, nullptr));
        const QByteArray before = readAll(path);
        const Scenario bigger = bigScenario(2000);
        QVERIFY(serializeScenario(bigger).size() > 64 * 1024);
        QString error;
        {
            FileSizeLimit limit(16 * 1024); // room for 16 KiB, as on a nearly full disk
            QVERIFY(limit.ok());
            QVERIFY(!saveScenario(bigger, path, &error));
        }
        QVERIFY2(error.contains(QStringLiteral("doc.json")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("doc.json")});
        // With room again the same save goes through.
        QVERIFY2(saveScenario(bigger, path, &error), qPrintable(error));
        QCOMPARE(readAll(path), serializeScenario(bigger));
    }

    // Exports write through a device: a failure mid-way keeps the old file too.
    void fullDiskWhileWritingADevice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("picture.svg"));
        QVERIFY(writeFileAtomically(path, QByteArray("<svg/>"), nullptr));
        QString error;
        {
            FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            const bool ok = writeFileAtomically(path, [](QIODevice &device, QString *) {
                // Small writes, as a picture writer makes: they sit in the buffer.
                for (int i = 0; i < 1000; ++i)
                    device.write(QByteArray(100, 'x'));
                return true;
            }, &error);
            QVERIFY(!ok);
        }
        QVERIFY2(error.contains(QStringLiteral("picture.svg")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("<svg/>"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("picture.svg")});
    }

    void missingFolderIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!saveScenario(Scenario{}, dir.filePath(QStringLiteral("no/such/doc.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
