#pragma once
// A simulation as JSON and Markdown, beside the analytic model's figures
// for the same network and user count, so the two solvers can be compared.

#include "evaluation.h"
#include "report.h"
#include "simulator.h"

#include <QJsonObject>

namespace scalescope {

const char *serviceDistributionName(ServiceDistribution d);

QJsonObject simulationJson(const Network &n, const SimulationResult &s, const Evaluation &analytic, const StageInfo &stage);
QByteArray simulationMarkdown(const Network &n, const SimulationResult &s, const Evaluation &analytic, const StageInfo &stage);

} // namespace scalescope
