// The compile's topological order is Boost's topological_sort order, vertex for vertex, so the
// compiled network's numbering (and every output) is unchanged; cycles still give no order.
#include "graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>

#include <QtTest>

#include <algorithm>
#include <random>

using namespace scalescope;

namespace {

std::vector<int> boostOrder(int n, const EdgeList &edges)
{
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> g(static_cast<size_t>(n));
    for (const auto &[from, to] : edges)
        boost::add_edge(static_cast<size_t>(from), static_cast<size_t>(to), g);
    std::vector<size_t> reversed;
    try {
        boost::topological_sort(g, std::back_inserter(reversed));
    } catch (const boost::not_a_dag &) {
        return {};
    }
    return std::vector<int>(reversed.rbegin(), reversed.rend());
}

} // namespace

class TopologicalOrderTest : public QObject {
    Q_OBJECT
private slots:
    void handWorked()
    {
        // 0 -> 2, 1 -> 0: depth first from 0 finishes 2, 0, then 1; reversed 1, 0, 2.
        QCOMPARE(topologicalOrder(3, {{0, 2}, {1, 0}}), (std::vector<int>{1, 0, 2}));
        QVERIFY(topologicalOrder(2, {{0, 1}, {1, 0}}).empty());
        QVERIFY(topologicalOrder(1, {{0, 0}}).empty());
        QCOMPARE(topologicalOrder(0, {}), std::vector<int>{});
    }
    void sameAsBoostOnRandomGraphs()
    {
        std::mt19937 rng(7);
        int cyclic = 0;
        for (int round = 0; round < 5000; ++round) {
            const int n = 1 + int(rng() % 40);
            const int m = int(rng() % unsigned(3 * n));
            const bool acyclic = rng() % 2;
            std::vector<int> perm(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                perm[size_t(i)] = i;
            std::shuffle(perm.begin(), perm.end(), rng);
            EdgeList edges;
            for (int k = 0; k < m; ++k) {
                int a = int(rng() % unsigned(n)), b = int(rng() % unsigned(n));
                if (acyclic) {
                    if (a == b)
                        continue;
                    edges.emplace_back(perm[size_t(std::min(a, b))], perm[size_t(std::max(a, b))]);
                } else {
                    edges.emplace_back(a, b);
                }
            }
            const std::vector<int> expected = boostOrder(n, edges);
            cyclic += expected.empty();
            QCOMPARE(topologicalOrder(n, edges), expected);
        }
        QVERIFY(cyclic > 0 && cyclic < 5000);
    }
};

QTEST_GUILESS_MAIN(TopologicalOrderTest)
#include "tst_topologicalorder.moc"
