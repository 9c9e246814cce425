#pragma once
// What a connection carries at a user count. Routing is linear in users, so
// the compiled network keeps each connection's rate per user (Flow); these
// are the only places that turn it into requests per second.

#include "evaluation.h"

namespace scalescope {

// Requests per second along one flow at `users`.
inline double flowRate(const Flow &flow, double users) { return flow.perUser * users; }

// The flow from component `from` to component `to` (network indices), or
// null when that connection carries nothing (or does not exist).
const Flow *flowBetween(const Network &network, int from, int to);

// Requests per second from `from` to `to` (component ids) at `users`; 0 when
// the connection carries nothing or a component is unknown.
double connectionRate(const Network &network, const QString &from, const QString &to, double users);

// Everything a component sends on, all connections, at `users` (the users
// component sends the whole user load and receives nothing).
double sentRate(const ComponentModel &component, double users);

// A connection is failing when it carries requests into a component that
// turns some of its arrivals away (errorShare > 0 in the evaluation).
inline bool connectionFailing(const Evaluation &evaluation, const Flow &flow)
{
    return flow.perUser > 0 && flow.to >= 0 && size_t(flow.to) < evaluation.components.size()
           && evaluation.components[size_t(flow.to)].errorShare > 0;
}

} // namespace scalescope
