#include "stagenetwork.h"

#include "stages.h"

namespace scalescope {

Network compileStage(const Scenario &scenario, int stage, const QStringList &failed, const Catalog &catalog)
{
    return compileNetwork(architectureAt(scenario, stage), failed, catalog);
}

} // namespace scalescope
