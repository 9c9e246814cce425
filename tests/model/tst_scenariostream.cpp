// The streamed fast path (scenariostream.h) against the reference reader
// through QJsonDocument's tree: on every shipped scenario, every test and
// fuzzer input, and many damaged copies of a file that uses every field,
// parseScenario gives the same scenario (to the bit of every number) or the
// same error (file, place, problem, line and column) as the tree alone.
#include "scenariofile.h"
#include "scenarioreaders.h"
#include "stages.h"
#include "scenariostreaminputs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <bit>
#include <cstdint>

using namespace scalescope;

namespace {

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList jsonFilesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Numbers compared by their bits (0 and -0 differ), the rest by value.
bool sameBits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

bool sameParams(const ParamMap &a, const ParamMap &b)
{
    if (a != b)
        return false;
    for (auto it = a.begin(), jt = b.begin(); it != a.end(); ++it, ++jt)
        if (const double *d = std::get_if<double>(&*it); d && !sameBits(*d, std::get<double>(*jt)))
            return false;
    return true;
}

QString architectureDifference(const Architecture &a, const Architecture &b)
{
    if (!(a == b))
        return QStringLiteral("architectures differ");
    for (size_t i = 0; i < a.components.size(); ++i) {
        const Component &x = a.components[i], &y = b.components[i];
        if (!sameBits(x.position.x, y.position.x) || !sameBits(x.position.y, y.position.y) || !sameParams(x.params, y.params))
            return QStringLiteral("component %1 differs in its bits").arg(x.id);
    }
    for (size_t i = 0; i < a.connections.size(); ++i)
        if (a.connections[i].share && !sameBits(*a.connections[i].share, *b.connections[i].share))
            return QStringLiteral("connection %1 differs in its bits").arg(i);
    for (size_t i = 0; i < a.groups.size(); ++i) {
        const Group &x = a.groups[i], &y = b.groups[i];
        if (!sameBits(x.rect.x, y.rect.x) || !sameBits(x.rect.y, y.rect.y) || !sameBits(x.rect.width, y.rect.width)
            || !sameBits(x.rect.height, y.rect.height) || !sameParams(x.params, y.params))
            return QStringLiteral("group %1 differs in its bits").arg(x.id);
    }
    return {};
}

// Empty when parseScenario and the tree agree on `bytes`.
QString disagreement(const QByteArray &bytes)
{
    const QString name = QStringLiteral("input.json");
    LoadError both, tree;
    const std::optional<Scenario> a = parseScenario(bytes, name, &both);
    const std::optional<Scenario> b = parseTree(bytes, name, &tree, Catalog::builtin());
    if (a.has_value() != b.has_value())
        return QStringLiteral("one reads it, the other does not: %1 / %2").arg(both.toString(), tree.toString());
    if (!a) {
        if (both.file != tree.file || both.path != tree.path || both.message != tree.message || both.line != tree.line
            || both.column != tree.column)
            return QStringLiteral("errors differ: %1 / %2").arg(both.toString(), tree.toString());
        return {};
    }
    if (!(*a == *b))
        return QStringLiteral("scenarios differ");
    return architectureDifference(a->base, b->base);
}

} // namespace

class TestScenarioStream : public QObject {
    Q_OBJECT
private slots:
    void fastPathTakesWhatItShould()
    {
        // The comparisons below are not vacuous: the fast path reads these.
        const QByteArray text = everyField();
        const std::optional<Scenario> streamed = parseStreamed(text, QStringLiteral("every.json"), Catalog::builtin());
        QVERIFY(streamed);
        QCOMPARE(streamed->base.components.size(), size_t(4));
        QCOMPARE(streamed->base.components[1].label, QStringLiteral("Load\nbalancer"));
        QCOMPARE(streamed->base.components[2].label, QStringLiteral("Web \"tier\""));
        // -0.0 is read as the whole number 0, as QJsonDocument stores it.
        QVERIFY(sameBits(streamed->base.groups[0].rect.x, 0.0));
        QCOMPARE(streamed->base.groups[0].rect.y, 100.0);
        QVERIFY(sameBits(*streamed->base.connections[2].share, 0.75));
        QCOMPARE(streamed->stages.size(), size_t(1));
        QCOMPARE(disagreement(text), QString());

        Scenario written = *streamed;
        const QByteArray saved = serializeScenario(written);
        QVERIFY(parseStreamed(saved, QStringLiteral("saved.json"), Catalog::builtin()));
        QCOMPARE(disagreement(saved), QString());
    }

