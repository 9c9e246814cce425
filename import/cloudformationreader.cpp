#include "cloudformationreader.h"

#include "jsonposition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace scalescope::import {

namespace {

// Aliases can make a small file expand enormously; this bounds the work.
constexpr int kMaxValues = 1'000'000;
constexpr int kMaxDepth = 128;

// The short-form tags CloudFormation and SAM accept, from the CloudFormation
// template reference ("Intrinsic function reference").
const QSet<QString> &knownTags()
{
    static const QSet<QString> tags{
        "!Ref", "!GetAtt", "!Sub", "!If", "!Select", "!Join", "!Split", "!FindInMap", "!GetAZs",
        "!ImportValue", "!Base64", "!Cidr", "!Equals", "!And", "!Or", "!Not", "!Condition",
        "!Transform", "!Length", "!ToJsonString"};
    return tags;
}

struct YamlFailure {
    YAML::Mark mark;
    QString message;
};

class YamlConverter {
public:
    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (++m_values > kMaxValues)
            throw YamlFailure{node.Mark(), QStringLiteral("the template expands to more than %1 values (aliases?)").arg(kMaxValues)};
        if (depth > kMaxDepth)
            throw YamlFailure{node.Mark(), QStringLiteral("values nested deeper than %1 levels").arg(kMaxDepth)};
        const QString tag = QString::fromStdString(node.Tag());
        QJsonValue plain = convertPlain(node, depth, tag);
        if (tag.isEmpty() || tag == QLatin1String("?") || tag == QLatin1String("!") || tag.startsWith(QLatin1String("tag:yaml.org")))
            return plain;
        if (!knownTags().contains(tag))
            throw YamlFailure{node.Mark(), QStringLiteral("unknown tag %1 (CloudFormation knows !Ref, !GetAtt, !Sub, !If, "
                                                          "!Select, !Join, !Split, !FindInMap, !GetAZs, !ImportValue, "
                                                          "!Base64, !Cidr, !Equals, !And, !Or, !Not, !Condition, ...)").arg(tag)};
        if (tag == QLatin1String("!Ref"))
            return QJsonObject{{"Ref", plain}};
        if (tag == QLatin1String("!Condition"))
            return QJsonObject{{"Condition", plain}};
        if (tag == QLatin1String("!GetAtt") && plain.isString()) {
            const QString s = plain.toString();
            const qsizetype dot = s.indexOf(u'.');
            if (dot <= 0)
                throw YamlFailure{node.Mark(), QStringLiteral("!GetAtt %1: expected Resource.Attribute").arg(s)};
            plain = QJsonArray{s.left(dot), s.mid(dot + 1)};
        }
        return QJsonObject{{QStringLiteral("Fn::") + tag.mid(1), plain}};
    }

private:
    QJsonValue convertPlain(const YAML::Node &node, int depth, const QString &tag)
    {
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue();
        case YAML::NodeType::Scalar:
            return scalar(node, tag);
        case YAML::NodeType::Sequence: {
            QJsonArray list;
            for (const YAML::Node &item : node)
                list.append(convert(item, depth + 1));
            return list;
        }
        case YAML::NodeType::Map: {
            QJsonObject map;
            for (const auto &entry : node) {
                if (!entry.first.IsScalar())
                    throw YamlFailure{entry.first.Mark(), QStringLiteral("a key must be plain text")};
                map.insert(QString::fromStdString(entry.first.Scalar()), convert(entry.second, depth + 1));
            }
            return map;
        }
        }
        return QJsonValue();
    }

    static QJsonValue scalar(const YAML::Node &node, const QString &tag)
    {
        const QString text = QString::fromStdString(node.Scalar());
        if (tag != QLatin1String("?"))
            return text; // quoted, or under a tag: text as written
        static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
            return false;
        if (text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null"))
            return QJsonValue();
        // Leading zeros ("0123", account ids) stay text, as YAML 1.2 has it.
        if (number.match(text).hasMatch() && !(text.size() > 1 && text.startsWith(u'0') && text[1].isDigit()))
            return text.toDouble();
        return text;
    }

    int m_values = 0;
};

// References in a value: Ref, Fn::GetAtt and ${...} in Fn::Sub.
class ReferenceCollector {
public:
    explicit ReferenceCollector(std::vector<SourceReference> &out) : m_out(out) {}

