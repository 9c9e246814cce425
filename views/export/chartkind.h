#pragma once
// The charts that can be exported, by the names the command line uses.

#include <QString>

#include <optional>

namespace scalescope {

enum class ChartKind { Utilisation, Latency, Cost };

// "utilisation" (or "utilization"), "latency", "cost"; else nothing.
std::optional<ChartKind> chartKindNamed(const QString &name);
QString chartKindName(ChartKind kind);

} // namespace scalescope
