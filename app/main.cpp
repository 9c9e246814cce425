// scalescope: the editor, or with a command, the headless command line.
#include "cli/commandline.h"
#include "cli/hugepageheap.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef SCALESCOPE_WITH_GUI
#include "scalescope_resources.h"
#include "window/editoroptions.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QIcon>

namespace {

int runEditor(int argc, char *argv[], const QStringList &args)
{
    // Bad options are reported before anything needs a display.
    QString error;
    const scalescope::EditorOptions options = scalescope::parseEditorOptions(args, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "scalescope: " << error << "\n(scalescope --help lists the commands)\n";
        return 2;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScaleScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ScaleScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALESCOPE_VERSION));
    initScaleScopeResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/scalescope.svg")));

    scalescope::MainWindow window;
    window.show();
    // Work a crash left behind comes first; then the file asked for.
    if (!window.offerRecovery() && window.openStartupDocument(options.file))
        window.showStart(options.stage, options.users);
    if (options.workshop)
        window.showWorkshop();
    return app.exec();
}

} // namespace
#endif

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
        scalescope::restartWithHugePageHeap(argc, argv);
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        return scalescope::runCommandLine(args, out, err, true);
    }
#ifdef SCALESCOPE_WITH_GUI
    return runEditor(argc, argv, args);
#else
    QTextStream err(stderr);
    return scalescope::runCommandLine(args, err, err);
#endif
}
