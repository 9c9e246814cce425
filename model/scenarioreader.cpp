// JSON -> Scenario, with a precise error for anything a file can get wrong:
// the streamed fast path for the files it takes, the tree for the others
// and for the wording of every error.
#include "regularfile.h"
#include "scenariofile.h"
#include "scenarioreaders.h"
#include "scenariostream.h"
#include "scenariotreereader.h"
#include "formatmigration.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace scalescope {

namespace {

void lineAndColumn(const QByteArray &bytes, int offset, int &line, int &column)
{
    line = 1;
    column = 1;
    const int start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM is not a column
    for (int i = start; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
}

// The file's format and version, as the top of the file gives them: the
// version, or 0 after failing.
int formatVersion(ScenarioTreeReader &reader, const QJsonObject &root)
{
    if (root.value("format").toString() != QLatin1String(kScenarioFormat)) {
        reader.fail("format", QStringLiteral("not a ScaleScope scenario (expected \"format\": \"%1\")").arg(kScenarioFormat));
        return 0;
    }
    const QJsonValue version = root.value("version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        reader.fail("version", QStringLiteral("expected a whole version number"));
        return 0;
    }
    if (version.toDouble() > kScenarioVersion) {
        reader.fail("version", QStringLiteral("version %1 was written by a newer ScaleScope; this one reads up to version %2")
                                   .arg(version.toDouble()).arg(kScenarioVersion));
        return 0;
    }
    if (version.toDouble() < 1) {
        reader.fail("version", QStringLiteral("unknown version %1").arg(version.toDouble()));
        return 0;
    }
    return version.toInt();
}

} // namespace

std::optional<Scenario> parseStreamed(QByteArrayView bytes, const QString &fileName, const Catalog &catalog)
{
    if (bytes.size() > kMaxScenarioBytes)
        return std::nullopt;
    ScenarioTreeReader reader(fileName, catalog, nullptr); // its problems are worded by parseTree
    const ParamCheck check = [&reader](const KindSpec &kind, const QString &name, const QJsonValue &v, ParamValue &out) {
        return reader.paramValue(kind, name, v, QString(), out);
    };
    std::optional<StreamedScenario> streamed = streamScenario(bytes, catalog, check);
    if (!streamed)
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument others = QJsonDocument::fromJson(streamed->others, &pe);
    if (pe.error != QJsonParseError::NoError || !others.isObject())
        return std::nullopt;
    const QJsonObject root = others.object();
    if (formatVersion(reader, root) != kScenarioVersion) // older files are migrated as a whole
        return std::nullopt;
    return reader.scenario(root, &streamed->base);
}

std::optional<Scenario> parseTree(QByteArray bytes, const QString &fileName, LoadError *error, const Catalog &catalog)
{
    ScenarioTreeReader reader(fileName, catalog, error);
    if (bytes.size() > kMaxScenarioBytes) {
        reader.fail(QString(), QStringLiteral("the file is larger than %1 MiB").arg(kMaxScenarioBytes >> 20));
        return std::nullopt;
    }
    // (Not bytes.trimmed(): that copies the whole file.)
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
        reader.fail(QString(), QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    // The text of a large file is as big as the parsed tree: it is let go
    // of once parsed, when the caller gave its copy up.
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        reader.fail(QString(), QStringLiteral("malformed JSON: %1").arg(pe.errorString()));
        if (error)
            lineAndColumn(bytes, pe.offset, error->line, error->column);
        return std::nullopt;
    }
    bytes = QByteArray();
    if (!doc.isObject()) {
        reader.fail(QString(), QStringLiteral("expected a JSON object at the top"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int version = formatVersion(reader, root);
    if (version == 0)
        return std::nullopt;
    QJsonObject current = root;
    if (const int v = version; v < kScenarioVersion) {
        MigrationProblem problem;
        if (!migrateScenario(current, v, &problem)) {
            reader.fail(problem.path, problem.message);
            return std::nullopt;
        }
    }
    return reader.scenario(current);
}

namespace {

// The streamed fast path for the files it takes, the tree for the others
// and for every error.
std::optional<Scenario> parseOwned(QByteArray bytes, const QString &fileName, LoadError *error, const Catalog &catalog)
{
    if (std::optional<Scenario> streamed = parseStreamed(bytes, fileName, catalog))
        return streamed;
    return parseTree(std::move(bytes), fileName, error, catalog);
}

} // namespace

std::optional<Scenario> parseScenario(const QByteArray &bytes, const QString &fileName,
                                      LoadError *error, const Catalog &catalog)
{
    return parseOwned(bytes, fileName, error, catalog);
}

std::optional<Scenario> loadScenario(const QString &fileName, LoadError *error, const Catalog &catalog)
{
    auto failWith = [&](const QString &message) -> std::optional<Scenario> {
        if (error)
            *error = LoadError{fileName, QString(), message, 0, 0};
        return std::nullopt;
    };
    if (QFileInfo(fileName).size() > kMaxScenarioBytes && !regularFileProblem(fileName))
        return failWith(QStringLiteral("the file is larger than %1 MiB").arg(kMaxScenarioBytes >> 20));
    // Refuses folders, pipes and devices before reading (a FIFO would block),
    // and reports a failed read as one.
    QString problem;
    std::optional<QByteArray> bytes = readRegularFile(fileName, kMaxScenarioBytes, &problem);
    if (!bytes)
        return failWith(problem);
    return parseOwned(std::move(*bytes), fileName, error, catalog);
}

} // namespace scalescope
