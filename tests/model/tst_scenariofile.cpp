// Scenario files: serialize -> parse gives back the same document, for a
// scenario that uses every edit, every parameter type, shares, nested groups
// and stage user ranges, and for every shipped scenario; saving is atomic.
#include "scenariofile.h"

#include "workload.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace scalescope;

namespace {

Component component(const QString &id, const QString &kind, const QString &group, Point at, const ParamMap &params = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.label = id.toUpper();
    c.group = group;
    c.position = at;
    c.params = params;
    return c;
}

Group group(const QString &id, const QString &kind, const QString &parent, Rect rect, const ParamMap &params = {})
{
    Group g;
    g.id = id;
    g.kind = kind;
    g.label = QStringLiteral("Group %1").arg(id);
    g.parent = parent;
    g.rect = rect;
    g.params = params;
    return g;
}

// Values chosen to catch lossy number formatting: 1/3, 0.1 + 0.2, tiny and
// negative coordinates; text with quotes, newlines and non-ASCII.
Scenario rich()
{
    Scenario s;
    s.title = QStringLiteral("Round trip \"everything\" — ünïcödé");
    s.description = QStringLiteral("Line one\nline two\ttabbed");
    Architecture &a = s.base;
    a.workload = defaultWorkload();
    a.workload.users = 2500;
    a.workload.minutesPerDailyUser = 12.3456789;
    a.workload.writeShare = 1.0 / 3.0;
    a.groups = {group("region", "region", {}, {0, 0, 1000, 800}),
                group("vpc", "vpc", "region", {10.5, 20.25, 900, 700}),
                group("az-a", "availability-zone", "vpc", {20, 30, 400, 600}),
                group("az-b", "availability-zone", "vpc", {440, 30, 400, 600}),
                group("asg", "auto-scaling-group", "az-a", {30, 40, 200, 200},
                      {{"minSize", 2.0}, {"maxSize", 8.0}, {"targetCpu", 0.6}})};
    a.components = {
        component("users", "users", {}, {-1234.5678, 1e-7}),
        component("dns", "route53", {}, {0.1 + 0.2, 100}),
        component("lb", "alb", "vpc", {200, 100}),
        component("web", "ec2", "asg", {300, 100},
                  {{"instanceType", QStringLiteral("m5.xlarge")}, {"count", 3.0},
                   {"requestServiceTimeMs", 7.25}, {"localDatabase", false}}),
        component("cache", "elasticache", "az-a", {400, 200},
                  {{"nodeType", QStringLiteral("cache.r5.large")}, {"nodes", 2.0}, {"hitRatio", 0.85},
                   {"sessionStore", true}}),
        component("db", "rds", "az-a", {500, 100}, {{"multiAz", true}, {"shards", 2.0}}),
        component("static", "s3", {}, {600, 0}),
    };
    a.connections = {{"users", "dns", {}}, {"dns", "lb", {}}, {"lb", "web", {}}, {"web", "cache", {}},
                     {"web", "db", 1.0 / 3.0}, {"cache", "db", {}}, {"users", "static", 1.0}};

    Stage replica;
    replica.title = "A replica in the second zone";
    replica.narrative = "Reads outgrew the primary.";
    replica.usersFrom = 1000;
    replica.usersTo = 2.5e6;
    replica.edits = {
        AddComponent{component("replica", "rds-replica", "az-b", {500, 300}, {{"instanceType", QStringLiteral("db.r5.large")}})},
        AddConnection{{"db", "replica", 0.5}},
        ChangeConnection{"web", "db", std::nullopt},
        ChangeComponent{"web", QStringLiteral("Web tier"), QStringLiteral("az-a"), Point{310.125, -5},
                        {{"count", 4.0}, {"instanceType", QStringLiteral("m5.2xlarge")}}, {"requestServiceTimeMs"}},
        ChangeWorkload{{{"dailyActiveShare", 0.07}, {"writeShare", 0.125}}},
    };
    Stage regroup;
    regroup.title = "Regroup";
    regroup.usersFrom = 0;
    regroup.usersTo = 1e9;
    regroup.edits = {
        AddGroup{group("asg-b", "auto-scaling-group", "az-b", {450, 40, 200, 200}, {{"minSize", 1.0}})},
        ChangeGroup{"asg", QStringLiteral("Scaling group"), QStringLiteral("region"), Rect{1, 2, 3, 4},
                    {{"maxSize", 12.0}}, {"targetCpu"}},
        ChangeConnection{"db", "replica", 0.25},
        RemoveConnection{"web", "cache"},
        RemoveComponent{"cache"},
        RemoveGroup{"az-a"},
        ChangeComponent{"static", std::nullopt, QString(), std::nullopt, {}, {}}, // out of every group
        ChangeProfile{TrafficProfile{QStringLiteral("a \"day\""), {{0, 1.0 / 3.0}, {720.5, 2.5}, {1440, 0.1 + 0.2}}}},
    };
    Stage quiet;
    quiet.title = "Nothing changes"; // no narrative, no range, no edits
    s.stages = {replica, regroup, quiet};
    return s;
}

struct ChildResult {
    int exitCode = -1;
    QString message;
};

// saveScenario in a child process that has no right to write into a
// read-only directory: root ignores directory permissions, so the child
// drops to 'nobody' when it runs as root.
ChildResult saveUnprivileged(const Scenario &s, const QString &path)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        QString error;
        const bool ok = saveScenario(s, path, &error);
        const QByteArray m = error.toUtf8();
        const ssize_t written = write(fds[1], m.constData(), size_t(m.size()));
        _exit(ok ? 0 : written >= 0 ? 1 : 4);
    }
    close(fds[1]);
    ChildResult result;
    QByteArray message;
    char buffer[512];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, n);
    close(fds[0]);
    int status = 0;
    if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    result.message = QString::fromUtf8(message);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT
