// Bad scenario files: each row must fail to load with the file name, the
// exact JSON path and a message that names the problem; syntax errors also
// give the line and column (counted in characters, from 1).
#include "scenariofile.h"
#include "sizelimits.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace scalescope;

namespace {

// A valid scenario; rows replace one unique piece of it. Line numbers in the
// rows refer to this text (line 1 is the opening brace).
const QByteArray kTemplate = R"({
  "format": "scalescope-scenario",
  "version": 1,
  "title": "Café",
  "workload": {"peakOnlineShare": 0.1},
  "base": {
    "components": [
      {"id": "users", "kind": "users", "x": 0, "y": 0},
      {"id": "web", "kind": "ec2", "group": "az", "x": 100, "y": 0, "params": {"instanceType": "m5.large", "count": 2}},
      {"id": "db", "kind": "rds", "group": "az", "x": 200, "y": 0, "params": {"multiAz": false}},
      {"id": "files", "kind": "s3", "x": 300, "y": 0}
    ],
    "connections": [
      {"from": "users", "to": "web"},
      {"from": "web", "to": "db"},
      {"from": "users", "to": "files"}
    ],
    "groups": [
      {"id": "region", "kind": "region"},
      {"id": "az", "kind": "availability-zone", "parent": "region"}
    ]
  },
  "stages": [
    {"title": "Bigger", "users": [1000, 5000], "edits": [
      {"op": "change-component", "id": "web", "set": {"count": 4}}
    ]}
  ]
}
)";

const QByteArray kEdit = R"({"op": "change-component", "id": "web", "set": {"count": 4}})";

// The template with one piece replaced; the piece must occur exactly once.
QByteArray with(const QByteArray &from, const QByteArray &to)
{
    if (kTemplate.count(from) != 1)
        qFatal("test fixture: '%s' is not unique in the template", from.constData());
    return QByteArray(kTemplate).replace(from, to);
}

QByteArray small(const QByteArray &rest)
{
    return R"({"format": "scalescope-scenario", "version": 1, )" + rest + '}';
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// The component ids of a cycle message ("... a -> b -> c -> a"), without the
// repeated first one.
QStringList cycleIn(const QString &message)
{
    QStringList ids = message.mid(message.lastIndexOf(':') + 1).split(QStringLiteral("->"));
    for (QString &id : ids)
        id = id.trimmed();
    if (ids.size() < 2 || ids.front() != ids.back())
        return {};
    ids.removeLast();
    return ids;
}

// True when `ids` is `expected` read from some starting point, in order.
bool isRotation(const QStringList &ids, const QStringList &expected)
{
    if (ids.size() != expected.size())
        return false;
    for (qsizetype start = 0; start < ids.size(); ++start) {
        bool same = true;
        for (qsizetype i = 0; i < ids.size(); ++i)
            same = same && ids[(start + i) % ids.size()] == expected[i];
        if (same)
            return true;
    }
    return false;
}

void addColumns()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
}

void row(const char *name, const QByteArray &bytes, const char *path, const char *keyword, int line = 0, int column = 0)
{
    QTest::newRow(name) << bytes << QString::fromUtf8(path) << QString::fromUtf8(keyword) << line << column;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private:
    // Parses bytes that must fail; checks file, path, message and position.
    void expectFailure(const QByteArray &bytes, const QString &path, const QString &keyword, int line, int column)
    {
        LoadError error;
        const std::optional<Scenario> s = parseScenario(bytes, QStringLiteral("row.json"), &error);
        QVERIFY2(!s, "the bad input was accepted");
        QCOMPARE(error.file, QStringLiteral("row.json"));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(keyword), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.toString().startsWith(QStringLiteral("row.json")));
    }

