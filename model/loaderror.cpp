#include "loaderror.h"

namespace scalescope {

QString LoadError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        where += QStringLiteral(": at %1").arg(path);
    return where + QStringLiteral(": ") + message;
}

} // namespace scalescope
