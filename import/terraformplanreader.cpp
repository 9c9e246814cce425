#include "terraformplanreader.h"

#include "jsonposition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace scalescope::import {

namespace {

constexpr int kMaxModuleDepth = 64;

struct PlannedResource {
    QString address;
    QString base; // the address without a count or for_each index
    QString type;
    bool data = false;
    QJsonObject values;
};

QString withoutIndex(const QString &address)
{
    static const QRegularExpression index(QStringLiteral("\\[[^\\]]*\\]$"));
    QString s = address;
    return s.remove(index);
}

void collectPlanned(const QJsonObject &module, std::vector<PlannedResource> &out, int depth)
{
    if (depth > kMaxModuleDepth)
        return;
    for (const QJsonValue &v : module.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        PlannedResource p;
        p.address = r.value(QStringLiteral("address")).toString();
        p.base = withoutIndex(p.address);
        p.type = r.value(QStringLiteral("type")).toString();
        p.data = r.value(QStringLiteral("mode")).toString() == QLatin1String("data");
        p.values = r.value(QStringLiteral("values")).toObject();
        if (!p.address.isEmpty())
            out.push_back(std::move(p));
    }
    for (const QJsonValue &child : module.value(QStringLiteral("child_modules")).toArray())
        collectPlanned(child.toObject(), out, depth + 1);
}

// "aws_lb.web.arn" -> "aws_lb.web"; "aws_subnet.a[0].id" -> "aws_subnet.a[0]";
// "data.aws_ami.x.id" -> "data.aws_ami.x"; variables, locals, module outputs
// and the like name no resource.
QString referencedResource(const QString &reference)
{
    static const QRegularExpression resource(QStringLiteral("^((?:data\\.)?[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)(\\[[^\\]]*\\])?"));
    static const QSet<QString> notResources{"var", "local", "count", "each", "path", "terraform", "self", "module"};
    if (notResources.contains(reference.section(u'.', 0, 0)))
        return {};
    const QRegularExpressionMatch m = resource.match(reference);
    if (!m.hasMatch() || (reference.startsWith(QLatin1String("data.")) && m.captured(1).count(u'.') < 2))
        return {};
    return m.captured(1) + m.captured(2);
}

struct ConfigReference {
    QString base; // absolute resource address without index
    QString path;
};

void collectExpressionReferences(const QJsonValue &v, const QString &path, const QString &prefix,
                                 std::vector<ConfigReference> &out, int depth)
{
    if (depth > kMaxModuleDepth)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectExpressionReferences(item, path, prefix, out, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("references")) {
            // Terraform lists "aws_subnet.a[0].id", "aws_subnet.a[0]" and
            // "aws_subnet.a": the indexed one says which instance.
            QStringList targets;
            for (const QJsonValue &r : it.value().toArray())
                if (const QString target = referencedResource(r.toString()); !target.isEmpty() && !targets.contains(target))
                    targets << target;
            for (const QString &target : targets)
                if (target.contains(u'[') || !targets.filter(target + u'[').size())
                    out.push_back(ConfigReference{prefix + target, path});
        } else if (it.key() != QLatin1String("constant_value")) {
            collectExpressionReferences(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), prefix, out, depth + 1);
        }
    }
}

