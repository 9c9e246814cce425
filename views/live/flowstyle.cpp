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

// Width and speed of a positive rate from its decades, log10(1 + rate):
// worked out once for both, as a slider move styles every connection.
double widthAt(double decades)
{
    // About one pixel more per factor of ten: 1 -> 1.8, 1k -> 4.8, 1M -> 8.1.
    const double w = std::clamp(FlowStyle::kMinWidth + 1.1 * decades, FlowStyle::kMinWidth, FlowStyle::kMaxWidth);
    return std::round(w * 4) / 4;
}

double speedAt(double decades)
{
    return std::round(std::clamp(15.0 + 22.0 * decades, 15.0, 200.0));
}

} // namespace

double FlowStyle::width(double rate)
{
    return rate > 0 ? widthAt(std::log10(1.0 + rate)) : kIdleWidth;
}

double FlowStyle::speed(double rate)
{
    return rate > 0 ? speedAt(std::log10(1.0 + rate)) : 0;
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
    if (rate > 0) {
        const double decades = std::log10(1.0 + rate);
        f.width = widthAt(decades);
        f.speed = speedAt(decades);
    } else {
        f.width = kIdleWidth;
        f.speed = 0;
    }
    f.failing = failing && rate > 0;
    return f;
}

} // namespace scalescope
