// scalescope: the editor, or with a command, the headless command line.
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef SCALESCOPE_WITH_EXPORT
#include "cli/exportcommands.h"
#include "scalescope_resources.h"

#include <QApplication>

namespace {

// Exports draw text and icons, which needs a QGuiApplication (QCustomPlot
// charts need a QApplication), but no display: offscreen unless the caller
// chose a platform.
int runExport(int argc, char *argv[], const QStringList &args)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initScaleScopeResources();
    QTextStream out(stdout), err(stderr);
    return scalescope::runExportCommand(args, out, err);
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
#ifdef SCALESCOPE_WITH_EXPORT
    if (scalescope::isExportCommand(args))
        return runExport(argc, argv, args);
#endif
    if (scalescope::isCommandLineCommand(args)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        return scalescope::runCommandLine(args, out, err);
    }
    QTextStream err(stderr);
    return scalescope::runCommandLine(args, err, err);
}
