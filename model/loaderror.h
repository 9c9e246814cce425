#pragma once
#include <QString>

namespace scalescope {

// What went wrong in a scenario file, and where: the file, the JSON path
// (e.g. "base.components[3].kind") and, for syntax errors, line and column.
struct LoadError {
    QString file;
    QString path;
    QString message;
    int line = 0;
    int column = 0;

    QString toString() const;
};

} // namespace scalescope
