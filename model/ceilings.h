#pragma once
// The users at which one resource of a compiled network reaches a
// utilisation, as compileNetwork works out every resource's ceiling (at
// 1.0): for the tests that hold its shortcuts to the plain bisection.

#include "network.h"

namespace scalescope {

double usersAtUtilization(const Network &n, const ComponentModel &c, const ResourceModel &r, double level);

} // namespace scalescope
