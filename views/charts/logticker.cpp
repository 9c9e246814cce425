#include "logticker.h"

#include <algorithm>
#include <cmath>

namespace scalescope {

LogTicker::LogTicker(Label label)
    : m_label(std::move(label))
{
    setLogBase(10);
    setSubTickCount(8); // 2..9 between decades
    setTickCount(8);
}

void LogTicker::fitTo(double decades, int axisPixels, int labelPixels)
{
    // QCPAxisTickerLog steps by range / tickCount decades (rounded to a
    // clean number), so asking for decades / step ticks gives that step.
    const double room = std::max(1.0, double(axisPixels) / std::max(1, labelPixels));
    int step = 10;
    for (const int s : {1, 2, 5}) {
        if (decades / s <= room) {
            step = s;
            break;
        }
    }
    setTickCount(std::max(1, int(std::ceil(decades / step))));
    // Minor ticks at 2..9 are only right when labels are one decade apart.
    setSubTickCount(step == 1 ? 8 : 0);
}

QString LogTicker::shortNumber(double value)
{
    const double a = std::abs(value);
    struct Suffix { double unit; char letter; };
    for (const Suffix s : {Suffix{1e9, 'B'}, Suffix{1e6, 'M'}, Suffix{1e3, 'k'}}) {
        if (a >= s.unit)
            return QString::number(value / s.unit, 'g', 3) + QLatin1Char(s.letter);
    }
    return QString::number(value, 'g', 3);
}

QString LogTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return m_label(tick);
}

} // namespace scalescope
