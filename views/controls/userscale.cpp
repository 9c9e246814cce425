#include "userscale.h"

#include "report.h"
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
    if (const QString reading = humanNumber(v); parseUserCount(reading) == v)
        return reading;
    return QLocale(QLocale::English).toString(qlonglong(std::llround(v)));
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
