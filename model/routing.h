#pragma once
// Internal to compileNetwork: how each role passes, absorbs or transforms
// traffic (routing.cpp) and which resources it has (resources.cpp).

#include "compileparams.h"
#include "network.h"

#include <boost/container/small_vector.hpp>

#include <vector>

namespace scalescope {

struct Target {
    int index;    // component index (topological order)
    double share; // NaN = equal split
};

// Most components have a few targets and a database a few senders: lists
// of that many stay inside, not one heap block per component.
struct RoutingGraph {
    std::vector<boost::container::small_vector<Target, 4>> targets; // per component
    std::vector<std::array<bool, OpCount>> canServe;                // filled by routeTraffic
    std::vector<bool> localSessions;                                // keeps sessions in its own memory
    std::vector<boost::container::small_vector<int, 4>> dataSenders; // per database: fleets that hold connections to it
    std::vector<boost::container::small_vector<int, 4>> readSenders; // the ones among them that read
    // Per read replica: the shards of its source (one replica per shard) and
    // how many replicas share that source (a reader endpoint fails over among them).
    std::vector<double> replicaCopies;
    std::vector<double> replicaSiblings;
    std::vector<int> replicaSource; // the primary a replica copies, or -1
    // Per component, how many targets it has: all buildResources needs of
    // `targets`, which goes once routing is done (see dropRoutingLists).
    std::vector<int> targetCounts;
};

// Gives a container's room back (assigning `{}` to a vector keeps it).
template <typename Container>
void release(Container &c)
{
    Container().swap(c);
}

void routeTraffic(Network &net, RoutingGraph &graph, const CompileParams &params);
// Lets go of what only routing reads (the target lists, who reads from a
// database, who can serve what), keeping each component's target count:
// on 200,000 components that is 27 MB less while the resources are built.
void dropRoutingLists(RoutingGraph &graph);
void buildResources(Network &net, const RoutingGraph &graph, const CompileParams &params, const Catalog &catalog);

} // namespace scalescope
