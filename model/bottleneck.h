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
QString limitKindName(LimitKind kind); // "database writes"

} // namespace scalescope
