// Crash recovery, with a real crash: this test runs a copy of itself as the
// editor, lets it autosave an edit, kills it with SIGKILL (as kill -9 would)
// and checks that the next window finds the lock it left, offers the copy,
// and restores exactly what the killed window showed.
#include "commands/addcomponentcommand.h"
#include "commands/moveitemscommand.h"
#include "document/scenariodocument.h"
#include "guisupport.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "../filesizelimit.h"
#include "window/autosaver.h"
#include "window/filecontroller.h"
#include "window/mainwindow.h"
#include "window/recoverystore.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace scalescope;

namespace {

const char *kChildFlag = "--crash-child";

void setUpApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScaleScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ScaleScope-tests"));
    initScaleScopeResources();
}

// The session that will crash: opens the file, edits it at stage 1, waits
// for its autosave, writes what it shows, says "ready", and waits to die.
int runChild(const QString &recoveryDir, const QString &file, const QString &expectedOut)
{
    MainWindow window(WindowOptions{recoveryDir, 10});
    if (!window.files()->openFile(file))
        return 2;
    ScenarioDocument *doc = window.document();
    doc->setStage(1);
    pushEdit(doc, new AddComponentCommand(doc, QStringLiteral("sqs"), Point{900, 200}));
    Moves moves;
    moves.components.insert(QStringLiteral("users"), Point{-40, 260});
    pushEdit(doc, new MoveItemsCommand(doc, moves));
    // The autosave timer, as in real use (no direct call).
    while (!window.recovery()->hasCopy())
        QTest::qWait(5);
    QFile expected(expectedOut);
    if (!expected.open(QIODevice::WriteOnly))
        return 3;
    expected.write(serializeScenario(doc->scenario()));
    expected.close();
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;)
        QTest::qWait(1000);
}

