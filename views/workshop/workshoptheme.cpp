#include "workshoptheme.h"

#include "live/sceneloadbinder.h"

#include <QApplication>

namespace scalescope::workshop {

QPalette palette()
{
    QPalette p(QColor(0xEE, 0xF1, 0xF4), Qt::white);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, Qt::white);
        p.setColor(group, QPalette::Base, Qt::white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xF4, 0xF6, 0xF8));
        p.setColor(group, QPalette::WindowText, kText);
        p.setColor(group, QPalette::Text, kText);
        p.setColor(group, QPalette::ButtonText, kText);
        p.setColor(group, QPalette::PlaceholderText, kMuted);
        p.setColor(group, QPalette::Highlight, kInk);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::ToolTipBase, Qt::white);
        p.setColor(group, QPalette::ToolTipText, kText);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, kRule);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, kRule);
    return p;
}

QFont font(double pointSize, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QColor loadColor(double utilization)
{
    if (utilization >= 1)
        return kOverloaded;
    if (utilization >= SceneLoadBinder::kStrained)
        return kStrained;
    return kHealthy;
}

} // namespace scalescope::workshop
