// networkBytes counts what a compiled network holds, part by part: each
// array's reserved elements at their size, each string buffer once however
// many strings share it, and nothing for literals (their text is static).
// evaluationBytes counts an evaluation's arrays: what operator new hands
// out for them, counted here by replacing it.
#include "networkbytes.h"

#include "shippedscenario.h"
#include "stagenetwork.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>

namespace {

// Live bytes and blocks from the (unaligned) global operator new, each
// block's size kept in a header in front of it.
std::atomic<long long> g_liveBytes{0}, g_liveBlocks{0};
constexpr std::size_t kHeader = 16; // keeps the block aligned as malloc's

void *counted(std::size_t n)
{
    void *raw = std::malloc(n + kHeader);
    if (!raw)
        throw std::bad_alloc();
    *static_cast<std::size_t *>(raw) = n;
    g_liveBytes += (long long)n;
    ++g_liveBlocks;
    return static_cast<char *>(raw) + kHeader;
}

void uncounted(void *p) noexcept
{
    if (!p)
        return;
    void *raw = static_cast<char *>(p) - kHeader;
    g_liveBytes -= (long long)*static_cast<std::size_t *>(raw);
    --g_liveBlocks;
    std::free(raw);
}

} // namespace

void *operator new(std::size_t n) { return counted(n); }
void *operator new[](std::size_t n) { return counted(n); }
void operator delete(void *p) noexcept { uncounted(p); }
void operator delete[](void *p) noexcept { uncounted(p); }
void operator delete(void *p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void *p, std::size_t) noexcept { uncounted(p); }

using namespace scalescope;

class TestNetworkBytes : public QObject {
    Q_OBJECT
private slots:
    void emptyNetworkHoldsNothing()
    {
        const NetworkBytes b = networkBytes(Network{});
        QCOMPARE(b.total(), size_t(0));
        QCOMPARE(b.blocks, size_t(0));
    }

    void countsReservedElementsAndSharedStringsOnce()
    {
        Network n;
        n.components.reserve(3);
        n.components.resize(2);
        ComponentModel &a = n.components[0];
        a.id = QString::fromLatin1("web-1");                     // a buffer of its own
        a.label = a.id;                                         // shares it
        a.resources.reserve(4);
        a.resources.resize(2);
        a.resources[0].name = QStringLiteral("CPU");             // a literal: no buffer
        a.resources[0].queue.setOpTimes(std::array<double, OpCount>{0, 0.01, 0.02}); // two kinds served
        a.resources[1].extras.setPools(std::vector<ResourceExtras::Pool>{{1, 10.0}, {1, 20.0}});
        a.needs.resize(1);
        a.needs[0].lists.assign(std::vector<int>{1, 1, 1}, std::vector<double>{0.5, 0.5}, {}, {});
        a.costLines.resize(1);
        a.costLines[0].item = QStringLiteral("instances");
        a.sent.resize(1);
        n.components[1].id = QString::fromLatin1("db");
        n.queueVisits.reserve(3);
        n.queueVisits.resize(1);
        // Four pairs fit inside the component; a fifth moves them all to the heap.
        for (int op = 0; op < 4; ++op)
            n.components[1].arrival.ref(ClassRead, op) = 1;
        QCOMPARE(networkBytes(n).arrivals, size_t(0));
        n.components[1].arrival.ref(ClassWrite, OpWrite) = 1;

        const NetworkBytes b = networkBytes(n);
        QCOMPARE(b.components, 3 * sizeof(ComponentModel));
        QVERIFY(n.components[1].arrival.capacity() >= 5);
        QCOMPARE(b.arrivals, n.components[1].arrival.capacity() * sizeof(double));
        // The extra terms: the step's two figures, the buffer pool's two and
        // the count of pools, then the pools. The queue's terms: its four
        // figures, a word of bits for the kinds served, then their times.
        QCOMPARE(b.resources, 4 * sizeof(ResourceModel) + 4 * sizeof(double) + sizeof(std::uint64_t) + 2 * sizeof(std::pair<int, double>)
                                  + 4 * sizeof(double) + sizeof(std::uint64_t) + 2 * sizeof(double));
        // The step's lists: four 32-bit counts, then the weights and the targets.
        QCOMPARE(b.needs, sizeof(AvailabilityStep) + 4 * sizeof(std::uint32_t) + 3 * sizeof(int) + 2 * sizeof(double));
        QCOMPARE(b.costLines, sizeof(CostLine));
        QCOMPARE(b.flows, sizeof(Flow));
        QCOMPARE(b.queueVisits, 3 * sizeof(QueueVisits));
        const auto buffer = [](const QString &s) { return sizeof(QArrayData) + size_t(s.capacity() + 1) * sizeof(QChar); };
        QCOMPARE(b.strings, buffer(a.id) + buffer(n.components[1].id));
        // components, resources, one pool, one resource's queue terms, needs, the step's lists, cost lines,
        // sent, two strings, the second component's arrival rates, the queues' visit sums
        QCOMPARE(b.blocks, size_t(12));
        QCOMPARE(b.total(), b.components + b.arrivals + b.resources + b.needs + b.costLines + b.flows + b.queueVisits + b.strings);
    }

    // On a compiled scenario every part is there and the array of
    // components is at least one ComponentModel each.
    void compiledScenarioHasEveryPart()
    {
        const Network n = compileNetwork(loadShipped(QStringLiteral("three-tier.json")).base);
        const NetworkBytes b = networkBytes(n);
        QVERIFY(b.components >= n.components.size() * sizeof(ComponentModel));
        QVERIFY(b.resources > 0);
        QVERIFY(b.needs > 0);
        QVERIFY(b.costLines > 0);
        QVERIFY(b.blocks > n.components.size());
    }

    // What operator new hands out while an empty Evaluation is filled (and
    // keeps) is what evaluationBytes counts, in as many blocks.
    void evaluationBytesAreWhatIsAllocated()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        for (int stage : {0, int(s.stages.size())}) {
            const Network n = compileStage(s, stage, {}, Catalog::builtin());
            evaluate(n, 1000); // anything evaluating makes once for the program is made
            auto evaluation = std::make_unique<Evaluation>();
            const long long bytesBefore = g_liveBytes, blocksBefore = g_liveBlocks;
            evaluate(n, 250000, *evaluation);
            const long long grown = g_liveBytes - bytesBefore, newBlocks = g_liveBlocks - blocksBefore;
            std::size_t blocks = 0;
            const std::size_t bytes = evaluationBytes(*evaluation, &blocks);
            QVERIFY(blocks >= 4); // components, their two lists, the availability scratch
            QCOMPARE(grown, (long long)bytes);
            QCOMPARE(newBlocks, (long long)blocks);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkBytes)
#include "tst_networkbytes.moc"
