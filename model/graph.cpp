#include "graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>

namespace scalescope {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

Graph makeGraph(int vertexCount, const EdgeList &edges)
{
    Graph g(static_cast<size_t>(vertexCount));
    for (const auto &[from, to] : edges)
        boost::add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), g);
    return g;
}

// Records DFS tree parents; the first back edge closes a cycle.
struct CycleRecorder : boost::default_dfs_visitor {
    std::vector<Vertex> *parent;
    std::vector<int> *cycle;
    void tree_edge(EdgeDesc e, const Graph &g) const { (*parent)[boost::target(e, g)] = boost::source(e, g); }
    void back_edge(EdgeDesc e, const Graph &g) const
    {
        if (!cycle->empty())
            return;
        const Vertex head = boost::target(e, g);
        Vertex v = boost::source(e, g);
        std::vector<int> path{int(v)};
        while (v != head) {
            v = (*parent)[v];
            path.push_back(int(v));
        }
        std::reverse(path.begin(), path.end());
        *cycle = std::move(path);
    }
};

} // namespace

std::vector<int> findCycle(int vertexCount, const EdgeList &edges)
{
    const Graph g = makeGraph(vertexCount, edges);
    std::vector<Vertex> parent(static_cast<size_t>(vertexCount));
    std::vector<int> cycle;
    CycleRecorder visitor;
    visitor.parent = &parent;
    visitor.cycle = &cycle;
    boost::depth_first_search(g, boost::visitor(visitor));
    return cycle;
}

std::vector<int> topologicalOrder(int vertexCount, const EdgeList &edges)
{
    const Graph g = makeGraph(vertexCount, edges);
    std::vector<Vertex> reversed;
    try {
        boost::topological_sort(g, std::back_inserter(reversed));
    } catch (const boost::not_a_dag &) {
        return {};
    }
    return std::vector<int>(reversed.rbegin(), reversed.rend());
}

std::vector<bool> reachableFrom(int vertexCount, const EdgeList &edges, const std::vector<int> &sources)
{
    const Graph g = makeGraph(vertexCount, edges);
    std::vector<boost::default_color_type> color(static_cast<size_t>(vertexCount), boost::white_color);
    auto colorMap = boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g));
    for (int s : sources)
        if (color[static_cast<size_t>(s)] == boost::white_color)
            boost::breadth_first_visit(g, static_cast<Vertex>(s), boost::color_map(colorMap));
    std::vector<bool> reached(static_cast<size_t>(vertexCount));
    for (size_t i = 0; i < color.size(); ++i)
        reached[i] = color[i] != boost::white_color;
    return reached;
}

} // namespace scalescope
