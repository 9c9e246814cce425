// write-generated-scenario N FILE: the benchmarks' generated architecture of
// N components as a scenario file, to time the command line and the window
// on diagrams of any size.
#include "generatedarchitecture.h"

#include "scenariofile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace scalescope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int components = args.size() == 3 ? args[1].toInt(&ok) : 0;
    if (!ok || components < 10) {
        std::fprintf(stderr, "usage: write-generated-scenario COMPONENTS FILE (at least 10 components)\n");
        return 2;
    }
    Scenario s;
    s.title = QStringLiteral("Generated, %1 components").arg(components);
    s.base = bench::generateArchitecture(components);
    QString error;
    if (!saveScenario(s, args[2], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