    void collect(const QJsonValue &v, const QString &path)
    {
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                collect(item, path);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        if (o.size() == 1) {
            const QString key = o.begin().key();
            const QJsonValue arg = o.begin().value();
            if (key == QLatin1String("Ref") && arg.isString()) {
                add(arg.toString(), path, QStringLiteral("!Ref"));
                return;
            }
            if (key == QLatin1String("Fn::GetAtt")) {
                QString target;
                if (arg.isArray())
                    target = arg.toArray().first().toString();
                else if (arg.isString())
                    target = arg.toString().section(u'.', 0, 0);
                add(target, path, QStringLiteral("!GetAtt"));
                return;
            }
            if (key == QLatin1String("Fn::Sub")) {
                const QJsonArray parts = arg.isArray() ? arg.toArray() : QJsonArray{arg};
                substitutions(parts.first().toString(), path);
                if (parts.size() > 1)
                    collect(parts[1], path);
                return;
            }
            if (key.startsWith(QLatin1String("Fn::"))) {
                collect(arg, path); // the function name is no property
                return;
            }
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key());
    }

private:
    void substitutions(const QString &text, const QString &path)
    {
        static const QRegularExpression variable(QStringLiteral("\\$\\{([^!}][^}]*)\\}"));
        for (auto m = variable.globalMatch(text); m.hasNext();)
            add(m.next().captured(1).section(u'.', 0, 0).trimmed(), path, QStringLiteral("!Sub"));
    }
    void add(const QString &target, const QString &path, const QString &form)
    {
        if (!target.isEmpty())
            m_out.push_back(SourceReference{target, path, form});
    }

    std::vector<SourceReference> &m_out;
};

// Keeps the references that name resources, and checks for circles.
bool finish(SourceTemplate &t, ImportError *error)
{
    if (t.resources.empty()) {
        *error = ImportError{t.file, 0, 0, QStringLiteral("no resources: a CloudFormation template lists them under 'Resources'")};
        return false;
    }
    if (int(t.resources.size()) > kMaxImportResources) {
        *error = ImportError{t.file, 0, 0, QStringLiteral("%1 resources is more than the %2 an import takes; split the "
                                                          "template into stacks").arg(t.resources.size()).arg(kMaxImportResources)};
        return false;
    }
    QHash<QString, int> index;
    for (size_t i = 0; i < t.resources.size(); ++i)
        index.insert(t.resources[i].id, int(i));
    for (SourceResource &r : t.resources) {
        std::vector<SourceReference> kept;
        for (SourceReference &ref : r.references)
            if (index.contains(ref.target))
                kept.push_back(std::move(ref));
        r.references = std::move(kept);
    }
    // Depth-first search for a circle of references (iterative: no recursion
    // depth to run out of).
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(t.resources.size(), White);
    std::vector<int> parent(t.resources.size(), -1);
    for (size_t start = 0; start < t.resources.size(); ++start) {
        if (colour[start] != White)
            continue;
        std::vector<std::pair<int, size_t>> stack{{int(start), 0}};
        colour[start] = Grey;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const auto &refs = t.resources[size_t(v)].references;
            if (next >= refs.size()) {
                colour[size_t(v)] = Black;
                stack.pop_back();
                continue;
            }
            const int w = index.value(refs[next++].target);
            if (colour[size_t(w)] == Grey) {
                QStringList circle{t.resources[size_t(w)].id};
                for (auto it = stack.rbegin(); it != stack.rend() && it->first != w; ++it)
                    circle.prepend(t.resources[size_t(it->first)].id);
                circle.prepend(t.resources[size_t(w)].id);
                const SourceResource &at = t.resources[size_t(w)];
                *error = ImportError{t.file, at.line, at.column,
                                     QStringLiteral("circular references between resources: %1").arg(circle.join(QStringLiteral(" -> ")))};
                return false;
            }
            if (colour[size_t(w)] == White) {
                colour[size_t(w)] = Grey;
                stack.emplace_back(w, 0);
            }
        }
    }
    return true;
}

bool readResource(SourceResource &r, const QJsonValue &body, ImportError *error, const QString &file)
{
    if (!body.isObject()) {
        *error = ImportError{file, r.line, r.column, QStringLiteral("resource %1 is not a mapping").arg(r.id)};
        return false;
    }
    const QJsonObject o = body.toObject();
    r.type = o.value(QStringLiteral("Type")).toString();
    if (r.type.isEmpty()) {
        *error = ImportError{file, r.line, r.column, QStringLiteral("resource %1 has no Type").arg(r.id)};
        return false;
    }
    r.properties = o.value(QStringLiteral("Properties")).toObject();
    ReferenceCollector refs(r.references);
    refs.collect(r.properties, QString());
    const QJsonValue depends = o.value(QStringLiteral("DependsOn"));
    for (const QJsonValue &d : depends.isArray() ? depends.toArray() : QJsonArray{depends})
        if (d.isString())
            r.references.push_back(SourceReference{d.toString(), QStringLiteral("DependsOn"), QStringLiteral("DependsOn")});
    return true;
}