// Answers the next modal message boxes in turn, one button (by its text)
// each, and keeps what each said.
class AnswerInTurn : public QObject {
public:
    explicit AnswerInTurn(QStringList buttons) : m_buttons(std::move(buttons))
    {
        QTimer::singleShot(0, this, &AnswerInTurn::poll);
    }
    QStringList texts() const { return m_texts; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        // A box not answered yet: the last one answered is gone or another.
        if (box && box != m_last.data() && !m_buttons.isEmpty()) {
            m_last = box;
            m_texts << box->windowTitle() + QLatin1Char('\n') + box->text();
            const QString wanted = m_buttons.takeFirst();
            QAbstractButton *chosen = nullptr;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == wanted || (wanted == QLatin1String("OK") && box->buttonRole(b) == QMessageBox::AcceptRole))
                    chosen = b;
            if (chosen)
                chosen->click();
            else
                box->reject();
        }
        if (!m_buttons.isEmpty() && ++m_tries < 100000)
            QTimer::singleShot(1, this, &AnswerInTurn::poll);
    }

    QStringList m_buttons;
    QStringList m_texts;
    QPointer<QMessageBox> m_last;
    int m_tries = 0;
};

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void crashThenRestore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        const QString file = dir.filePath(QStringLiteral("three-tier.json"));
        QVERIFY(QFile::copy(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), file));
        const QByteArray original = readAll(file);
        const QString expectedPath = dir.filePath(QStringLiteral("expected.json"));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kChildFlag), recovery, file, expectedPath});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!said.contains("ready") && child.state() == QProcess::Running && child.waitForReadyRead(60000))
            said += child.readAllStandardOutput();
        QVERIFY2(said.contains("ready"), said.constData());
        child.kill(); // SIGKILL: no destructor, no cleanup
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // What a kill -9 leaves: the lock and the copy.
        const QStringList left = QDir(recovery).entryList(QDir::Files);
        QVERIFY2(left.filter(QStringLiteral(".lock")).size() == 1, qPrintable(left.join(u' ')));
        QVERIFY2(left.filter(QStringLiteral(".meta.json")).size() == 1, qPrintable(left.join(u' ')));
        QCOMPARE(readAll(file), original); // the user's file untouched

        MainWindow window(WindowOptions{recovery, 10});
        const QList<RecoveredSession> found = window.recovery()->orphans();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().meta.originalFile, QFileInfo(file).absoluteFilePath());
        QCOMPARE(found.front().meta.stage, 1);
        QVERIFY(window.restoreRecovery(found.front()));

        // Exactly what the killed window showed, at the same stage, unsaved.
        QCOMPARE(serializeScenario(window.document()->scenario()), readAll(expectedPath));
        QCOMPARE(window.document()->stage(), 1);
        QVERIFY(window.document()->component(QStringLiteral("sqs")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.files()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(window.windowTitle(), QStringLiteral("three-tier.json[*] — ScaleScope"));
        // The old copy gave way to this session's own.
        QVERIFY(window.recovery()->orphans().isEmpty());
        QVERIFY(window.recovery()->hasCopy());

        // Saving writes the recovered work to the original file and ends recovery.
        QVERIFY(window.files()->save());
        QCOMPARE(readAll(file), readAll(expectedPath));
        QVERIFY(!window.recovery()->hasCopy());
    }

    void theOfferNamesATitledScenarioByItsTitle()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        const QString title = QStringLiteral("Shop checkout for the sale");
        leaveCrashedSession(recovery, QStringLiteral("s3"), title);
        MainWindow window(WindowOptions{recovery, 10});
        test::MessageBoxAnswer answer(QStringLiteral("Discard"));
        QVERIFY(!window.offerRecovery());
        QVERIFY(answer.shown());
        QVERIFY2(answer.text().contains(title), qPrintable(answer.text()));
        QVERIFY(!answer.text().contains(QStringLiteral("untitled")));
    }

    void startupOffersToRestoreOrDiscard()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        // Two leftovers, as two crashed sessions would leave them.
        for (int i = 0; i < 2; ++i)
            leaveCrashedSession(recovery, QStringLiteral("s3"));
        MainWindow window(WindowOptions{recovery, 10});
        QCOMPARE(window.recovery()->orphans().size(), 2);
        {
            test::MessageBoxAnswer answer(QStringLiteral("Discard"));
            QVERIFY(!window.offerRecovery());
            QVERIFY(answer.shown());
            QVERIFY(answer.text().contains(QStringLiteral("untitled")));
        }
        QCOMPARE(window.recovery()->orphans().size(), 1);
        {
            test::MessageBoxAnswer answer(QStringLiteral("Not now"));
            QVERIFY(!window.offerRecovery());
        }
        QCOMPARE(window.recovery()->orphans().size(), 1); // kept for next time
        {
            test::MessageBoxAnswer answer(QStringLiteral("Restore"));
            QVERIFY(window.offerRecovery());
        }
        QVERIFY(window.document()->component(QStringLiteral("s3")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.files()->filePath(), QString());
        QVERIFY(window.recovery()->orphans().isEmpty());
        window.document()->undoStack()->setClean();
    }

    void aLiveSessionIsNotAnOrphan()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        RecoveryStore running(recovery);
        QVERIFY(running.isLocked());
        Scenario s;
        QVERIFY(running.write(s, RecoveryMeta{}, nullptr));
        RecoveryStore another(recovery);
        QVERIFY(another.orphans().isEmpty());
    }

    void aCleanExitLeavesNothing()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        {
            MainWindow window(WindowOptions{recovery, 10});
            window.document()->setScenario(Scenario{});
            pushEdit(window.document(), new AddComponentCommand(window.document(), QStringLiteral("s3"), Point{}));
            QVERIFY(window.autosaver()->saveNow());
            QVERIFY(window.recovery()->hasCopy());
            window.document()->undoStack()->setClean(); // as after a save
            QVERIFY(!window.recovery()->hasCopy());
        }
        QCOMPARE(QDir(recovery).entryList(QDir::Files), QStringList());
    }

    // A copy that cannot be restored is said so, then set aside (kept,
    // named) and never offered again; the older good copy behind it is.
    void anUnrestorableCopyIsSetAside()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        const QString good = leaveCrashedSession(recovery, QStringLiteral("s3"));
        const QString bad = leaveCrashedSession(recovery, QStringLiteral("sqs"));
        QVERIFY(!good.isEmpty() && !bad.isEmpty());
        const QByteArray garbage = "{\"format\": \"scalescope-scenario\", \"version\": 1, \"base\": {\"compo";
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        badFile.write(garbage);
        badFile.close();
        // The bad copy is the newer one.
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::ReadWrite));
        QVERIFY(goodFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        goodFile.close();

        MainWindow window(WindowOptions{recovery, 60000});
        QCOMPARE(window.recovery()->orphans().front().dataPath, QFileInfo(bad).absoluteFilePath());
        {
            AnswerInTurn answers({QStringLiteral("Restore"), QStringLiteral("OK"), QStringLiteral("Restore")});
            QVERIFY(window.offerRecovery());
            QCOMPARE(answers.texts().size(), 3);
            QVERIFY2(answers.texts()[1].contains(QStringLiteral("Cannot restore")), qPrintable(answers.texts()[1]));
            QVERIFY2(answers.texts()[1].contains(QStringLiteral("unrestorable")), qPrintable(answers.texts()[1]));
        }
        QVERIFY(window.document()->component(QStringLiteral("s3")));
        // Kept, under a name that says when it was written; offered no more.
        const QDir aside(recovery + QStringLiteral("/unrestorable"));
        const QStringList kept = aside.entryList({QStringLiteral("recovery-*.json")}, QDir::Files);
        QCOMPARE(kept.filter(QStringLiteral(".meta.json")).size(), 1);
        QVERIFY2(kept.size() == 2, qPrintable(kept.join(u' ')));
        const QString keptData = kept.filter(QRegularExpression(QStringLiteral("^recovery-[^.]*\\.json$"))).value(0);
        QCOMPARE(readAll(aside.filePath(keptData)), garbage);
        QVERIFY(window.recovery()->orphans().isEmpty());
        MainWindow next(WindowOptions{recovery, 60000});
        QVERIFY(next.recovery()->orphans().isEmpty()); // `window` is alive; the bad copy is offered no more
        window.document()->undoStack()->setClean();
    }

    // The first change is copied within moments, not after the interval;
    // changes right after it wait for the interval (coalesced).
    void theFirstChangeIsCopiedSoon()
    {
        QTemporaryDir dir;
        MainWindow window(WindowOptions{dir.filePath(QStringLiteral("recovery")), 3600 * 1000});
        window.document()->setScenario(Scenario{});
        pushEdit(window.document(), new AddComponentCommand(window.document(), QStringLiteral("s3"), Point{}));
        QVERIFY(window.autosaver()->isPending());
        // An hour's interval: only the quick first write can make this copy.
        QTRY_VERIFY_WITH_TIMEOUT(window.recovery()->hasCopy(), 60000);
        const QByteArray first = readAll(window.recovery()->dataPath());
        pushEdit(window.document(), new AddComponentCommand(window.document(), QStringLiteral("sqs"), Point{200, 0}));
        QVERIFY(window.autosaver()->isPending());
        QCOMPARE(readAll(window.recovery()->dataPath()), first); // coalesced: not yet written
        QVERIFY(window.autosaver()->saveNow());
        QVERIFY(readAll(window.recovery()->dataPath()).contains("sqs"));
        window.document()->undoStack()->setClean();
    }

    // The recovery copy is written as a document is: a failed write keeps
    // the previous copy whole.
    void aFailedRecoveryWriteKeepsThePreviousCopy()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        ScenarioDocument doc;
        pushEdit(&doc, new AddComponentCommand(&doc, QStringLiteral("s3"), Point{}));
        QVERIFY(store.write(doc.scenario(), RecoveryMeta{}, nullptr));
        const QByteArray before = readAll(store.dataPath());
        for (int i = 0; i < 200; ++i)
            pushEdit(&doc, new AddComponentCommand(&doc, QStringLiteral("s3"), Point{100.0 * (i + 1), 0}));
        QString error;
        {
            test::FileSizeLimit limit(rlim_t(before.size()));
            QVERIFY(limit.ok());
            QVERIFY(!store.write(doc.scenario(), RecoveryMeta{}, &error));
        }
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(store.dataPath()), before);
    }

