// Where a load error points: JSON paths at the top of a file and inside a
// stage's edits, and columns on a line that starts with a byte order mark.
#include "loaderror.h"
#include "scenariofile.h"

#include <QTest>

using namespace scalescope;

namespace {

const QByteArray kHead = R"({
  "format": "scalescope-scenario",
  "version": 1,
)";

// users -> web -> db, plus one stage whose second edit breaks the architecture.
QByteArray stageWith(const QByteArray &edit)
{
    return kHead + R"(  "base": {
    "components": [{"id": "users", "kind": "users"}, {"id": "web", "kind": "ec2", "group": "az"},
                   {"id": "db", "kind": "rds", "group": "az"}],
    "connections": [{"from": "users", "to": "web"}, {"from": "web", "to": "db"}],
    "groups": [{"id": "region", "kind": "region"}, {"id": "az", "kind": "availability-zone", "parent": "region"}]
  },
  "stages": [{"title": "Broken", "edits": [
    {"op": "change-component", "id": "web", "set": {"count": 2}},
    )" + edit + R"(
  ]}]
}
)";
}

} // namespace

class TestLoadErrorPaths : public QObject {
    Q_OBJECT
private slots:
    // Top-level paths carry a leading dot.
    void topLevelPaths_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown top-level field") << QByteArray(kHead + R"(  "colour": "red", "base": {}})") << "colour";
        QTest::newRow("title not a string") << QByteArray(kHead + R"(  "title": 5, "base": {}})") << "title";
        QTest::newRow("description not a string") << QByteArray(kHead + R"(  "description": [], "base": {}})") << "description";
    }
    void topLevelPaths()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        LoadError error;
        QVERIFY(!parseScenario(bytes, "row.json", &error));
        QCOMPARE(error.path, path);
    }

    // The byte order mark is not a character
    // anyone sees: '{"format": "scalescope-scenario" "version"' puts the
    // unexpected quote at character 34 and the parser stops just past it, 35.
    void byteOrderMarkIsNotAColumn()
    {
        LoadError error;
        QVERIFY(!parseScenario("\xEF\xBB\xBF{\"format\": \"scalescope-scenario\" \"version\": 1}", "row.json", &error));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 35);
    }

    // The path names the edit
    // that broke the stage, not "stages[0].connections", which is not in the file.
    void stageProblemsPointAtTheEdit_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::addColumn<QString>("path");
        QTest::newRow("cycle") << QByteArray(R"({"op": "add-connection", "from": "db", "to": "web"})") << "stages[0].edits[1]";
        QTest::newRow("dangling") << QByteArray(R"({"op": "add-connection", "from": "web", "to": "ghost"})") << "stages[0].edits[1].to";
        QTest::newRow("into Users") << QByteArray(R"({"op": "add-connection", "from": "db", "to": "users"})") << "stages[0].edits[1].to";
        QTest::newRow("group inside itself") << QByteArray(R"({"op": "change-group", "id": "region", "parent": "az"})")
                                             << "stages[0].edits[1].parent";
        QTest::newRow("member of a missing group") << QByteArray(R"({"op": "change-component", "id": "db", "group": "zone-b"})")
                                                   << "stages[0].edits[1].group";
    }
    void stageProblemsPointAtTheEdit()
    {
        QFETCH(QByteArray, edit);
        QFETCH(QString, path);
        LoadError error;
        QVERIFY(!parseScenario(stageWith(edit), "row.json", &error));
        QCOMPARE(error.path, path);
    }
};

QTEST_GUILESS_MAIN(TestLoadErrorPaths)
#include "tst_loaderrorpaths.moc"
