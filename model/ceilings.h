#pragma once
// The users at which one resource of a compiled network reaches a
// utilisation (ceilingsearch.cpp). compileNetwork asks it for every
// resource's ceiling (at 1.0); the tests hold its shortcuts to the plain
// bisection.

#include "network.h"

namespace scalescope {

double usersAtUtilization(const Network &n, const ComponentModel &c, const ResourceModel &r, double level);

} // namespace scalescope
