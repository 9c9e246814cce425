// The network's packed containers read back exactly what was put in:
// StepLists (an availability step's four lists in one block), QueueTerms (a
// queue's figures and service time per kind served), ResourceExtras (a
// resource's capacity step, buffer-pool demand and senders' pools),
// ComponentExtras (a component's rarer terms), PairRates (a component's
// arrival rate per class and op, four inside and more on the heap) and
// CompactVector (a component's lists). Each is checked against the plain
// fields, arrays and vectors it replaced, on random contents.
#include "network.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace scalescope;

namespace {

template <typename T>
bool sameAs(std::span<const T> got, const std::vector<T> &want)
{
    return std::equal(got.begin(), got.end(), want.begin(), want.end());
}

} // namespace

class TestPackedLists : public QObject {
    Q_OBJECT
private slots:
    void emptyListsHoldNoBlock()
    {
        StepLists l;
        QVERIFY(l.targets().empty() && l.weights().empty() && l.common().empty() && l.alreadyCounted().empty());
        QCOMPARE(l.bytes(), size_t(0));
        l.assign(std::vector<int>{1}, {}, {}, {});
        QVERIFY(l.bytes() > 0);
        l.assign({}, {}, {}, {});
        QCOMPARE(l.bytes(), size_t(0));
    }

    void listsReadBackWhatWasAssigned()
    {
        std::mt19937 random(17);
        std::uniform_int_distribution<int> length(0, 9), value(-1000, 100000);
        std::uniform_real_distribution<double> weight(0, 1);
        for (int round = 0; round < 2000; ++round) {
            std::vector<int> targets(size_t(length(random))), common(size_t(length(random))), counted(size_t(length(random)));
            std::vector<double> weights(size_t(length(random)));
            for (auto *list : {&targets, &common, &counted})
                for (int &x : *list)
                    x = value(random);
            for (double &w : weights)
                w = weight(random);
            StepLists l;
            l.assign(targets, weights, common, counted);
            QVERIFY(sameAs(l.targets(), targets));
            QVERIFY(sameAs(l.weights(), weights));
            QVERIFY(sameAs(l.common(), common));
            QVERIFY(sameAs(l.alreadyCounted(), counted));
            // The doubles are aligned for their type.
            QCOMPARE(reinterpret_cast<std::uintptr_t>(l.weights().data()) % alignof(double), std::uintptr_t(0));

            // A copy is its own block with the same lists; a move takes the block.
            const StepLists copy = l;
            QCOMPARE(copy.bytes(), l.bytes());
            if (!targets.empty())
                QVERIFY(copy.targets().data() != l.targets().data());
            QVERIFY(sameAs(copy.weights(), weights) && sameAs(copy.alreadyCounted(), counted));
            StepLists moved = std::move(l);
            QVERIFY(sameAs(moved.common(), common) && sameAs(moved.targets(), targets));

            // One list replaced, read from the block itself: the others stay.
            std::vector<int> newCommon(size_t(length(random)), 7);
            moved.setCommon(newCommon);
            moved.setAlreadyCounted(moved.targets()); // a span into its own block
            QVERIFY(sameAs(moved.targets(), targets) && sameAs(moved.weights(), weights));
            QVERIFY(sameAs(moved.common(), newCommon) && sameAs(moved.alreadyCounted(), targets));
        }
    }

    void stepsReadTheirLists()
    {
        AvailabilityStep step;
        step.lists.assign(std::vector<int>{4, 5}, std::vector<double>{0.25, 0.75}, std::vector<int>{9}, {});
        QCOMPARE(step.targets().size(), size_t(2));
        QCOMPARE(step.targets()[1], 5);
        QCOMPARE(step.weights()[0], 0.25);
        QCOMPARE(step.common()[0], 9);
        QVERIFY(step.alreadyCounted().empty());
        std::vector<AvailabilityStep> steps(3, step); // copied into a vector as the network holds them
        steps.push_back(std::move(step));
        for (const AvailabilityStep &s : steps)
            QVERIFY(sameAs(s.targets(), std::vector<int>{4, 5}));
    }

