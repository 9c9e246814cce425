#include "groupstyle.h"

namespace scalescope {

GroupStyle groupStyle(const QString &kind)
{
    if (kind == QLatin1String("region"))
        return {QColor(0x00, 0xA4, 0xA6), QColor(0x14, 0x7E, 0xBA), true, true};
    if (kind == QLatin1String("availability-zone"))
        return {QColor(0x14, 0x7E, 0xBA), QColor(0x14, 0x7E, 0xBA), true, false};
    if (kind == QLatin1String("vpc"))
        return {QColor(0x8C, 0x4F, 0xFF), QColor(0x8C, 0x4F, 0xFF), false, true};
    if (kind == QLatin1String("auto-scaling-group"))
        // The guideline orange, a shade darker for the label so it reads.
        return {QColor(0xED, 0x71, 0x00), QColor(0xC4, 0x5C, 0x00), true, true};
    // The AWS Cloud style (squid ink) for any group kind added later.
    return {QColor(0x23, 0x2F, 0x3E), QColor(0x23, 0x2F, 0x3E), false, true};
}

} // namespace scalescope
