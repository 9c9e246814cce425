#include "flowstyle.h"

#include "report.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// Three significant digits: the label changes when a reader would notice.
double significant3(double v)
{
    if (v <= 0 || !std::isfinite(v))
        return v;
    const double scale = std::pow(10.0, std::floor(std::log10(v)) - 2);
    return std::round(v / scale) * scale;
}

} // namespace

double FlowStyle::width(double rate)
{
    if (!(rate > 0))
        return kIdleWidth;
    // About one pixel more per factor of ten: 1 -> 1.8, 1k -> 4.8, 1M -> 8.1.
    const double w = std::clamp(kMinWidth + 1.1 * std::log10(1.0 + rate), kMinWidth, kMaxWidth);
    return std::round(w * 4) / 4;
}

double FlowStyle::speed(double rate)
{
    if (!(rate > 0))
        return 0;
    return std::round(std::clamp(15.0 + 22.0 * std::log10(1.0 + rate), 15.0, 200.0));
}

double FlowStyle::shownRate(double rate)
{
    return rate < 0.01 ? 0.0 : significant3(rate);
}

QString FlowStyle::label(double rate)
{
    if (rate < 0.01) // "1e-05 req/s" would be noise
        return QStringLiteral("< 0.01 req/s");
    return humanNumber(significant3(rate)) + QStringLiteral(" req/s");
}

ConnectionFlow FlowStyle::flow(double rate, bool failing)
{
    ConnectionFlow f;
    f.width = width(rate);
    f.speed = speed(rate);
    f.failing = failing && rate > 0;
    return f;
}

} // namespace scalescope