    // A queue's figures and per-kind service times, set together or one
    // part at a time, copied and copied over, read back as the plain fields
    // and the full array they replaced; a resource with every figure at its
    // default and no kind served holds no block.
    void queueTermsReadAsTheFields()
    {
        using Terms = QueueTerms<OpCount>;
        std::mt19937 random(5);
        std::bernoulli_distribution served(0.3), defaults(0.2);
        std::uniform_real_distribution<double> seconds(1e-6, 2);
        const auto sameAs = [](const Terms &t, const Terms::Figures &f, const std::array<double, OpCount> &all) {
            for (size_t op = 0; op < all.size(); ++op)
                if (t.opTime(op) != all[op])
                    return false;
            const bool noBlock = t.bytes() == 0;
            const bool defaulted = std::all_of(all.cbegin(), all.cend(), [](double s) { return s == 0; }) && f.servers == 0
                && f.serviceTime == 0 && f.serviceSquaredMean == 0 && f.fixedCopies == 1;
            return t.opTime(size_t(OpCount)) == 0 // past the last kind: none
                && t.opTimes() == all && t.servers() == f.servers && t.serviceTime() == f.serviceTime
                && t.serviceSquaredMean() == f.serviceSquaredMean && t.fixedCopies() == f.fixedCopies
                && noBlock == defaulted;
        };
        Terms reused; // copied over on every round: a block of the same size is written in place
        for (int round = 0; round < 3000; ++round) {
            std::array<double, OpCount> all{};
            for (double &s : all)
                s = served(random) ? seconds(random) : 0;
            Terms::Figures f;
            if (!defaults(random)) {
                f.servers = double(1 + random() % 16);
                f.serviceTime = seconds(random);
                f.serviceSquaredMean = seconds(random);
                f.fixedCopies = double(1 + random() % 4);
            }
            Terms t;
            QVERIFY(sameAs(t, Terms::Figures{}, {}));
            switch (round % 3) {
            case 0:
                t.set(f, all);
                break;
            case 1:
                t.setFigures(f);
                t.setOpTimes(all);
                break;
            default:
                t.setOpTimes(all);
                t.setFigures(f);
            }
            QVERIFY(sameAs(t, f, all));
            const int kinds = int(std::count_if(all.cbegin(), all.cend(), [](double s) { return s != 0; }));
            if (t.bytes() > 0)
                QCOMPARE(t.bytes(), 4 * sizeof(double) + sizeof(std::uint64_t) + size_t(kinds) * sizeof(double));

            const Terms copy = t;
            reused = t;
            QVERIFY(sameAs(reused, f, all));
            const int op = round % OpCount;
            const std::array<double, OpCount> before = all;
            t.setOpTime(op, 0.5);
            all[size_t(op)] = 0.5;
            QVERIFY(sameAs(t, f, all));
            QVERIFY(sameAs(copy, f, before)); // the copies kept their own
            QVERIFY(sameAs(reused, f, before));
            t.setOpTime(op, 0);
            all[size_t(op)] = 0;
            QVERIFY(sameAs(t, f, all));
            t.set(Terms::Figures{}, {});
            QVERIFY(sameAs(t, Terms::Figures{}, {}));
        }
    }

    // Random steps, buffer-pool terms and pools, set in any order, copied
    // and copied over, read back as the plain fields they replaced; with all
    // of them at their defaults a resource holds no block.
    void resourceExtrasReadAsTheFields()
    {
        struct Fields {
            double stepUsers = std::numeric_limits<double>::infinity(), stepCapacity = 0;
            double aboveUsers = std::numeric_limits<double>::infinity(), perUserAbove = 0;
            std::vector<ResourceExtras::Pool> pools;
        };
        const auto same = [](const ResourceExtras &e, const Fields &f) {
            const std::span<const ResourceExtras::Pool> pools = e.pools();
            return e.stepUsers() == f.stepUsers && e.stepCapacity() == f.stepCapacity && e.aboveUsers() == f.aboveUsers
                && e.perUserAbove() == f.perUserAbove && std::equal(pools.begin(), pools.end(), f.pools.begin(), f.pools.end());
        };
        std::mt19937 random(11);
        std::uniform_real_distribution<double> figure(0.5, 1e6);
        std::uniform_int_distribution<int> what(0, 4), count(0, 5);
        ResourceExtras e, scratch;
        Fields f;
        QCOMPARE(e.bytes(), size_t(0));
        QVERIFY(same(e, f));
        for (int round = 0; round < 3000; ++round) {
            switch (what(random)) {
            case 0:
                f.stepUsers = round % 7 == 0 ? std::numeric_limits<double>::infinity() : figure(random);
                f.stepCapacity = figure(random);
                e.setStep(f.stepUsers, f.stepCapacity);
                break;
            case 1:
                f.aboveUsers = figure(random);
                f.perUserAbove = figure(random);
                e.setAbove(f.aboveUsers, f.perUserAbove);
                break;
            case 2:
                f.pools.resize(size_t(count(random)));
                for (auto &[source, size] : f.pools) {
                    source = count(random);
                    size = figure(random);
                }
                e.setPools(f.pools);
                break;
            case 3: // back to the defaults, one term at a time
                f = Fields{};
                e.setStep(f.stepUsers, f.stepCapacity);
                e.setAbove(f.aboveUsers, f.perUserAbove);
                e.setPools({});
                QCOMPARE(e.bytes(), size_t(0));
                break;
            default: { // a copy keeps its own block; a scratch copy takes any other's
                const ResourceExtras copy = e;
                e.setStep(1, 2);
                QVERIFY(same(copy, f));
                e = copy;
                scratch = e;
                QVERIFY(same(scratch, f));
                break;
            }
            }
            QVERIFY2(same(e, f), qPrintable(QString::number(round)));
            const bool defaults = std::isinf(f.stepUsers) && f.stepCapacity == 0 && std::isinf(f.aboveUsers)
                && f.perUserAbove == 0 && f.pools.empty();
            QCOMPARE(e.bytes(), defaults ? size_t(0) : 5 * sizeof(double) + f.pools.size() * sizeof(ResourceExtras::Pool));
        }
    }

