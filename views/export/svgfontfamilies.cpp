#include "svgfontfamilies.h"

#include <QFont>
#include <QFontInfo>
#include <QHash>
#include <QRegularExpression>

namespace scalescope {

namespace {

QString cssFamilies(const QString &qtFamily)
{
    QFont font(qtFamily);
    const QFontInfo info(font);
    const QString real = info.family().isEmpty() ? qtFamily : info.family();
    const QString generic = info.fixedPitch() ? QStringLiteral("monospace")
        : font.styleHint() == QFont::Serif     ? QStringLiteral("serif")
                                               : QStringLiteral("sans-serif");
    QString escaped = real;
    escaped.remove(u'\'').remove(u'"');
    return QStringLiteral("'%1', %2").arg(escaped, generic);
}

} // namespace

QByteArray withBrowserFontFamilies(const QByteArray &svg)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QHash<QString, QString> resolved;
    QString out;
    out.reserve(text.size() + 1024);
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString family = m.captured(1);
        if (!resolved.contains(family))
            resolved.insert(family, family.contains(u',') ? family : cssFamilies(family));
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("font-family=\"%1\"").arg(resolved.value(family));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace scalescope
