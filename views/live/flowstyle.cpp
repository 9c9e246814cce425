#include "flowstyle.h"

#include "report.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace scalescope {

namespace {

// Powers of ten as std::pow gives them, over the decades rates fall in:
// a slider move rounds the rate of every labelled connection, and a look-up
// costs a fraction of a log10 and a pow.
struct PowersOfTen {
    static constexpr int kLowest = -24;
    static constexpr int kHighest = 40;
    std::array<double, kHighest - kLowest + 1> value{};
    PowersOfTen()
    {
        for (int k = kLowest; k <= kHighest; ++k)
            value[size_t(k - kLowest)] = std::pow(10.0, double(k));
    }
    double operator[](int k) const { return value[size_t(k - kLowest)]; }
};

const PowersOfTen &powersOfTen()
{
    static const PowersOfTen powers;
    return powers;
}

// floor(log10(v)) for a finite v > 0, found in the table; log10 itself
// outside it and within a hair of a power of ten, where its rounding
// decides.
double decadeOf(double v)
{
    const PowersOfTen &p = powersOfTen();
    if (!(v >= p[PowersOfTen::kLowest + 1]) || !(v < p[PowersOfTen::kHighest - 1]))
        return std::floor(std::log10(v));
    const auto above = std::upper_bound(p.value.begin(), p.value.end(), v);
    const int k = int(above - p.value.begin()) - 1 + PowersOfTen::kLowest;
    constexpr double kHair = 1e-9;
    if (v < p[k] * (1 + kHair) || v > p[k + 1] * (1 - kHair))
        return std::floor(std::log10(v));
    return double(k);
}

// Three significant digits: the label changes when a reader would notice.
double significant3(double v)
{
    if (v <= 0 || !std::isfinite(v))
        return v;
    const double exponent = decadeOf(v) - 2;
    const PowersOfTen &p = powersOfTen();
    const double scale = exponent >= PowersOfTen::kLowest && exponent <= PowersOfTen::kHighest ? p[int(exponent)]
                                                                                               : std::pow(10.0, exponent);
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
