#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

static void initCatalogResource() { Q_INIT_RESOURCE(catalog); }

namespace scalescope {

namespace {

const std::pair<const char *, Role> kRoles[] = {
    {"client", Role::Client},         {"dns", Role::Dns},
    {"passthrough", Role::Passthrough}, {"cdn", Role::Cdn},
    {"object_store", Role::ObjectStore}, {"load_balancer", Role::LoadBalancer},
    {"compute", Role::Compute},       {"function", Role::Function},
    {"cache", Role::Cache},           {"sql_primary", Role::SqlPrimary},
    {"sql_replica", Role::SqlReplica}, {"nosql", Role::NoSql},
    {"queue", Role::Queue},           {"monitoring", Role::Monitoring},
};

bool parseParam(const QJsonObject &o, ParamSpec &spec, QString *error)
{
    spec.name = o.value("name").toString();
    spec.label = o.value("label").toString(spec.name);
    spec.unit = o.value("unit").toString();
    spec.source = o.value("source").toString();
    spec.zeroMeans = o.value("zeroMeans").toString();
    spec.sizing = o.value("sizing").toBool();
    spec.table = o.value("table").toString();
    for (const auto &v : o.value("options").toArray())
        spec.options << v.toString();
    const QJsonValue def = o.value("default");
    if (def.isBool()) {
        spec.type = ParamType::Flag;
        spec.defaultValue = def.toBool();
    } else if (def.isString()) {
        spec.type = ParamType::Choice;
        spec.defaultValue = def.toString();
    } else if (def.isDouble()) {
        spec.type = o.value("integer").toBool() ? ParamType::Integer : ParamType::Number;
        spec.defaultValue = def.toDouble();
        spec.minimum = o.value("min").toDouble(0);
        spec.maximum = o.value("max").toDouble(1e18);
    } else {
        *error = QStringLiteral("parameter '%1' has no usable default").arg(spec.name);
        return false;
    }
    return true;
}

bool parseKinds(const QJsonArray &array, bool groups, std::vector<KindSpec> &out, QString *error)
{
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        KindSpec k;
        k.id = o.value("id").toString();
        k.name = o.value("name").toString();
        k.category = groups ? QStringLiteral("Groups") : o.value("category").toString();
        k.description = o.value("description").toString();
        k.icon = o.value("icon").toString();
        k.isGroup = groups;
        if (!groups) {
            const QString role = o.value("role").toString();
            bool found = false;
            for (const auto &[roleId, r] : kRoles)
                if (role == QLatin1String(roleId)) {
                    k.role = r;
                    found = true;
                }
            if (!found) {
                *error = QStringLiteral("kind '%1' has unknown role '%2'").arg(k.id, role);
                return false;
            }
        }
        for (const auto &pv : o.value("params").toArray()) {
            ParamSpec spec;
            if (!parseParam(pv.toObject(), spec, error))
                return false;
            k.params.push_back(spec);
        }
        if (k.id.isEmpty()) {
            *error = QStringLiteral("a kind without an id");
            return false;
        }
        out.push_back(std::move(k));
    }
    return true;
}

} // namespace

QString roleName(Role role)
{
    for (const auto &[name, r] : kRoles)
        if (r == role)
            return QString::fromLatin1(name);
    return {};
}

// Compiling a network asks for a few parameters of every component by name:
// the name's encoding is settled once per look-up (visit), and each candidate,
// most of which differ in length or in their first letters, is compared inline.
template <typename View>
static bool sameName(const QString &have, View wanted)
{
    if constexpr (std::is_same_v<View, QUtf8StringView>) {
        return QAnyStringView::equal(have, wanted); // its size counts bytes, not UTF-16 units
    } else {
        if (have.size() != wanted.size())
            return false;
        const QChar *a = have.constData();
        for (qsizetype i = 0; i < wanted.size(); ++i)
            if (a[i] != QChar(wanted[i]))
                return false;
        return true;
    }
}

const ParamSpec *KindSpec::param(QAnyStringView paramName) const
{
    return paramName.visit([this](auto wanted) -> const ParamSpec * {
        for (const ParamSpec &p : params)
            if (sameName(p.name, wanted))
                return &p;
        return nullptr;
    });
}

