// Replays what the loader fuzzer found (tests/data/fuzz-regressions) and its
// seed corpus (tests/fuzz/corpus) through the fuzzer's own steps
// (tests/fuzz/loadersteps.h): each input either fails to load with a message
// naming the file, or loads, saves and loads back equal, and every stage
// validates, compiles and evaluates. (The fuzzer ran them all under ASan and
// UBSan; here they guard against the same inputs breaking again.)
#include "../fuzz/loadersteps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace scalescope;

namespace {

const QString kRegressions = QStringLiteral(SCALESCOPE_TEST_DATA "/fuzz-regressions");
const QString kCorpus = QStringLiteral(SCALESCOPE_TEST_DATA "/../fuzz/corpus");

QStringList inputsIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void foldersHoldInputs()
    {
        // An empty or moved folder would make the rows below pass vacuously.
        QVERIFY2(inputsIn(kRegressions).size() > 0, qPrintable(kRegressions));
        QVERIFY2(inputsIn(kCorpus).size() > 0, qPrintable(kCorpus));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &folder : {kRegressions, kCorpus})
            for (const QString &file : inputsIn(folder))
                QTest::newRow(qPrintable(QDir(folder).dirName() + '/' + QFileInfo(file).fileName())) << file;
    }
    void replay()
    {
        QFETCH(QString, file);
        QVERIFY(QFile::exists(file));
        const fuzzing::StepsOutcome outcome = fuzzing::runLoaderSteps(contents(file), file);
        QVERIFY2(outcome.violation.isEmpty(), qPrintable(outcome.violation));
    }

    void seedsLoadAsNamed_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : inputsIn(kCorpus))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void seedsLoadAsNamed()
    {
        // Seeds named bad-* must be refused; every other seed must load, so the
        // fuzzer starts from valid scenarios as well as broken ones.
        QFETCH(QString, file);
        const bool broken = QFileInfo(file).fileName().startsWith(QLatin1String("bad-"));
        LoadError error;
        const bool loaded = loadScenario(file, &error).has_value();
        QVERIFY2(loaded != broken, qPrintable(loaded ? QStringLiteral("loaded") : error.toString()));
        if (!loaded)
            QVERIFY2(error.toString().startsWith(file), qPrintable(error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
