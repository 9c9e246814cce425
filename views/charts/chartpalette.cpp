#include "chartpalette.h"

#include "network.h"

#include <array>

namespace scalescope {

namespace {

// Blue, orange, green, purple, brown, pink, cyan, olive, grey; red stays
// free for the 100% line so "over the limit" has one meaning.
constexpr std::array<QRgb, ChartPalette::kSeriesCount> kSeries = {
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f,
};

} // namespace

QColor ChartPalette::series(int index)
{
    return QColor(kSeries[size_t(index % kSeriesCount)]);
}

QColor ChartPalette::requestClass(int requestClass)
{
    switch (requestClass) {
    case ClassStatic: return QColor(0x2ca02c);
    case ClassRead: return QColor(0x1f77b4);
    case ClassWrite: return QColor(0xff7f0e);
    default: return muted();
    }
}

QColor ChartPalette::cursor() { return QColor(0x202020); }
QColor ChartPalette::limit() { return QColor(0xd62728); }
QColor ChartPalette::muted() { return QColor(0x9a9a9a); }

QColor ChartPalette::faded(QColor colour)
{
    colour.setAlpha(70);
    return colour;
}

} // namespace scalescope