private slots:
    void templateIsValid()
    {
        LoadError error;
        QVERIFY2(parseScenario(kTemplate, "row.json", &error), qPrintable(error.toString()));
    }

    void syntax_data()
    {
        addColumns();
        // Line 5 is '  "workload": {"peakOnlineShare": NaN},': the N is character 35.
        row("NaN", with("0.1}", "NaN}"), "", "malformed JSON", 5, 35);
        // Line 9: the value of "x" starts at character 56.
        row("Infinity", with("\"x\": 100,", "\"x\": Infinity,"), "", "malformed JSON", 9, 56);
        // Line 10: 1e400 fills characters 65-69; the parser stops after it, at 70.
        row("1e400", with("\"x\": 200, \"y\": 0", "\"x\": 200, \"y\": 1e400"), "", "malformed JSON", 10, 70);
        // Line 4: '  "title": "Café" "description"': the unexpected quote is character
        // 19 (é is one character, two bytes); the parser stops just past it, at 20.
        row("missing comma", with("\"Café\",", "\"Café\" \"description\": \"x\","), "", "malformed JSON", 4, 20);
        // Line 4: '  "title": "Café \xff"': the bad byte is character 18.
        row("invalid UTF-8", with("\"Café\",", "\"Café \xff\","), "", "malformed JSON", 4, 18);
        // Cut after line 14's '      {"from": "users", "to": "web"}' (36 characters).
        row("truncated", kTemplate.left(kTemplate.indexOf(",\n      {\"from\": \"web\"")), "", "malformed JSON", 14, 37);
        // The root object is level 1, so 1024 brackets make level 1025. Line 4:
        // '  "title": "Café", "deep": ' is 27 characters; the 1024th bracket is
        // character 27 + 1024 = 1051 and the parser stops just past it.
        row("1025 levels deep", with("\"Café\",", "\"Café\", \"deep\": " + nested(1024) + ','), "", "deeply nested", 4, 1052);
        row("top-level array", "[1, 2]", "", "expected a JSON object");
        row("empty file", "", "", "empty");
        row("only white space", " \n\t\n ", "", "empty");
    }
    void syntax()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(QString, keyword);
        QFETCH(int, line);
        QFETCH(int, column);
        expectFailure(bytes, path, keyword, line, column);
    }

    void document_data()
    {
        addColumns();
        row("format missing", with("\"format\": \"scalescope-scenario\",\n", ""), "format", "not a ScaleScope scenario");
        row("another format", with("\"scalescope-scenario\"", "\"scalescope-catalog\""), "format", "not a ScaleScope scenario");
        row("format not a string", with("\"scalescope-scenario\"", "7"), "format", "not a ScaleScope scenario");
        row("newer version", with("\"version\": 1", "\"version\": " + QByteArray::number(kScenarioVersion + 1)), "version", "newer");
        row("version past 2^63", with("\"version\": 1", "\"version\": 1e19"), "version", "newer");
        row("version as text", with("\"version\": 1", "\"version\": \"1\""), "version", "whole version number");
        row("fractional version", with("\"version\": 1", "\"version\": 1.5"), "version", "whole version number");
        row("version missing", with("\"version\": 1,\n", ""), "version", "whole version number");
        row("version 0", with("\"version\": 1", "\"version\": 0"), "version", "unknown version");
        row("workload not an object", with("{\"peakOnlineShare\": 0.1}", "[0.1]"), "workload", "expected an object");
        row("unknown workload field", with("\"peakOnlineShare\"", "\"dau\""), "workload.dau", "unknown workload field");
        row("negative workload figure", with("0.1}", "-0.1}"), "workload.peakOnlineShare", "outside");
        row("workload figure as text", with("0.1}", "\"10%\"}"), "workload.peakOnlineShare", "expected a number");
        row("base missing", small(R"("title": "t")"), "base", "expected an object, found nothing");
        row("base not an object", small(R"("base": [])"), "base", "expected an object");
        row("unknown base field", small(R"("base": {"nodes": []})"), "base.nodes", "unknown field");
        row("components not an array", small(R"("base": {"components": {}})"), "base.components", "expected an array");
        row("component not an object", small(R"("base": {"components": ["users"]})"), "base.components[0]", "expected an object");
        row("stages not an array", small(R"("base": {}, "stages": {})"), "stages", "expected an array");
        row("stage not an object", with("\"stages\": [", "\"stages\": [7, "), "stages[0]", "expected an object");
    }
    void document() { syntax(); }

    void components_data()
    {
        addColumns();
        row("id missing", with("{\"id\": \"users\", ", "{"), "base.components[0].id", "missing");
        row("empty id", with("\"id\": \"users\"", "\"id\": \"\""), "base.components[0].id", "1 to 200 characters");
        row("201-character id", with("\"id\": \"files\"", "\"id\": \"" + QByteArray(201, 'f') + '"'),
            "base.components[3].id", "1 to 200 characters");
        row("kind not a string", with("\"kind\": \"users\"", "\"kind\": 7"), "base.components[0].kind", "expected a string");
        row("unknown kind", with("\"kind\": \"ec2\"", "\"kind\": \"ec9\""), "base.components[1].kind", "unknown kind 'ec9'");
        row("unknown field", with("\"kind\": \"s3\",", "\"kind\": \"s3\", \"colour\": \"red\","), "base.components[3].colour", "unknown field");
        row("unknown parameter", with("\"count\": 2", "\"cores\": 2"), "base.components[1].params.cores", "no parameter 'cores'");
        row("parameter below its range", with("\"count\": 2", "\"count\": 0"), "base.components[1].params.count", "outside");
        row("negative parameter", with("\"count\": 2", "\"count\": -2"), "base.components[1].params.count", "outside");
        row("integer past 2^53", with("\"count\": 2", "\"count\": 9007199254740993"), "base.components[1].params.count", "outside");
        row("non-integer for an integer", with("\"count\": 2", "\"count\": 2.5"), "base.components[1].params.count", "whole number");
        row("flag as text", with("false}", "\"no\"}"), "base.components[2].params.multiAz", "true or false");
        row("choice as a number", with("\"m5.large\"", "5"), "base.components[1].params.instanceType", "expected a string");
        row("unknown instance type", with("\"m5.large\"", "\"m5.huge\""), "base.components[1].params.instanceType",
            "'m5.huge' is not a known ec2 instance type");
        row("params not an object", with("{\"multiAz\": false}", "[false]"), "base.components[2].params", "expected an object");
        row("coordinate 1e308", with("\"x\": 200", "\"x\": 1e308"), "base.components[2].x", "outside");
        row("coordinate -1e308", with("\"x\": 300, \"y\": 0", "\"x\": 300, \"y\": -1e308"), "base.components[3].y", "outside");
        row("coordinate as text", with("\"x\": 0,", "\"x\": \"left\","), "base.components[0].x", "expected a number");
        row("duplicate component ids", with("{\"id\": \"files\"", "{\"id\": \"db\""), "base.components[3].id",
            "duplicate id 'db' (also components[2])");
        row("unknown group", with("\"group\": \"az\", \"x\": 200", "\"group\": \"zone-b\", \"x\": 200"), "base.components[2].group",
            "no group 'zone-b'");
    }
    void components() { syntax(); }

    void connections_data()
    {
        addColumns();
        row("dangling to", with("\"to\": \"db\"", "\"to\": \"cache\""), "base.connections[1].to", "no component 'cache'");
        row("dangling from", with("{\"from\": \"users\", \"to\": \"web\"}", "{\"from\": \"ghost\", \"to\": \"web\"}"),
            "base.connections[0].from", "no component 'ghost'");
        row("duplicate", with("{\"from\": \"web\", \"to\": \"db\"}", "{\"from\": \"web\", \"to\": \"db\"}, {\"from\": \"web\", \"to\": \"db\", \"share\": 0.5}"),
            "base.connections[2]", "duplicate connection web -> db");
        row("self", with("{\"from\": \"web\", \"to\": \"db\"}", "{\"from\": \"db\", \"to\": \"db\"}"), "base.connections[1]",
            "'db' is connected to itself");
        row("into Users", with("\"to\": \"db\"", "\"to\": \"users\""), "base.connections[1].to", "nothing may send traffic into 'users'");
        row("share above 1", with("\"to\": \"db\"", "\"to\": \"db\", \"share\": 1.5"), "base.connections[1].share", "outside");
        row("negative share", with("\"to\": \"db\"", "\"to\": \"db\", \"share\": -0.25"), "base.connections[1].share", "outside");
        row("share as text", with("\"to\": \"db\"", "\"to\": \"db\", \"share\": \"half\""), "base.connections[1].share", "expected a number");
        row("unknown field", with("\"to\": \"web\"", "\"to\": \"web\", \"via\": \"vpn\""), "base.connections[0].via", "unknown field");
        row("from missing", with("{\"from\": \"users\", \"to\": \"web\"}", "{\"to\": \"web\"}"), "base.connections[0].from", "missing");
    }
    void connections() { syntax(); }

    void cycleNamesItsComponentsInOrder()
    {
        // web -> db -> files -> web closes a ring.
        const QByteArray bytes = with("{\"from\": \"users\", \"to\": \"files\"}",
                                      "{\"from\": \"users\", \"to\": \"files\"}, {\"from\": \"db\", \"to\": \"files\"}, "
                                      "{\"from\": \"files\", \"to\": \"web\"}");
        LoadError error;
        QVERIFY(!parseScenario(bytes, "row.json", &error));
        QCOMPARE(error.file, QStringLiteral("row.json"));
        QCOMPARE(error.path, QStringLiteral("base.connections"));
        QVERIFY2(error.message.contains(QStringLiteral("cycle")), qPrintable(error.message));
        QVERIFY2(isRotation(cycleIn(error.message), {"web", "db", "files"}), qPrintable(error.message));
    }

    void groups_data()
    {
        addColumns();
        row("group id taken by a component", with("{\"id\": \"region\", \"kind\": \"region\"}", "{\"id\": \"db\", \"kind\": \"region\"}"),
            "base.groups[0].id", "duplicate id 'db'");
        row("duplicate group ids", with("{\"id\": \"az\",", "{\"id\": \"region\","), "base.groups[1].id", "duplicate id 'region'");
        row("unknown parent", with("\"parent\": \"region\"", "\"parent\": \"world\""), "base.groups[1].parent", "no group 'world'");
        row("group inside itself", with("\"parent\": \"region\"", "\"parent\": \"az\""), "base.groups[1].parent",
            "group 'az' is inside itself");
        row("two groups inside each other", with("\"kind\": \"region\"}", "\"kind\": \"region\", \"parent\": \"az\"}"),
            "base.groups[0].parent", "group 'region' is inside itself");
        row("unknown group kind", with("\"kind\": \"region\"}", "\"kind\": \"continent\"}"), "base.groups[0].kind",
            "unknown group kind 'continent'");
        row("unknown group parameter", with("\"kind\": \"region\"}", "\"kind\": \"region\", \"params\": {\"size\": 1}}"),
            "base.groups[0].params.size", "no parameter 'size'");
        row("negative width", with("\"kind\": \"region\"}", "\"kind\": \"region\", \"width\": -5}"), "base.groups[0].width", "outside");
    }
    void groups() { syntax(); }

    void stages_data()
    {
        addColumns();
        row("title missing", with("{\"title\": \"Bigger\", ", "{"), "stages[0].title", "missing");
        row("unknown stage field", with("\"title\": \"Bigger\",", "\"title\": \"Bigger\", \"when\": \"soon\","), "stages[0].when", "unknown field");
        row("users not a pair", with("[1000, 5000]", "[1000]"), "stages[0].users", "expected [from, to]");
        row("users not an array", with("[1000, 5000]", "\"many\""), "stages[0].users", "expected an array");
        row("users reversed", with("[1000, 5000]", "[5000, 1000]"), "stages[0].users[1]", "outside");
        row("negative users", with("[1000, 5000]", "[-1, 5000]"), "stages[0].users[0]", "outside");
        row("edits not an array", small(R"("base": {}, "stages": [{"title": "t", "edits": 3}])"), "stages[0].edits", "expected an array");
        row("op missing", with(kEdit, R"({"id": "web", "set": {"count": 4}})"), "stages[0].edits[0].op", "missing");
        row("unknown op", with("\"change-component\"", "\"rename-component\""), "stages[0].edits[0].op", "unknown edit 'rename-component'");
        row("unknown edit field", with("{\"count\": 4}}", "{\"count\": 4}, \"colour\": \"red\"}"), "stages[0].edits[0].colour", "unknown field");
        row("change a missing component", with("\"id\": \"web\", \"set\"", "\"id\": \"ghost\", \"set\""), "stages[0].edits[0].id",
            "no component 'ghost' at this stage");
        row("remove a missing component", with(kEdit, R"({"op": "remove-component", "id": "ghost"})"), "stages[0].edits[0]",
            "no component 'ghost' at this stage");
        row("remove a missing connection", with(kEdit, R"({"op": "remove-connection", "from": "db", "to": "web"})"),
            "stages[0].edits[0]", "no connection 'db -> web' at this stage");
        row("change a missing group", with(kEdit, R"({"op": "change-group", "id": "zone-b", "label": "B"})"), "stages[0].edits[0].id",
            "no group 'zone-b' at this stage");
        row("add a taken id", with(kEdit, R"({"op": "add-component", "component": {"id": "db", "kind": "rds"}})"), "stages[0].edits[0]",
            "id 'db' is already taken");
        row("add a duplicate connection", with(kEdit, R"({"op": "add-connection", "from": "web", "to": "db"})"), "stages[0].edits[0]",
            "duplicate connection web -> db");
        row("add a component of an unknown kind", with(kEdit, R"({"op": "add-component", "component": {"id": "q", "kind": "kafka"}})"),
            "stages[0].edits[0].component.kind", "unknown kind 'kafka'");
        row("set a parameter out of range", with("{\"count\": 4}", "{\"count\": 0}"), "stages[0].edits[0].set.count", "outside");
        row("set a parameter of another kind", with("{\"count\": 4}", "{\"multiAz\": true}"), "stages[0].edits[0].set.multiAz",
            "no parameter 'multiAz'");
        row("reset an unknown parameter", with("\"set\": {\"count\": 4}", "\"reset\": [\"cores\"]"), "stages[0].edits[0].reset[0]",
            "no parameter 'cores'");
        row("unknown workload field", with(kEdit, R"({"op": "set-workload", "set": {"dau": 1}})"), "stages[0].edits[0].set.dau",
            "unknown workload field");
        row("negative workload figure", with(kEdit, R"({"op": "set-workload", "set": {"peakOnlineShare": -1}})"),
            "stages[0].edits[0].set.peakOnlineShare", "outside");
        row("stage profile missing", with(kEdit, R"({"op": "set-profile"})"), "stages[0].edits[0].profile", "missing");
        row("stage profile minutes backwards", with(kEdit, R"({"op": "set-profile", "profile": {"points": [[0, 1], [900, 2], [600, 1]]}})"),
            "stages[0].edits[0].profile.points[2].minute", "minutes must increase");
        row("stage profile negative", with(kEdit, R"({"op": "set-profile", "profile": [[0, -1]]})"),
            "stages[0].edits[0].profile.points[0].multiple", "expected a number from 0");
        row("stage profile extra field", with(kEdit, R"({"op": "set-profile", "profile": [[0, 1]], "day": 2})"),
            "stages[0].edits[0].day", "unknown field");
    }
    void stages() { syntax(); }

    // A stage whose edits leave a broken architecture is refused with the
    // problem named; the path stays inside that stage.
    void stageBreaksTheArchitecture_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("cycle") << QByteArray(R"({"op": "add-connection", "from": "db", "to": "web"})") << "web -> db -> web";
        QTest::newRow("dangling") << QByteArray(R"({"op": "add-connection", "from": "web", "to": "ghost"})") << "no component 'ghost'";
        QTest::newRow("into Users") << QByteArray(R"({"op": "add-connection", "from": "db", "to": "users"})")
                                    << "nothing may send traffic into 'users'";
        QTest::newRow("group inside itself") << QByteArray(R"({"op": "change-group", "id": "region", "parent": "az"})")
                                             << "inside itself";
        QTest::newRow("member of a missing group") << QByteArray(R"({"op": "change-component", "id": "db", "group": "zone-b"})")
                                                   << "no group 'zone-b'";
    }
    void stageBreaksTheArchitecture()
    {
        QFETCH(QByteArray, edit);
        QFETCH(QString, keyword);
        LoadError error;
        QVERIFY(!parseScenario(with(kEdit, kEdit + ", " + edit), "row.json", &error));
        QCOMPARE(error.file, QStringLiteral("row.json"));
        QVERIFY2(error.path.startsWith(QStringLiteral("stages[0]")), qPrintable(error.path));
        QVERIFY2(error.message.contains(keyword), qPrintable(error.message));
    }

    // Refusals name components as a person knows them: by label, the id
    // only where there is no label (the template's users and files).
    void refusalsNameLabels_data()
    {
        QTest::addColumn<QByteArray>("connections");
        QTest::addColumn<QStringList>("ring");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("cycle") << QByteArray(R"({"from": "web", "to": "db"}, {"from": "db", "to": "web"})")
                               << QStringList{"Web server", "Database"} << QString();
        QTest::newRow("cycle through an unlabelled one")
            << QByteArray(R"({"from": "web", "to": "db"}, {"from": "db", "to": "files"}, {"from": "files", "to": "web"})")
            << QStringList{"Web server", "Database", "files"} << QString();
        QTest::newRow("duplicate") << QByteArray(R"({"from": "web", "to": "db"}, {"from": "web", "to": "db", "share": 0.5})")
                                   << QStringList() << "duplicate connection Web server -> Database";
        QTest::newRow("self") << QByteArray(R"({"from": "db", "to": "db"})") << QStringList()
                              << "'Database' is connected to itself";
    }
    void refusalsNameLabels()
    {
        QFETCH(QByteArray, connections);
        QFETCH(QStringList, ring);
        QFETCH(QString, keyword);
        QByteArray bytes = with(R"({"id": "web", "kind": "ec2")", R"({"id": "web", "label": "Web server", "kind": "ec2")");
        bytes.replace(R"({"id": "db", "kind": "rds")", R"({"id": "db", "label": "Database", "kind": "rds")");
        bytes.replace(R"({"from": "web", "to": "db"})", connections);
        LoadError error;
        QVERIFY(!parseScenario(bytes, "row.json", &error));
        if (!ring.isEmpty())
            QVERIFY2(isRotation(cycleIn(error.message), ring), qPrintable(error.message));
        else
            QVERIFY2(error.message.contains(keyword), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("'web'")) && !error.message.contains(QStringLiteral("-> db")),
                 qPrintable(error.message));
    }

    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown kind") << "unknown-kind.json" << "base.components[1].kind" << "unknown kind 'ec2-turbo'" << 0 << 0;
        QTest::newRow("dangling connection") << "dangling-connection.json" << "base.connections[1].to" << "no component 'db'" << 0 << 0;
        // Line 8: '      {"id": "web", "kind": "ec2" "label"': the unexpected quote
        // is character 35; the parser stops just past it.
        QTest::newRow("missing comma") << "missing-comma.json" << "" << "malformed JSON" << 8 << 36;
        // Line 4: '  "title": "Café \xff': the bad byte is character 18.
        QTest::newRow("invalid UTF-8") << "invalid-utf8.json" << "" << "malformed JSON" << 4 << 18;
        // Listed b, a, c; the ring runs a -> b -> c -> a.
        QTest::newRow("cycle") << "cycle.json" << "base.connections" << "cycle" << 0 << 0;
    }
    void files()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, keyword);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString name = QStringLiteral(SCALESCOPE_TEST_DATA "/bad/") + file;
        LoadError error;
        QVERIFY(!loadScenario(name, &error));
        QCOMPARE(error.file, name);
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(keyword), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        if (file == QLatin1String("cycle.json"))
            QVERIFY2(isRotation(cycleIn(error.message), {"a", "b", "c"}), qPrintable(error.message));
    }

    void byteOrderMarkIsAccepted()
    {
        const QString name = QStringLiteral(SCALESCOPE_TEST_DATA "/bom.json");
        LoadError error;
        const std::optional<Scenario> withBom = loadScenario(name, &error);
        QVERIFY2(withBom, qPrintable(error.toString()));
        QFile f(name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const std::optional<Scenario> without = parseScenario(bytes.mid(3), name, &error);
        QVERIFY(without);
        QVERIFY(*withBom == *without);
    }

    void sizeCap()
    {
        // Pad the title so the file is exactly at the cap, then one byte over.
        const QByteArray head = with("\"Café\"", "\"\"");
        const qsizetype padding = qsizetype(kMaxScenarioBytes) - head.size();
        QVERIFY(padding > 0);
        const QByteArray atCap = QByteArray(head).replace("\"title\": \"\"", "\"title\": \"" + QByteArray(padding, 'x') + '"');
        QCOMPARE(qint64(atCap.size()), kMaxScenarioBytes);
        LoadError error;
        QVERIFY2(parseScenario(atCap, "row.json", &error), qPrintable(error.toString()));
        expectFailure(atCap + ' ', "", QStringLiteral("larger than %1 MiB").arg(kMaxScenarioBytes >> 20), 0, 0);
    }

    void sizeCapOnLoad()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath("big.json");
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxScenarioBytes + 1)); // sparse: zeros, never read
        f.close();
        LoadError error;
        QVERIFY(!loadScenario(name, &error));
        QCOMPARE(error.file, name);
        QCOMPARE(error.path, QString());
        QVERIFY2(error.message.contains(QStringLiteral("larger than %1 MiB").arg(kMaxScenarioBytes >> 20)), qPrintable(error.message));
    }

    void largeArrays()
    {
        // As many components as allowed, the last repeating the first id.
        QByteArray list;
        for (qsizetype i = 0; i + 1 < kMaxComponents; ++i)
            list += "{\"id\": \"c" + QByteArray::number(i) + "\", \"kind\": \"s3\"},";
        expectFailure(small("\"base\": {\"components\": [" + list + R"({"id": "c0", "kind": "s3"}]})"),
                      QStringLiteral("base.components[%1].id").arg(kMaxComponents - 1),
                      "duplicate id 'c0' (also components[0])", 0, 0);
        // A stage's user range given as a million numbers.
        QByteArray numbers = "0";
        for (int i = 1; i < 1000000; ++i)
            numbers += ",0";
        expectFailure(small(R"("base": {}, "stages": [{"title": "t", "users": [)" + numbers + "]}]"), "stages[0].users",
                      "expected [from, to]", 0, 0);
    }

    void missingFile()
    {
        const QString name = QDir::temp().filePath("scalescope-no-such-file.json");
        LoadError error;
        QVERIFY(!loadScenario(name, &error));
        QCOMPARE(error.file, name);
        QCOMPARE(error.path, QString());
        QVERIFY2(error.message.contains(QStringLiteral("cannot open")), qPrintable(error.message));
    }

    void directory()
    {
        QTemporaryDir dir;
        LoadError error;
        QVERIFY(!loadScenario(dir.path(), &error));
        QCOMPARE(error.file, dir.path());
        QVERIFY2(error.message.contains(QStringLiteral("cannot open")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("directory")), qPrintable(error.message));
    }

