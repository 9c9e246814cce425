#include "loadcolors.h"

namespace scalescope {

QColor loadColor(double u)
{
    const QColor green(0x1D, 0x81, 0x02), amber(0xF2, 0x9D, 0x00), red(0xD1, 0x32, 0x12);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    if (u <= 0.5)
        return green;
    if (u <= 0.8)
        return mix(green, amber, (u - 0.5) / 0.3);
    if (u <= 1.0)
        return mix(amber, red, (u - 0.8) / 0.2);
    return red;
}

} // namespace scalescope