    void shippedScenarios_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = jsonFilesUnder(QStringLiteral(SCALESCOPE_SCENARIOS));
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void shippedScenarios()
    {
        QFETCH(QString, file);
        const QByteArray bytes = contents(file);
        QCOMPARE(disagreement(bytes), QString());
        // Their base architectures are plain: the fast path reads them all,
        // saved again as the editor writes them too.
        const std::optional<Scenario> tree = parseTree(bytes, file, nullptr, Catalog::builtin());
        QVERIFY(tree);
        const QByteArray saved = serializeScenario(*tree);
        QVERIFY(parseStreamed(saved, file, Catalog::builtin()));
        QCOMPARE(disagreement(saved), QString());
    }

    // Bad files, old versions, a BOM, and what the loader fuzzer found.
    void testAndFuzzerInputs_data()
    {
        QTest::addColumn<QString>("file");
        QStringList files = jsonFilesUnder(QStringLiteral(SCALESCOPE_TEST_DATA));
        files += jsonFilesUnder(QStringLiteral(SCALESCOPE_TEST_DATA "/../fuzz/corpus"));
        QVERIFY(files.size() > 10);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QDir(QStringLiteral(SCALESCOPE_TEST_DATA "/..")).relativeFilePath(f))) << f;
    }
    void testAndFuzzerInputs()
    {
        QFETCH(QString, file);
        QCOMPARE(disagreement(contents(file)), QString());
    }

    // One change at a time to the file that uses every field: each takes the
    // fast path off its subset or breaks a rule, and both readers agree.
    void damagedCopies_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        const QList<std::pair<const char *, const char *>> edits = damagingEdits();
        for (const auto &[from, to] : edits)
            QTest::newRow(to) << QByteArray(from) << QByteArray(to);
    }
    void damagedCopies()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray text = everyField();
        QVERIFY2(text.contains(from), from.constData());
        text.replace(text.indexOf(from), from.size(), to);
        QCOMPARE(disagreement(text), QString());
    }

    // Every prefix of the file (a truncated write), and each byte in turn
    // replaced by characters that matter to JSON.
    void truncatedAndFlipped()
    {
        const QByteArray text = everyField();
        for (qsizetype n = 0; n < text.size(); ++n) {
            const QString d = disagreement(text.left(n));
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("first %1 bytes: %2").arg(n).arg(d)));
        }
        const QByteArray replacements = "\"{}[],:0-e. \\x";
        for (qsizetype i = 0; i < text.size(); ++i)
            for (const char c : replacements) {
                if (text[i] == c)
                    continue;
                QByteArray changed = text;
                changed[i] = c;
                const QString d = disagreement(changed);
                QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("byte %1 as '%2': %3").arg(i).arg(QChar(c)).arg(d)));
            }
    }

    // Text read again shares the buffer read first: an id and the
    // references to it, a parameter map repeated for the same kind. The
    // same text for another kind is read for that kind, not shared.
    void repeatedTextIsShared()
    {
        const QByteArray text = R"({"format": "scalescope-scenario", "version": 3, "base": {
            "groups": [{"id": "asg", "kind": "auto-scaling-group", "params": {"minSize": 2}},
                       {"id": "inner", "kind": "auto-scaling-group", "parent": "asg", "params": {"minSize": 2}}],
            "components": [
                {"id": "users", "kind": "users"},
                {"id": "a", "kind": "ec2", "group": "asg", "params": {"instanceType": "m5.large", "count": 2}},
                {"id": "b", "kind": "ec2", "params": {"instanceType": "m5.large", "count": 2}},
                {"id": "w", "kind": "worker", "params": {"instanceType": "m5.large", "count": 2}},
                {"id": "c", "kind": "ec2", "params": {"instanceType": "m5.large", "count": 3}}],
            "connections": [{"from": "users", "to": "a"}, {"from": "users", "to": "b"}, {"from": "a", "to": "w"}]}})";
        QCOMPARE(disagreement(text), QString());
        const std::optional<Scenario> s = parseStreamed(text, QStringLiteral("shared.json"), Catalog::builtin());
        QVERIFY(s);
        const Architecture &a = s->base;
        QCOMPARE(a.components.size(), size_t(5));
        QCOMPARE(a.connections[0].from.constData(), a.components[0].id.constData());
        QCOMPARE(a.connections[1].from.constData(), a.components[0].id.constData());
        QCOMPARE(a.connections[0].to.constData(), a.components[1].id.constData());
        QCOMPARE(a.connections[2].to.constData(), a.components[3].id.constData());
        QCOMPARE(a.components[1].group.constData(), a.groups[1].parent.constData());
        QVERIFY(a.components[1].params.isSharedWith(a.components[2].params));
        QVERIFY(!a.components[1].params.isSharedWith(a.components[3].params)); // a worker's own
        QCOMPARE(a.components[3].params, a.components[1].params);
        QVERIFY(!a.components[1].params.isSharedWith(a.components[4].params));
        QCOMPARE(std::get<double>(a.components[4].params.value(QStringLiteral("count"))), 3.0);
        QVERIFY(a.groups[0].params.isSharedWith(a.groups[1].params));
        // A shared map is a value: changing one component's leaves the other's.
        Scenario edited = *s;
        edited.base.components[1].params.insert(QStringLiteral("count"), 5.0);
        QCOMPARE(std::get<double>(edited.base.components[2].params.value(QStringLiteral("count"))), 2.0);

        // A database takes neither parameter as a server does: the map read
        // for the servers is not taken for it, and both readers refuse the file.
        QByteArray database = text;
        database.replace(R"("id": "w", "kind": "worker")", R"("id": "w", "kind": "rds")");
        QVERIFY(!parseTree(database, QStringLiteral("db.json"), nullptr, Catalog::builtin()));
        QVERIFY(!parseStreamed(database, QStringLiteral("db.json"), Catalog::builtin()));
        QCOMPARE(disagreement(database), QString());
    }

    // A label that repeats its component's id, read after it, shares the
    // id's text (escaped or not); one that differs has its own.
    void labelRepeatingTheIdIsShared()
    {
        const QByteArray text = R"({"format": "scalescope-scenario", "version": 3, "base": {
            "components": [
                {"id": "users", "kind": "users", "label": "users"},
                {"label": "web-1", "id": "web-1", "kind": "ec2"},
                {"id": "web-2", "kind": "ec2", "label": "Web 2"},
                {"id": "web\/3", "kind": "ec2", "label": "web/3"}],
            "connections": [{"from": "users", "to": "web-1"}, {"from": "users", "to": "web-2"},
                            {"from": "users", "to": "web/3"}]}})";
        QCOMPARE(disagreement(text), QString());
        const std::optional<Scenario> s = parseStreamed(text, QStringLiteral("labels.json"), Catalog::builtin());
        QVERIFY(s);
        const std::vector<Component> &c = s->base.components;
        QCOMPARE(c[0].label, QStringLiteral("users"));
        QCOMPARE(c[0].label.constData(), c[0].id.constData());
        QCOMPARE(c[1].label, QStringLiteral("web-1")); // the label came first: a copy of its own
        QCOMPARE(c[2].label, QStringLiteral("Web 2"));
        QVERIFY(c[2].label.constData() != c[2].id.constData());
        QCOMPARE(c[3].id, QStringLiteral("web/3"));
        QCOMPARE(c[3].label, QStringLiteral("web/3"));
        QCOMPARE(c[3].label.constData(), c[3].id.constData());
    }

    void bomAndSpace()
    {
        QCOMPARE(disagreement("\xEF\xBB\xBF" + everyField()), QString());
        QCOMPARE(disagreement(" \r\n\t" + everyField() + " \n"), QString());
        QCOMPARE(disagreement(everyField() + "x"), QString());
        QCOMPARE(disagreement(everyField() + "{}"), QString());
    }
};

QTEST_GUILESS_MAIN(TestScenarioStream)
#include "tst_scenariostream.moc"
