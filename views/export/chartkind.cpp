#include "chartkind.h"

namespace scalescope {

std::optional<ChartKind> chartKindNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("utilisation") || n == QLatin1String("utilization"))
        return ChartKind::Utilisation;
    if (n == QLatin1String("latency"))
        return ChartKind::Latency;
    if (n == QLatin1String("cost"))
        return ChartKind::Cost;
    return std::nullopt;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Utilisation: return QStringLiteral("utilisation");
    case ChartKind::Latency: return QStringLiteral("latency");
    case ChartKind::Cost: return QStringLiteral("cost");
    }
    return {};
}

} // namespace scalescope