#ifdef Q_OS_UNIX
    // A named pipe with no writer blocked the loader in open() for ever.
    void namedPipe()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath("f.json");
        QCOMPARE(::mkfifo(QFile::encodeName(name).constData(), 0600), 0);
        LoadError error;
        QVERIFY(!loadScenario(name, &error));
        QCOMPARE(error.file, name);
        QVERIFY2(error.message.contains(QStringLiteral("named pipe (FIFO)")), qPrintable(error.message));
    }

    // A device would be read as an endless or empty file.
    void device()
    {
        for (const char *name : {"/dev/zero", "/dev/null"}) {
            LoadError error;
            QVERIFY(!loadScenario(QString::fromLatin1(name), &error));
            QVERIFY2(error.message.contains(QStringLiteral("device")), qPrintable(error.message));
        }
    }
#endif

#ifdef Q_OS_LINUX
    // A regular file whose read fails (this one refuses reads at offset 0)
    // was reported as empty.
    void readError()
    {
        const QString name = QStringLiteral("/proc/self/mem");
        if (!QFile::exists(name))
            QSKIP("no /proc/self/mem here");
        LoadError error;
        QVERIFY(!loadScenario(name, &error));
        QVERIFY2(error.message.contains(QStringLiteral("cannot read")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("empty")), qPrintable(error.message));
    }
