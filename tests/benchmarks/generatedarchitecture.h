#pragma once
// Realistic, valid architectures of any size for the benchmarks: a shared
// front (users -> Route 53 -> CloudFront -> S3) and as many application
// cells as fit, each an ALB in front of EC2 web fleets (some auto scaled)
// with an ElastiCache cache in front of an RDS primary and its read
// replicas; some cells queue their writes to SQS workers, others serve part
// of their traffic from Lambda on DynamoDB.

#include "document.h"

namespace scalescope::bench {

// Exactly `components` components (at least 10). Every one receives
// traffic, and where one component feeds several of a kind it says how
// much each gets.
Architecture generateArchitecture(int components);

// A chain of exactly `components` components (at least 3), each sending to
// the next: users, load balancers passing the requests on, and one EC2
// fleet at the end, in rows of 40 as the architecture above.
Architecture generateChain(int components);

} // namespace scalescope::bench
