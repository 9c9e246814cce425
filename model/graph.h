#pragma once
// Graph algorithms on the connection graph (Boost.Graph), on plain indices.

#include <utility>
#include <vector>

namespace scalescope {

using EdgeList = std::vector<std::pair<int, int>>;

// A cycle as the vertices on it in edge order (first != last), or empty.
std::vector<int> findCycle(int vertexCount, const EdgeList &edges);
// Vertices in topological order; empty when the graph has a cycle.
std::vector<int> topologicalOrder(int vertexCount, const EdgeList &edges);
// Which vertices can be reached from any of the sources.
std::vector<bool> reachableFrom(int vertexCount, const EdgeList &edges, const std::vector<int> &sources);

} // namespace scalescope
