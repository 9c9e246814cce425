#pragma once
// What kind of limit a resource is, in the words of the scaling journeys:
// the web tier, the database's reads, its writes... The advisor and the
// journey checks reason in these terms, not in component ids.

#include "network.h"

namespace scalescope {

enum class LimitKind {
    None,
    SingleServer,        // one instance runs web and database
    WebTier,             // application servers' CPU or memory
    DatabaseReads,
    DatabaseWrites,
    DatabaseConnections,
    DatabaseStorage,
    Cache,
    ServiceLimit,        // a documented quota: Lambda, API Gateway, DynamoDB, SQS FIFO
    StaticDelivery,      // CDN or S3 request rates
};

LimitKind classifyLimit(const ComponentModel &component, int resource);

// The busiest resource at exactly `users`, as the evaluation names it (the
// canvas callout's bottleneck): never read off the nearest sweep point,
// which near a crossover can name the other component.
struct Bottleneck {
    int component = -1; // index into Network::components, or -1
    int resource = -1;
    double utilization = 0;
};
Bottleneck bottleneckAt(const Network &network, double users);
QString limitKindName(LimitKind kind); // "database writes"

} // namespace scalescope