std::unique_ptr<Catalog> Catalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("catalog is not valid JSON: %1").arg(pe.errorString());
        return nullptr;
    }
    const QJsonObject root = doc.object();
    auto cat = std::make_unique<Catalog>();
    if (!parseKinds(root.value("kinds").toArray(), false, cat->m_kinds, error)
        || !parseKinds(root.value("groups").toArray(), true, cat->m_groups, error))
        return nullptr;
    const QJsonObject tables = root.value("instanceTypes").toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        std::vector<InstanceType> list;
        for (const auto &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            InstanceType t;
            t.name = o.value("name").toString();
            t.vcpus = o.value("vcpus").toDouble();
            t.memoryGiB = o.value("memoryGiB").toDouble();
            t.hourlyUsd = o.value("hourlyUsd").toDouble();
            t.baseline = o.value("baseline").toDouble(1);
            t.maxConnections = o.value("maxConnections").toDouble(0);
            t.arm64 = o.value("arm64").toBool(false);
            t.creditPrice = o.value("creditPrice").toString();
            t.source = o.value("source").toString();
            list.push_back(t);
        }
        cat->m_types.insert(it.key(), std::move(list));
    }
    const QJsonObject prices = root.value("prices").toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        cat->m_prices.insert(it.key(), {o.value("value").toDouble(), o.value("source").toString()});
    }
    const QJsonObject tiers = root.value("priceTiers").toObject();
    for (auto it = tiers.begin(); it != tiers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        PriceTiers t;
        t.unit = o.value("unit").toString();
        t.source = o.value("source").toString();
        double previous = 0;
        for (const auto &v : o.value("tiers").toArray()) {
            const QJsonArray tier = v.toArray();
            const double upTo = tier.at(0).isNull() ? std::numeric_limits<double>::infinity() : tier.at(0).toDouble();
            const double rate = tier.at(1).toDouble(-1);
            if (tier.size() != 2 || !(upTo > previous) || !(rate >= 0)) {
                if (error)
                    *error = QStringLiteral("price tiers %1: each tier is [up to, price] with growing bounds").arg(it.key());
                return nullptr;
            }
            t.tiers.emplace_back(upTo, rate);
            previous = upTo;
        }
        if (t.tiers.empty() || std::isfinite(t.tiers.back().first)) {
            if (error)
                *error = QStringLiteral("price tiers %1: the last tier has no bound").arg(it.key());
            return nullptr;
        }
        cat->m_tiers.insert(it.key(), t);
    }
    for (auto it = cat->m_types.cbegin(); it != cat->m_types.cend(); ++it)
        for (const InstanceType &t : it.value())
            if (!t.creditPrice.isEmpty() && !cat->m_prices.contains(t.creditPrice)) {
                if (error)
                    *error = QStringLiteral("instance type %1: no price %2").arg(t.name, t.creditPrice);
                return nullptr;
            }
    return cat;
}

const Catalog &Catalog::builtin()
{
    static const std::unique_ptr<Catalog> instance = [] {
        initCatalogResource();
        QFile f(QStringLiteral(":/scalescope/catalog.json"));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("built-in catalog resource is missing");
        QString error;
        auto cat = fromJson(f.readAll(), &error);
        if (!cat)
            throw std::runtime_error(error.toStdString());
        return cat;
    }();
    return *instance;
}

const KindSpec *Catalog::kind(const QString &id) const
{
    for (const auto &k : m_kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

const KindSpec *Catalog::groupKind(const QString &id) const
{
    for (const auto &k : m_groups)
        if (k.id == id)
            return &k;
    return nullptr;
}

const InstanceType *Catalog::instanceType(const QString &table, const QString &name) const
{
    const auto it = m_types.constFind(table);
    if (it == m_types.constEnd())
        return nullptr;
    for (const auto &t : *it)
        if (t.name == name)
            return &t;
    return nullptr;
}

const std::vector<InstanceType> &Catalog::instanceTypes(const QString &table) const
{
    static const std::vector<InstanceType> empty;
    const auto it = m_types.constFind(table);
    return it == m_types.constEnd() ? empty : *it;
}

double Catalog::price(const QString &key) const
{
    const auto it = m_prices.constFind(key);
    if (it == m_prices.constEnd())
        throw std::out_of_range(("unknown price key " + key).toStdString());
    return it->first;
}

QString Catalog::priceSource(const QString &key) const { return m_prices.value(key).second; }

const PriceTiers *Catalog::priceTiers(const QString &key) const
{
    const auto it = m_tiers.constFind(key);
    return it == m_tiers.constEnd() ? nullptr : &*it;
}

QStringList Catalog::priceTierKeys() const
{
    QStringList keys = m_tiers.keys();
    keys.sort();
    return keys;
}

double PriceTiers::cost(double volume) const
{
    double usd = 0, from = 0;
    for (const auto &[upTo, rate] : tiers) {
        if (volume <= from)
            break;
        usd += (std::min(volume, upTo) - from) * rate;
        from = upTo;
    }
    return usd;
}

namespace {
// A component overrides few parameters: a walk over its overrides costs
// less than making a QString to look the name up.
constexpr qsizetype kWalkedOverrides = 16;

const ParamValue &valueOf(const KindSpec &kind, const ParamMap &params, QAnyStringView name)
{
    if (params.size() <= kWalkedOverrides) {
        const ParamValue *found = name.visit([&params](auto wanted) -> const ParamValue * {
            for (auto it = params.constBegin(); it != params.constEnd(); ++it)
                if (sameName(it.key(), wanted))
                    return &*it;
            return nullptr;
        });
        if (found)
            return *found;
    } else if (const auto it = params.constFind(name.toString()); it != params.constEnd()) {
        return *it;
    }
    const ParamSpec *spec = kind.param(name);
    if (!spec)
        throw std::out_of_range(("kind " + kind.id + " has no parameter " + name.toString()).toStdString());
    return spec->defaultValue;
}
} // namespace

double Catalog::number(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const
{
    const ParamValue &v = valueOf(kind, params, name);
    if (const double *d = std::get_if<double>(&v))
        return *d;
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? 1.0 : 0.0;
    return 0;
}

bool Catalog::flag(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const
{
    const ParamValue &v = valueOf(kind, params, name);
    if (const bool *b = std::get_if<bool>(&v))
        return *b;
    if (const double *d = std::get_if<double>(&v))
        return *d != 0;
    return false;
}

QString Catalog::text(const KindSpec &kind, const ParamMap &params, QAnyStringView name) const
{
    const ParamValue &v = valueOf(kind, params, name);
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

} // namespace scalescope