private slots:
    void richScenarioCoversTheFormat()
    {
        const Scenario s = rich();
        const Catalog &cat = Catalog::builtin();
        QSet<int> types;
        auto collect = [&](const KindSpec *kind, const ParamMap &params) {
            QVERIFY(kind);
            for (auto it = params.begin(); it != params.end(); ++it)
                types.insert(int(kind->param(it.key())->type));
        };
        for (const Component &c : s.base.components)
            collect(cat.kind(c.kind), c.params);
        for (const Group &g : s.base.groups)
            collect(cat.groupKind(g.kind), g.params);
        QCOMPARE(types, (QSet<int>{int(ParamType::Number), int(ParamType::Integer), int(ParamType::Flag),
                                   int(ParamType::Choice)}));
        QSet<size_t> ops;
        for (const Stage &st : s.stages)
            for (const Edit &e : st.edits)
                ops.insert(e.index());
        QCOMPARE(size_t(ops.size()), std::variant_size_v<Edit>);
    }

    void roundTrip()
    {
        const Scenario s = rich();
        const QByteArray bytes = serializeScenario(s);
        LoadError error;
        const std::optional<Scenario> back = parseScenario(bytes, "rich.json", &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == s);
        QCOMPARE(serializeScenario(*back), bytes); // stable
    }

    void shippedScenariosRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SCALESCOPE_SCENARIOS));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void shippedScenariosRoundTrip()
    {
        QFETCH(QString, file);
        LoadError error;
        const std::optional<Scenario> s = loadScenario(file, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        const QByteArray bytes = serializeScenario(*s);
        const std::optional<Scenario> back = parseScenario(bytes, file, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == *s);
        QCOMPARE(serializeScenario(*back), bytes);
    }

    void saveThenLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("scenario.json");
        QString error;
        QVERIFY2(saveScenario(rich(), path, &error), qPrintable(error));
        LoadError loadError;
        const std::optional<Scenario> back = loadScenario(path, &loadError);
        QVERIFY2(back, qPrintable(loadError.toString()));
        QVERIFY(*back == rich());
    }

    void saveReplacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("scenario.json");
        QString error;
        Scenario first = rich();
        first.title = "First";
        QVERIFY2(saveScenario(first, path, &error), qPrintable(error));
        const Scenario second = rich();
        QVERIFY2(saveScenario(second, path, &error), qPrintable(error));
        QCOMPARE(readAll(path), serializeScenario(second));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"scenario.json"}); // no temporaries left
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Everyone may enter the directory and write the old file itself; only
        // the directory, where the new file would be created, is read-only.
        const QString readOnly = dir.filePath("read-only");
        QVERIFY(QDir().mkdir(readOnly));
        const QString path = readOnly + QStringLiteral("/scenario.json");
        Scenario old = rich();
        old.title = "Old";
        QString error;
        QVERIFY2(saveScenario(old, path, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        QCOMPARE(chmod(QFile::encodeName(path).constData(), 0666), 0);
        QCOMPARE(chmod(QFile::encodeName(readOnly).constData(), 0555), 0);
        QCOMPARE(chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);

        const ChildResult child = saveUnprivileged(rich(), path);
        QCOMPARE(chmod(QFile::encodeName(readOnly).constData(), 0755), 0); // let the temporary dir go

        QCOMPARE(child.exitCode, 1); // saveScenario returned false
        QVERIFY2(child.message.contains(path), qPrintable(child.message));
        QVERIFY2(child.message.contains(QStringLiteral("cannot write")), qPrintable(child.message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(readOnly).entryList(QDir::Files), QStringList{"scenario.json"});
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
