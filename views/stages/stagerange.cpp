#include "stagerange.h"

#include "report.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope {

QString stageRangeText(const Stage &stage)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("StageRange", text); };
    if (stage.usersFrom > 0 && stage.usersTo > 0)
        return tr("for %1 to %2 users").arg(humanNumber(stage.usersFrom), humanNumber(stage.usersTo));
    if (stage.usersTo > 0)
        return tr("for up to %1 users").arg(humanNumber(stage.usersTo));
    if (stage.usersFrom > 0)
        return tr("from %1 users").arg(humanNumber(stage.usersFrom));
    return {};
}

double usersWithinStage(const Stage &stage, double users)
{
    if (stage.usersFrom > 0)
        users = std::max(users, stage.usersFrom);
    if (stage.usersTo > 0)
        users = std::min(users, stage.usersTo);
    return users;
}

} // namespace scalescope
