#include "graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>

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
    // The same order as boost::topological_sort on makeGraph (depth first from vertex 0 up, each
    // vertex's edges in the order given, finish order reversed), without building its lists.
    const size_t n = static_cast<size_t>(vertexCount);
    std::vector<int> start(n + 1, 0);
    for (const auto &[from, to] : edges)
        ++start[size_t(from) + 1];
    for (size_t v = 0; v < n; ++v)
        start[v + 1] += start[v];
    std::vector<int> targets(edges.size());
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &[from, to] : edges)
            targets[size_t(next[size_t(from)]++)] = to;
    }
    enum : char { White, Grey, Black };
    std::vector<char> colour(n, White);
    std::vector<std::pair<int, int>> stack; // vertex, its next edge
    std::vector<int> finished;
    finished.reserve(n);
    for (int root = 0; root < vertexCount; ++root) {
        if (colour[size_t(root)] != White)
            continue;
        colour[size_t(root)] = Grey;
        stack.emplace_back(root, start[size_t(root)]);
        while (!stack.empty()) {
            auto &[v, e] = stack.back();
            if (e == start[size_t(v) + 1]) {
                colour[size_t(v)] = Black;
                finished.push_back(v);
                stack.pop_back();
                continue;
            }
            const int t = targets[size_t(e++)];
            if (colour[size_t(t)] == Grey)
                return {};
            if (colour[size_t(t)] == White) {
                colour[size_t(t)] = Grey;
                stack.emplace_back(t, start[size_t(t)]);
            }
        }
    }
    return std::vector<int>(finished.rbegin(), finished.rend());
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
