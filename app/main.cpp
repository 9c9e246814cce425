// scalescope: the editor, or with a command, the headless command line.
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (scalescope::isCommandLineCommand(args)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        return scalescope::runCommandLine(args, out, err);
    }
    QTextStream err(stderr);
    return scalescope::runCommandLine(args, err, err);
}