// Absolute address without index -> the references its configuration makes.
void collectConfiguration(const QJsonObject &module, const QString &prefix,
                          QHash<QString, std::vector<ConfigReference>> &out, int depth)
{
    if (depth > kMaxModuleDepth)
        return;
    for (const QJsonValue &v : module.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        std::vector<ConfigReference> &refs = out[prefix + r.value(QStringLiteral("address")).toString()];
        collectExpressionReferences(r.value(QStringLiteral("expressions")), QString(), prefix, refs, 0);
    }
    const QJsonObject calls = module.value(QStringLiteral("module_calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it)
        collectConfiguration(it.value().toObject().value(QStringLiteral("module")).toObject(),
                             prefix + QStringLiteral("module.") + it.key() + u'.', out, depth + 1);
}

QString regionOf(const QJsonObject &plan)
{
    const QJsonObject providers = plan.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("provider_config")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.value(QStringLiteral("name")).toString() != QLatin1String("aws") && it.key() != QLatin1String("aws"))
            continue;
        const QJsonObject region = p.value(QStringLiteral("expressions")).toObject().value(QStringLiteral("region")).toObject();
        if (region.contains(QStringLiteral("constant_value")))
            return region.value(QStringLiteral("constant_value")).toString();
        for (const QJsonValue &r : region.value(QStringLiteral("references")).toArray()) {
            const QString ref = r.toString();
            if (ref.startsWith(QLatin1String("var.")))
                return plan.value(QStringLiteral("variables")).toObject().value(ref.mid(4)).toObject()
                    .value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

} // namespace

bool looksLikeTerraformPlan(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    return bytes.trimmed().startsWith('{') && head.contains("\"format_version\"")
        && (bytes.contains("\"planned_values\"") || bytes.contains("\"resource_changes\""));
}

std::optional<SourceTemplate> readTerraformPlan(const QByteArray &bytes, const QString &fileName, ImportError *error)
{
    if (bytes.size() > kMaxTemplateBytes) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("larger than %1 MiB").arg(kMaxTemplateBytes >> 20)};
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const TextPosition p = positionOf(bytes, parse.offset);
        *error = ImportError{fileName, p.line, p.column, parse.errorString()};
        return std::nullopt;
    }
    const QJsonObject plan = doc.object();
    if (!plan.contains(QStringLiteral("planned_values"))) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("not a Terraform plan: no planned_values (write one with "
                                                            "'terraform show -json PLAN')")};
        return std::nullopt;
    }
    std::vector<PlannedResource> planned;
    collectPlanned(plan.value(QStringLiteral("planned_values")).toObject().value(QStringLiteral("root_module")).toObject(), planned, 0);
    if (planned.empty()) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("the plan creates no resources")};
        return std::nullopt;
    }
    if (int(planned.size()) > kMaxImportResources) {
        *error = ImportError{fileName, 0, 0, QStringLiteral("%1 resources is more than the %2 an import takes; split the "
                                                            "configuration").arg(planned.size()).arg(kMaxImportResources)};
        return std::nullopt;
    }
    QHash<QString, std::vector<ConfigReference>> configured;
    collectConfiguration(plan.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("root_module")).toObject(),
                         QString(), configured, 0);
    QHash<QString, QStringList> byBase; // a counted resource stands for all its instances
    QSet<QString> addresses;
    for (const PlannedResource &p : planned) {
        byBase[p.base] << p.address;
        addresses.insert(p.address);
    }

    SourceTemplate t;
    t.format = SourceFormat::TerraformPlan;
    t.file = fileName;
    t.region = regionOf(plan);
    const QString version = plan.value(QStringLiteral("terraform_version")).toString();
    t.description = version.isEmpty() ? QStringLiteral("Terraform plan") : QStringLiteral("Terraform %1 plan").arg(version);
    for (const PlannedResource &p : planned) {
        SourceResource r;
        r.id = p.address;
        r.type = p.type;
        r.properties = p.values;
        r.dataSource = p.data;
        QSet<QPair<QString, QString>> seen;
        for (const ConfigReference &ref : configured.value(p.base))
            for (const QString &target : byBase.contains(ref.base) ? byBase.value(ref.base) : QStringList{ref.base})
                if (target != p.address && addresses.contains(target) && !seen.contains({target, ref.path})) {
                    seen.insert({target, ref.path});
                    r.references.push_back(SourceReference{target, ref.path, QStringLiteral("reference")});
                }
        t.resources.push_back(std::move(r));
    }
    return t;
}

} // namespace scalescope::import