    // Pairs written in any order, added to, copied, moved and cleared read
    // as a full table of the same writes; those never written read 0.
    void pairRatesReadAsAFullTable()
    {
        using Rates = PairRates<ClassCount, OpCount>;
        std::mt19937 random(29);
        for (int round = 0; round < 400; ++round) {
            std::array<std::array<double, OpCount>, ClassCount> table{};
            Rates rates;
            const int writes = int(random() % 40);
            for (int w = 0; w < writes; ++w) {
                const int cls = int(random() % ClassCount), op = int(random() % OpCount);
                const double add = double(random() % 1000) / 7;
                table[size_t(cls)][size_t(op)] += add;
                rates.ref(cls, op) += add;
            }
            const auto sameAsTable = [&table](const Rates &r) {
                for (int cls = 0; cls < ClassCount; ++cls)
                    for (int op = 0; op < OpCount; ++op)
                        if (r.at(cls, op) != table[size_t(cls)][size_t(op)])
                            return false;
                int visited = 0, lastPair = -1;
                bool inOrder = true;
                r.forEachWritten([&](int cls, int op, double rate) {
                    const int pair = cls * OpCount + op;
                    inOrder = inOrder && pair > lastPair && rate == table[size_t(cls)][size_t(op)];
                    lastPair = pair;
                    ++visited;
                });
                return inOrder && (visited == 0) == r.empty();
            };
            QVERIFY(sameAsTable(rates));
            QCOMPARE(rates.spilled(), rates.capacity() > 4);
            Rates copy(rates);
            QVERIFY(sameAsTable(copy));
            Rates assigned;
            assigned.ref(ClassAsync, OpJob) = 99; // replaced by the assignment
            assigned = copy;
            QVERIFY(sameAsTable(assigned));
            Rates moved(std::move(copy));
            QVERIFY(sameAsTable(moved));
            Rates moveAssigned;
            moveAssigned = std::move(assigned);
            QVERIFY(sameAsTable(moveAssigned));
            QVERIFY(sameAsTable(rates)); // the first is untouched by all of it
            rates.clear();
            QVERIFY(rates.empty());
            QCOMPARE(rates.at(ClassRead, OpRead), 0.0);
            rates.ref(ClassRead, OpRead) = 2;
            QCOMPARE(rates.at(ClassRead, OpRead), 2.0);
        }
    }

