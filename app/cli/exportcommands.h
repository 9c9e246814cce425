#pragma once
// The export commands of the command line: a stage's diagram, a chart, or
// the whole journey as a PDF deck or a folder of pictures. They draw text
// and icons, so they run under a QApplication (offscreen when there is no
// display; main() sets that up).

#include <QStringList>
#include <QTextStream>

namespace scalescope {

// export, export-chart, export-deck.
bool isExportCommand(const QStringList &args);
// Exit code 0 on success, 1 when the scenario or the output fails, 2 for bad
// usage (unknown stage, format, chart or option). Prints the files written.
int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// The lines the usage text shows for them.
extern const char *const kExportUsage;

} // namespace scalescope
