// The tree reader's typed fields: every value checked, every problem named by its place.
#include "scenariotreereader.h"

#include <QJsonArray>

#include <cmath>

namespace scalescope {

QString ScenarioTreeReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString ScenarioTreeReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("nothing");
    }
}

bool ScenarioTreeReader::fail(const QString &path, const QString &message)
{
    if (m_error) {
        m_error->file = m_file;
        m_error->path = path;
        m_error->message = message;
    }
    return false;
}

bool ScenarioTreeReader::object(const QJsonValue &v, const QString &path, QJsonObject &out)
{
    if (!v.isObject())
        return fail(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
    out = v.toObject();
    return true;
}

bool ScenarioTreeReader::array(const QJsonValue &v, const QString &path, QJsonArray &out)
{
    if (!v.isArray())
        return fail(path, QStringLiteral("expected an array, found %1").arg(typeName(v)));
    out = v.toArray();
    return true;
}

bool ScenarioTreeReader::string(const QJsonObject &o, const QString &key, const QString &path, QString &out,
            bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString())
        return fail(join(path, key),
                    v.isUndefined() ? QStringLiteral("missing")
                                    : QStringLiteral("expected a string, found %1").arg(typeName(v)));
    out = v.toString();
    return true;
}

bool ScenarioTreeReader::id(const QJsonObject &o, const QString &key, const QString &path, QString &out)
{
    if (!string(o, key, path, out, true))
        return false;
    if (out.isEmpty() || out.size() > 200)
        return fail(join(path, key), QStringLiteral("an id must have 1 to 200 characters"));
    return true;
}

bool ScenarioTreeReader::number(const QJsonValue &v, const QString &path, double &out, double lo, double hi)
{
    if (!v.isDouble())
        return fail(path, QStringLiteral("expected a number, found %1").arg(typeName(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return fail(path, QStringLiteral("the number is not finite"));
    if (d < lo || d > hi)
        return fail(path, QStringLiteral("%1 is outside %2 to %3").arg(d).arg(lo).arg(hi));
    out = d;
    return true;
}

bool ScenarioTreeReader::optionalNumber(const QJsonObject &o, const QString &key, const QString &path,
                    double &out, double lo, double hi)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    // A good number needs no path (positions: two per component).
    if (const double d = v.toDouble(); v.isDouble() && std::isfinite(d) && d >= lo && d <= hi) {
        out = d;
        return true;
    }
    return number(v, join(path, key), out, lo, hi);
}

bool ScenarioTreeReader::onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *k : keys)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            return fail(join(path, it.key()), QStringLiteral("unknown field"));
    }
    return true;
}

bool ScenarioTreeReader::optionalString(const QJsonObject &o, const char *key, const QString &path, std::optional<QString> &out)
{
    QString s;
    if (!o.contains(QLatin1String(key)))
        return true;
    if (!string(o, QLatin1String(key), path, s, true))
        return false;
    out = s;
    return true;
}

bool ScenarioTreeReader::paramValue(const KindSpec &kind, const QString &name, const QJsonValue &v,
                const QString &path, ParamValue &out)
{
    const ParamSpec *spec = kind.param(name);
    if (!spec)
        return fail(path, QStringLiteral("kind '%1' has no parameter '%2'").arg(kind.id, name));
    switch (spec->type) {
    case ParamType::Flag:
        if (!v.isBool())
            return fail(path, QStringLiteral("expected true or false, found %1").arg(typeName(v)));
        out = v.toBool();
        return true;
    case ParamType::Choice: {
        if (!v.isString())
            return fail(path, QStringLiteral("expected a string, found %1").arg(typeName(v)));
        const QString s = v.toString();
        const bool ok = spec->table.isEmpty() ? spec->options.contains(s)
                                              : m_catalog.instanceType(spec->table, s) != nullptr;
        if (!ok)
            return fail(path, QStringLiteral("'%1' is not a known %2").arg(s, spec->table.isEmpty() ? name : spec->table + QStringLiteral(" instance type")));
        out = s;
        return true;
    }
    case ParamType::Number:
    case ParamType::Integer: {
        double d = 0;
        if (!number(v, path, d, spec->minimum, spec->maximum))
            return false;
        if (spec->type == ParamType::Integer && d != std::floor(d))
            return fail(path, QStringLiteral("expected a whole number, found %1").arg(d));
        out = d;
        return true;
    }
    }
    return false;
}

bool ScenarioTreeReader::params(const KindSpec &kind, const QJsonValue &v, const QString &path, ParamMap &out)
{
    if (v.isUndefined())
        return true;
    QJsonObject o;
    if (!object(v, path, o))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        ParamValue value;
        if (!paramValue(kind, it.key(), it.value(), join(path, it.key()), value))
            return false;
        out.insert(it.key(), value);
    }
    return true;
}

bool ScenarioTreeReader::resetList(const KindSpec &kind, const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isUndefined())
        return true;
    QJsonArray a;
    if (!array(v, path, a))
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!a[i].isString())
            return fail(p, QStringLiteral("expected a parameter name"));
        if (!kind.param(a[i].toString()))
            return fail(p, QStringLiteral("kind '%1' has no parameter '%2'").arg(kind.id, a[i].toString()));
        out << a[i].toString();
    }
    return true;
}

} // namespace scalescope
