#include "parameterlabels.h"

#include "catalog.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace scalescope {

QString humanizeName(const QString &name, const QString &unit)
{
    static const QHash<QString, QString> acronyms{
        {QStringLiteral("iops"), QStringLiteral("IOPS")}, {QStringLiteral("ebs"), QStringLiteral("EBS")},
        {QStringLiteral("db"), QStringLiteral("DB")},     {QStringLiteral("rps"), QStringLiteral("RPS")},
        {QStringLiteral("cpu"), QStringLiteral("CPU")},   {QStringLiteral("lcu"), QStringLiteral("LCU")},
        {QStringLiteral("az"), QStringLiteral("AZ")},     {QStringLiteral("fifo"), QStringLiteral("FIFO")},
    };
    // A trailing unit abbreviation (requestServiceTimeMs in ms, hourlyUsd in
    // USD/h) repeats the editor's suffix; words like "connections" stay.
    static const QStringList abbreviations{QStringLiteral("ms"), QStringLiteral("KiB"),
                                           QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("GB"),
                                           QStringLiteral("USD")};
    QString stem = name;
    const QString unitWord = unit.section(QLatin1Char('/'), 0, 0);
    if (abbreviations.contains(unitWord, Qt::CaseInsensitive) && stem.size() > unitWord.size()
        && stem.endsWith(unitWord, Qt::CaseInsensitive) && stem.at(stem.size() - unitWord.size()).isUpper())
        stem.chop(unitWord.size());
    // Split before capitals, keeping runs like "IOPS" together.
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    QStringList words = stem.split(boundary, Qt::SkipEmptyParts);
    for (QString &w : words)
        w = acronyms.value(w.toLower(), w.toLower());
    QString text = words.join(u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString parameterLabel(const ParamSpec &spec)
{
    if (!spec.label.isEmpty() && spec.label != spec.name) {
        QString label = spec.label;
        label[0] = label[0].toUpper();
        return label;
    }
    return humanizeName(spec.name, spec.unit);
}

QString parameterToolTip(const QString &label, const QString &unit, const QString &defaultText, const QString &source)
{
    QString tip = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
    if (!unit.isEmpty())
        tip += QStringLiteral(" (%1)").arg(unit.toHtmlEscaped());
    tip += QStringLiteral("<br>Default: %1").arg(defaultText.toHtmlEscaped());
    if (!source.isEmpty())
        tip += QStringLiteral("<br>Source: %1").arg(source.toHtmlEscaped());
    return tip;
}

} // namespace scalescope
