#pragma once
// "1 item", "3 items": a count with its noun in the right number. Qt's %n
// picks the form only from a translation file; without one it prints
// "1 item(s)".

#include <QLocale>
#include <QString>

namespace scalescope {

inline QString countText(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

} // namespace scalescope