std::optional<SourceTemplate> readYaml(const QByteArray &bytes, const QString &file, ImportError *error)
{
    SourceTemplate t;
    t.file = file;
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap()) {
            *error = ImportError{file, 0, 0, QStringLiteral("expected a mapping with Resources at the top")};
            return std::nullopt;
        }
        if (const YAML::Node d = root["Description"]; d && d.IsScalar())
            t.description = QString::fromStdString(d.Scalar());
        YamlConverter converter;
        if (const YAML::Node parameters = root["Parameters"]; parameters && parameters.IsMap())
            for (const auto &entry : parameters)
                if (entry.second.IsMap() && entry.second["Default"])
                    t.parameters.insert(QString::fromStdString(entry.first.Scalar()), converter.convert(entry.second["Default"], 0));
        const YAML::Node resources = root["Resources"];
        if (resources && !resources.IsMap()) {
            *error = ImportError{file, resources.Mark().line + 1, resources.Mark().column + 1, QStringLiteral("Resources is not a mapping")};
            return std::nullopt;
        }
        if (resources && int(resources.size()) > kMaxImportResources) {
            *error = ImportError{file, resources.Mark().line + 1, resources.Mark().column + 1,
                                 QStringLiteral("%1 resources is more than the %2 an import takes; split the template into stacks")
                                     .arg(resources.size()).arg(kMaxImportResources)};
            return std::nullopt;
        }
        for (const auto &entry : resources) {
            SourceResource r;
            r.id = QString::fromStdString(entry.first.Scalar());
            r.line = entry.first.Mark().line + 1;
            r.column = entry.first.Mark().column + 1;
            if (!readResource(r, converter.convert(entry.second, 0), error, file))
                return std::nullopt;
            t.resources.push_back(std::move(r));
        }
    } catch (const YamlFailure &f) {
        *error = ImportError{file, f.mark.line + 1, f.mark.column + 1, f.message};
        return std::nullopt;
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp says "bad file" here.
        *error = ImportError{file, e.mark.line + 1, e.mark.column + 1, QStringLiteral("values nested too deeply")};
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        *error = ImportError{file, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg)};
        return std::nullopt;
    }
    if (!finish(t, error))
        return std::nullopt;
    return t;
}

std::optional<SourceTemplate> readJson(const QByteArray &bytes, const QString &file, ImportError *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const TextPosition p = positionOf(bytes, parse.offset);
        *error = ImportError{file, p.line, p.column, parse.errorString()};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = ImportError{file, 1, 1, QStringLiteral("expected an object with Resources at the top")};
        return std::nullopt;
    }
    SourceTemplate t;
    t.file = file;
    t.description = doc.object().value(QStringLiteral("Description")).toString();
    const QJsonObject parameters = doc.object().value(QStringLiteral("Parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        if (it.value().toObject().contains(QStringLiteral("Default")))
            t.parameters.insert(it.key(), it.value().toObject().value(QStringLiteral("Default")));
    const QJsonObject resources = doc.object().value(QStringLiteral("Resources")).toObject();
    if (resources.size() > kMaxImportResources) {
        *error = ImportError{file, 0, 0, QStringLiteral("%1 resources is more than the %2 an import takes; split the template into stacks")
                                             .arg(resources.size()).arg(kMaxImportResources)};
        return std::nullopt;
    }
    // QJsonObject sorts its keys; the file's order comes back from where each
    // logical id first appears after "Resources".
    const qsizetype from = std::max<qsizetype>(0, bytes.indexOf("\"Resources\""));
    std::vector<std::pair<qsizetype, QString>> order;
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const qsizetype at = bytes.indexOf(QByteArray("\"") + it.key().toUtf8() + "\"", from);
        order.emplace_back(at < 0 ? bytes.size() : at, it.key());
    }
    std::sort(order.begin(), order.end());
    const LineIndex lines(bytes);
    for (const auto &[offset, id] : order) {
        SourceResource r;
        r.id = id;
        const TextPosition p = lines.at(offset);
        r.line = p.line;
        r.column = p.column;
        if (!readResource(r, resources.value(id), error, file))
            return std::nullopt;
        t.resources.push_back(std::move(r));
    }
    if (!finish(t, error))
        return std::nullopt;
    return t;
}

} // namespace

std::optional<SourceTemplate> readCloudFormation(const QByteArray &bytes, const QString &fileName, ImportError *error)
{
    if (bytes.size() > kMaxTemplateBytes) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("larger than %1 MiB").arg(kMaxTemplateBytes >> 20)};
        return std::nullopt;
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.trimmed().startsWith('{'))
        return readJson(text, fileName, error);
    return readYaml(text, fileName, error);
}

} // namespace scalescope::import
