#include "propertyaccess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace scalescope::import {

namespace {

QJsonValue walk(QJsonValue v, const QString &path)
{
    for (const QString &key : path.split(u'.')) {
        while (v.isArray())
            v = v.toArray().isEmpty() ? QJsonValue() : v.toArray().first();
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

} // namespace

QJsonValue valueAt(const QJsonObject &properties, const QString &paths)
{
    for (const QString &path : paths.split(u'|')) {
        const QJsonValue v = walk(properties, path);
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString textAt(const QJsonObject &properties, const QString &paths)
{
    const QJsonValue v = valueAt(properties, paths);
    return v.isString() ? v.toString() : QString();
}

std::optional<double> numberAt(const QJsonObject &properties, const QString &paths)
{
    const QJsonValue v = valueAt(properties, paths);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<bool> flagAt(const QJsonObject &properties, const QString &paths)
{
    const QJsonValue v = valueAt(properties, paths);
    if (v.isBool())
        return v.toBool();
    if (v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QStringList referencesAt(const SourceResource &resource, const QString &paths)
{
    QStringList out;
    const QStringList wanted = paths.split(u'|');
    for (const SourceReference &r : resource.references)
        for (const QString &p : wanted)
            if ((r.path == p || r.path.startsWith(p + u'.')) && !out.contains(r.target)) {
                out << r.target;
                break;
            }
    return out;
}

QString nameTag(const QJsonObject &properties)
{
    const QJsonValue tags = properties.value(QStringLiteral("Tags")).isUndefined() ? properties.value(QStringLiteral("tags"))
                                                                                   : properties.value(QStringLiteral("Tags"));
    if (tags.isObject())
        return tags.toObject().value(QStringLiteral("Name")).toString();
    for (const QJsonValue &t : tags.toArray())
        if (t.toObject().value(QStringLiteral("Key")).toString() == QLatin1String("Name"))
            return t.toObject().value(QStringLiteral("Value")).toString();
    return {};
}

} // namespace scalescope::import