#endif

    // Every edit is charged a whole check of the architecture it edits: a
    // base of B components and stages of edits on it are refused at the
    // first edit that takes the work past the budget. (Charged 1/64 of that
    // before, such a 5 MB file ran for a minute before being refused.)
    void editBudget()
    {
        constexpr int kBase = 2000;
        constexpr int kStages = 300;
        constexpr int kEdits = 300;
        QByteArray components = R"({"id": "c0", "kind": "ec2"})";
        for (int i = 1; i < kBase; ++i)
            components += ", {\"id\": \"c" + QByteArray::number(i) + "\", \"kind\": \"s3\"}";
        QByteArray stages;
        for (int k = 0; k < kStages; ++k) {
            stages += QByteArray(k ? ", " : "") + R"({"title": "s", "edits": [)";
            for (int e = 0; e < kEdits; ++e)
                stages += QByteArray(e ? ", " : "") + R"({"op": "change-component", "id": "c0", "set": {"count": 2}})";
            stages += "]}";
        }
        const QByteArray bytes = small(R"("base": {"components": [)" + components + R"(]}, "stages": [)" + stages + "]");
        // The base costs one check of kBase items plus one, and so does every
        // edit; the budget runs out at the first overall edit n (from 0) with
        // (n + 2) * (kBase + 1) > budget, that is n = floor(budget / unit) - 1.
        const qint64 unit = kBase + 1;
        const qint64 n = kLoaderWorkBudget / unit - 1;
        QVERIFY(n < qint64(kStages) * kEdits);
        expectFailure(bytes, QStringLiteral("stages[%1].edits[%2]").arg(n / kEdits).arg(n % kEdits),
                      QStringLiteral("too large to check"), 0, 0);
        // A real journey on the same base loads: 15 stages of 20 edits.
        QByteArray fewer;
        for (int k = 0; k < 15; ++k) {
            fewer += QByteArray(k ? ", " : "") + R"({"title": "s", "edits": [)";
            for (int e = 0; e < 20; ++e)
                fewer += QByteArray(e ? ", " : "") + R"({"op": "change-component", "id": "c0", "set": {"count": 2}})";
            fewer += "]}";
        }
        LoadError error;
        QVERIFY2(parseScenario(small(R"("base": {"components": [)" + components + R"(]}, "stages": [)" + fewer + "]"),
                               "row.json", &error),
                 qPrintable(error.toString()));
    }

    // Files under the byte cap that describe more than the editor handles
    // are refused up front, naming the limit.
    void sizeLimits()
    {
        const auto many = [](qsizetype count, const QByteArray &item) {
            QByteArray list;
            for (qsizetype i = 0; i < count; ++i)
                list += (i ? "," : "") + QByteArray(item).replace("@", QByteArray::number(i));
            return list;
        };
        const QByteArray component = R"({"id": "c@", "kind": "s3"})";
        expectFailure(small(R"("base": {"components": [)" + many(kMaxComponents + 1, component) + "]}"),
                      "base.components", QStringLiteral("at most %1").arg(kMaxComponents), 0, 0);
        // One nested group more than allowed.
        expectFailure(small(R"("base": {"groups": [)"
                            + many(kMaxGroups + 1, R"({"id": "g@", "kind": "vpc", "parent": "g@"})") + "]}"),
                      "base.groups", QStringLiteral("at most %1").arg(kMaxGroups), 0, 0);
        expectFailure(small(R"("base": {"connections": [)" + many(kMaxConnections + 1, R"({"from": "a", "to": "b"})")
                            + "]}"),
                      "base.connections", QStringLiteral("at most %1").arg(kMaxConnections), 0, 0);
        // Grown past the limit by a stage: the edit that does it is named.
        expectFailure(small(R"("base": {"components": [)" + many(kMaxComponents, component)
                            + R"(]}, "stages": [{"title": "t", "edits": [{"op": "add-component", "component": {"id": "x", "kind": "s3"}}]}])"),
                      "stages[0].edits[0]", QStringLiteral("at most %1").arg(kMaxComponents), 0, 0);
        // At the limit is fine.
        LoadError error;
        QVERIFY2(parseScenario(small(R"("base": {"components": [)" + many(kMaxComponents, component) + "]}"), "row.json",
                               &error),
                 qPrintable(error.toString()));
    }

    // A label of thousands of combining accents and emoji (15 KB) froze
    // the window and took a minute to export: labels are names, and capped.
    void longLabel()
    {
        QString label = QStringLiteral("a");
        for (int i = 0; i < 5000; ++i)
            label += QChar(0x0301);
        for (int i = 0; i < 1000; ++i)
            label += QString::fromUtf8("\xF0\x9F\x98\x80");
        const QByteArray bytes = with("\"id\": \"files\", \"kind\": \"s3\"",
                                      "\"id\": \"files\", \"kind\": \"s3\", \"label\": \"" + label.toUtf8() + '"');
        expectFailure(bytes, "base.components[3].label", QStringLiteral("at most %1").arg(kMaxLabelLength), 0, 0);
        const QByteArray atCap = with("\"id\": \"files\", \"kind\": \"s3\"",
                                      "\"id\": \"files\", \"kind\": \"s3\", \"label\": \""
                                          + label.left(kMaxLabelLength).toUtf8() + '"');
        LoadError error;
        QVERIFY2(parseScenario(atCap, "row.json", &error), qPrintable(error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
