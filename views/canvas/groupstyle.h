#pragma once
// How each group kind is drawn, after the AWS Architecture Icons group
// guidelines: Region a dashed teal border with the region flag, Availability
// Zone a dashed blue border and no icon, VPC a solid purple border with the
// VPC icon, Auto Scaling group a dashed orange border with its icon.

#include <QColor>
#include <QString>

namespace scalescope {

struct GroupStyle {
    QColor border;
    QColor text;
    bool dashed = false;
    bool icon = true; // the kind's AWS group icon sits in the top-left corner
};

GroupStyle groupStyle(const QString &kind);

} // namespace scalescope
