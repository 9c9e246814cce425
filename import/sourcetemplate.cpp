#include "sourcetemplate.h"

namespace scalescope::import {

const SourceResource *SourceTemplate::resource(const QString &id) const
{
    for (const SourceResource &r : resources)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString ImportError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

} // namespace scalescope::import
