#pragma once
// The service level objective ceiling: the user count up to which the read
// and write p99 latencies stay within the workload's targets, beside the
// saturation ceiling (the first resource at 100%).

#include "evaluation.h"

#include <functional>

namespace scalescope {

// p99 target of a user class in seconds, or 0 when it has none.
double p99Target(const Workload &w, int requestClass);
// True when every class with a target meets it at this evaluation.
bool meetsObjectives(const Workload &w, const Evaluation &e);

// Users at which the objectives first fail, searched up to the network's
// saturation ceiling (latency is not monotone where auto scaling adds
// instances, so a log grid finds the first failing step and bisection
// refines it). +inf when no class has a target or they hold to `maxUsers`;
// 0 when they fail from the first user.
double sloCeilingUsers(const Network &network, double maxUsers = 1e9);

// The search itself, over any test of a user count: the first failing
// users up to `upper` (the objectives' saturation bound), +inf when
// `holds` holds to `maxUsers`, 0 when it fails at one user. With
// `twoAtATime` the grid's points are tried in pairs and the bisection tries
// a guess at its next middle beside each middle, on another thread (so
// `holds` must be safe to call from two threads at once): the same answer,
// in about half the grid's time and two thirds of the bisection's on two
// free cores.
double firstFailingUsers(double upper, double maxUsers, const std::function<bool(double)> &holds,
                         bool twoAtATime = false);

} // namespace scalescope
