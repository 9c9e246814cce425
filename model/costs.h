#pragma once
// The monthly bill of an evaluation, line by line: linear lines, surplus
// CPU credits of burstable types, and volume tiers shared by every component
// that uses them (docs/model.md, "Cost").

#include "evaluation.h"

#include <functional>

namespace scalescope {

// Prices one component's lines into r.costLines, which views one place a
// line (tiered lines hold their volume until priceTieredLines), and returns
// the linear part in USD.
double priceLinearLines(const ComponentModel &m, ComponentResult &r, double users, double billedInstances,
                        double peakToAverage);

// Prices each tier schedule on the total volume of its lines, shares it in
// proportion to volume, and sets every component's and the total monthly cost.
void priceTieredLines(const Network &net, Evaluation &out);

// The month's bill at `users` if each component kept `instances(i)` billed
// instances all month (the timeline's question): instance lines and surplus
// credits follow the count, the rest the users.
double monthlyCostWithInstances(const Network &net, double users, const std::function<double(size_t)> &instances);

// The month's total by kind of line (compute, credits, requests, ...).
std::array<double, kCostKinds> costByKind(const Network &net, const Evaluation &e);

} // namespace scalescope