private:
    // A session that died: its copy is written and its lock made stale by
    // naming a process that no longer runs.
    static QString leaveCrashedSession(const QString &recovery, const QString &kind, const QString &title = {})
    {
        QString result;
        leaveCrashedSessionInto(recovery, kind, title, result);
        return result;
    }

    static void leaveCrashedSessionInto(const QString &recovery, const QString &kind, const QString &title,
                                        QString &dataPath)
    {
        QProcess done;
        done.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(done.waitForStarted());
        const qint64 deadPid = done.processId(); // while it runs: 0 once it ended
        QVERIFY(deadPid > 0);
        QVERIFY(done.waitForFinished());
        auto store = std::make_unique<RecoveryStore>(recovery);
        ScenarioDocument doc;
        pushEdit(&doc, new AddComponentCommand(&doc, kind, Point{}));
        Scenario scenario = doc.scenario();
        scenario.title = title;
        QVERIFY(store->write(scenario, RecoveryMeta{}, nullptr));
        const QString lock = store->lockPath();
        const QString data = store->dataPath();
        const QString meta = QString(data).replace(QStringLiteral(".json"), QStringLiteral(".meta.json"));
        // Keep the files the store would remove when it goes.
        QVERIFY(QFile::copy(data, data + QStringLiteral(".keep")));
        QVERIFY(QFile::copy(meta, meta + QStringLiteral(".keep")));
        store.reset();
        QVERIFY(QFile::rename(data + QStringLiteral(".keep"), data));
        QVERIFY(QFile::rename(meta + QStringLiteral(".keep"), meta));
        QFile lockFile(lock);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(deadPid) + "\nScaleScope-tests\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        dataPath = data;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setUpApplication();
    if (argc == 5 && QByteArray(argv[1]) == kChildFlag)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
