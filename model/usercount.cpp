#include "usercount.h"

#include <cmath>

namespace scalescope {

std::optional<double> parseUserCount(const QString &text)
{
    QString s = text.trimmed().remove(',').remove('_').remove(' ');
    double factor = 1;
    if (!s.isEmpty()) {
        switch (s.back().toLower().toLatin1()) {
        case 'k': factor = 1e3; break;
        case 'm': factor = 1e6; break;
        case 'b': factor = 1e9; break;
        default: break;
        }
        if (factor != 1)
            s.chop(1);
    }
    bool ok = false;
    const double v = s.toDouble(&ok) * factor;
    if (!ok || !std::isfinite(v) || v < 0)
        return std::nullopt;
    return v;
}

std::optional<double> parseUserCountInRange(const QString &text)
{
    const std::optional<double> v = parseUserCount(text);
    if (!v || *v < kMinUsers || *v > kMaxUsers)
        return std::nullopt;
    return v;
}

QString userCountRule()
{
    return QStringLiteral("expected a user count from 1 to 100M, such as 2500, 10k or 2.5M");
}

} // namespace scalescope
