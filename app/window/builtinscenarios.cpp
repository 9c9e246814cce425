#include "builtinscenarios.h"

#include <QDir>
#include <QFile>

// At global scope: Q_INIT_RESOURCE declares the rcc function where it expands.
static void initScenarioResources()
{
    Q_INIT_RESOURCE(scalescope_scenarios);
}

namespace scalescope {

namespace {
const QString kPrefix = QStringLiteral(":/scenarios/");

void ensureRegistered()
{
    static const bool once = (initScenarioResources(), true);
    Q_UNUSED(once);
}
} // namespace

QStringList builtinScenarios()
{
    ensureRegistered();
    QStringList paths;
    const QDir dir(kPrefix);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << kPrefix + name;
    return paths;
}

QString defaultScenario()
{
    ensureRegistered();
    for (const char *name : {"journey-to-10-million-users.json", "three-tier.json"}) {
        const QString path = kPrefix + QLatin1String(name);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

bool isBuiltinScenario(const QString &path)
{
    return path.startsWith(kPrefix);
}

} // namespace scalescope
