#include "userscale.h"

#include "usercount.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace scalescope {

namespace {

constexpr std::array<double, 10> kRound = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
constexpr double kEpsilon = 1e-9;

double roundSignificant(double v, int digits)
{
    const double magnitude = std::floor(std::log10(v));
    const double unit = std::max(1.0, std::pow(10.0, magnitude - (digits - 1)));
    return std::round(v / unit) * unit;
}

// Digits needed to write v exactly (v a whole number > 0).
int significantDigits(double v)
{
    long long n = std::llround(v);
    while (n > 0 && n % 10 == 0)
        n /= 10;
    int digits = 0;
    for (; n > 0; n /= 10)
        ++digits;
    return digits;
}

} // namespace

double UserScale::clamp(double users)
{
    return std::clamp(users, kMinUsers, kMaxUsers);
}

int UserScale::sliderMaximum()
{
    return toSlider(kMaxUsers);
}

int UserScale::toSlider(double users)
{
    return int(std::lround(std::log10(clamp(users)) * kTicksPerDecade));
}

double UserScale::fromSlider(int position)
{
    const double exact = std::pow(10.0, double(position) / kTicksPerDecade);
    return clamp(roundSignificant(clamp(exact), 3));
}

QString UserScale::format(double users)
{
    const double v = std::round(clamp(users));
    struct Suffix { double unit; char letter; };
    for (const Suffix s : {Suffix{1e6, 'M'}, Suffix{1e3, 'k'}}) {
        if (v < s.unit)
            continue;
        // Short form only when it is exact and short.
        if (significantDigits(v) <= 3)
            return QString::number(v / s.unit, 'g', 6) + QLatin1Char(s.letter);
        break;
    }
    QLocale english(QLocale::English);
    return english.toString(qlonglong(std::llround(v)));
}

double UserScale::stepUp(double users)
{
    const double u = clamp(users);
    if (u < 10)
        return std::floor(u + kEpsilon) + 1;
    double decade = std::pow(10.0, std::floor(std::log10(u)));
    for (;; decade *= 10) {
        for (const double r : kRound) {
            if (r * decade > u * (1 + kEpsilon))
                return clamp(r * decade);
        }
    }
}

double UserScale::stepDown(double users)
{
    const double u = clamp(users);
    if (u <= 10)
        return clamp(std::ceil(u - kEpsilon) - 1);
    double decade = std::pow(10.0, std::floor(std::log10(u)));
    for (;; decade /= 10) {
        for (auto r = kRound.rbegin(); r != kRound.rend(); ++r) {
            if (*r * decade < u * (1 - kEpsilon))
                return clamp(*r * decade);
        }
    }
}

} // namespace scalescope