    // A component's rarer terms, changed in any order, copied and copied
    // over, read back as the plain fields they replaced; with all of them at
    // their defaults (to the bit: -0 is not 0) a component holds no block.
    void componentExtrasReadAsTheFields()
    {
        using Extras = ComponentExtras<kUserClasses>;
        using Fields = Extras::Terms; // the plain fields, as a component held them
        const auto group = std::make_shared<const ScalingGroup>(ScalingGroup{2, 6, 0.5});
        std::mt19937 random(17);
        const auto value = [&random](double fallback) {
            switch (random() % 4) {
            case 0: return fallback;
            case 1: return -0.0;
            default: return double(random() % 1000) / 8;
            }
        };
        // The single figures and their defaults.
        const std::array<std::pair<double Fields::*, double>, 3> figures{
            {{&Fields::fixedLatency, 0.0}, {&Fields::coldStartSeconds, 0.0}, {&Fields::survivingShare, 1.0}}};
        const auto bits = [](double d) { return std::bit_cast<std::uint64_t>(d); };
        const auto sameAs = [&bits](const Extras &e, const Fields &f) {
            const auto &t = e.terms();
            bool same = bits(t.fixedLatency) == bits(f.fixedLatency) && bits(t.coldStartSeconds) == bits(f.coldStartSeconds)
                && bits(t.survivingShare) == bits(f.survivingShare) && t.scaling == f.scaling;
            bool defaults = bits(f.fixedLatency) == bits(0.0) && bits(f.coldStartSeconds) == bits(0.0)
                && bits(f.survivingShare) == bits(1.0) && !f.scaling;
            for (int cls = 0; cls < kUserClasses; ++cls) {
                same = same && bits(t.serviceSeconds[size_t(cls)]) == bits(f.serviceSeconds[size_t(cls)]);
                defaults = defaults && bits(f.serviceSeconds[size_t(cls)]) == bits(0.0);
            }
            return same && (e.bytes() == 0) == defaults;
        };
        Extras reused;
        for (int round = 0; round < 3000; ++round) {
            Extras e;
            Fields f;
            QVERIFY(sameAs(e, f));
            for (int change = 0; change < 6; ++change) {
                switch (random() % 3) {
                case 0: {
                    const auto [field, fallback] = figures[random() % figures.size()];
                    const double v = value(fallback);
                    e.update([field, v](auto &t) { t.*field = v; });
                    f.*field = v;
                    break;
                }
                case 1: {
                    const int cls = int(random() % kUserClasses);
                    const double v = value(0);
                    e.update([cls, v](auto &t) { t.serviceSeconds[size_t(cls)] = v; });
                    f.serviceSeconds[size_t(cls)] = v;
                    break;
                }
                default: {
                    const auto g = random() % 2 ? group : nullptr;
                    e.update([g](auto &t) { t.scaling = g; });
                    f.scaling = g;
                }
                }
                QVERIFY(sameAs(e, f));
            }
            const Extras copy = e;
            reused = e;
            QVERIFY(sameAs(copy, f));
            QVERIFY(sameAs(reused, f));
            e.update([](auto &t) { t = {}; });
            QVERIFY(sameAs(e, Fields{}));
            QVERIFY(sameAs(copy, f)); // the copies kept their own
        }
        reused = Extras();
        QCOMPARE(group.use_count(), 1L); // every copy of the group let go of it
    }

    // Random appends (also of its own elements while it grows), resizes,
    // clears, copies, moves, swaps and assignments do to a CompactVector
    // what they do to a std::vector; elements that own memory (strings) are
    // copied, moved and destroyed as the vector's are.
    void compactVectorBehavesAsAVector()
    {
        std::mt19937 random(41);
        const auto text = [&random] { return QString(int(random() % 40), QChar(u'a' + char16_t(random() % 26))); };
        const auto same = [](const CompactVector<QString> &c, const std::vector<QString> &v) {
            return c.size() == v.size() && c.empty() == v.empty() && c.capacity() >= c.size()
                && std::equal(c.begin(), c.end(), v.begin(), v.end());
        };
        for (int round = 0; round < 2000; ++round) {
            CompactVector<QString> c, other;
            std::vector<QString> v, otherV;
            for (int step = 0; step < 60; ++step) {
                switch (random() % 9) {
                case 0:
                case 1: {
                    const QString s = text();
                    c.push_back(s);
                    v.push_back(s);
                    break;
                }
                case 2: // its own element, while the room may move
                    if (!v.empty()) {
                        c.push_back(c.front());
                        v.push_back(v.front());
                    }
                    break;
                case 3: {
                    const size_t n = random() % 10;
                    c.resize(n);
                    v.resize(n);
                    break;
                }
                case 4:
                    c.clear();
                    v.clear();
                    break;
                case 5: {
                    CompactVector<QString> copy(c);
                    c = copy;
                    copy.push_back(QStringLiteral("only in the copy"));
                    break;
                }
                case 6:
                    c.swap(other);
                    v.swap(otherV);
                    break;
                case 7:
                    c.assign(other.begin(), other.end());
                    v.assign(otherV.begin(), otherV.end());
                    break;
                default: {
                    CompactVector<QString> moved(std::move(c));
                    c = std::move(moved);
                    const QString s = text();
                    QCOMPARE(c.emplace_back(s), s);
                    v.emplace_back(s);
                }
                }
                QVERIFY(same(c, v));
                QVERIFY(same(other, otherV));
            }
        }
        // Assigned into an empty vector, the room is the count exactly.
        CompactVector<int> exact;
        const std::vector<int> seven{1, 2, 3, 4, 5, 6, 7};
        exact.assign(seven.begin(), seven.end());
        QCOMPARE(exact.capacity(), size_t(7));
        QVERIFY((exact == CompactVector<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(sizeof(CompactVector<ResourceModel>), size_t(16));
    }
};

QTEST_GUILESS_MAIN(TestPackedLists)
#include "tst_packedlists.moc"
