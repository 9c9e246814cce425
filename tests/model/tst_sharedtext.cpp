// SharedText keeps one copy of each text for the whole program: equal texts
// are the same pointer, whichever thread asks, and compiling a network again
// adds no new texts.
#include "sharedtext.h"

#include "network.h"
#include "shippedscenario.h"
#include "stages.h"

#include <QTest>

#include <future>
#include <vector>

using namespace scalescope;

class TestSharedText : public QObject {
    Q_OBJECT
private slots:
    void equalTextsAreOneCopy()
    {
        const SharedText a(QStringLiteral("write IOPS"));
        const SharedText b(QString::fromLatin1("write ") + QString::fromLatin1("IOPS")); // another buffer, same text
        const SharedText c(QStringLiteral("read IOPS"));
        QCOMPARE(&a.text(), &b.text());
        QVERIFY(a == b);
        QVERIFY(!(a == c));
        QCOMPARE(a.text(), QStringLiteral("write IOPS"));
        QVERIFY(a == QLatin1StringView("write IOPS"));
        QVERIFY(a == QString::fromLatin1("write IOPS"));
        QCOMPARE(a->size(), 10);
    }

    void emptyIsTheEmptyText()
    {
        const SharedText none;
        QVERIFY(none.isEmpty());
        QVERIFY(none == SharedText(QString()));
        QVERIFY(none == SharedText(QString::fromLatin1("")));
        QCOMPARE(&none.text(), &SharedText().text());
    }

    // Compiles run on worker threads (the advisor's previews, the window's
    // background work): every thread gets the same copy.
    void threadsGetTheSameCopy()
    {
        const auto askMany = [] {
            std::vector<const QString *> got;
            for (int i = 0; i < 2000; ++i)
                got.push_back(&SharedText(QStringLiteral("text %1").arg(i % 50)).text());
            return got;
        };
        std::vector<std::future<std::vector<const QString *>>> runs;
        for (int t = 0; t < 4; ++t)
            runs.push_back(std::async(std::launch::async, askMany));
        const std::vector<const QString *> first = runs[0].get();
        for (size_t t = 1; t < runs.size(); ++t)
            QVERIFY(runs[t].get() == first);
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(*first[size_t(i)], QStringLiteral("text %1").arg(i % 50));
    }

    // The texts come from the model's code and catalog: a second compile of
    // every shipped stage finds all of them already there.
    void compilingAgainAddsNoTexts()
    {
        const QStringList files = shippedScenarioNames();
        const auto compileAll = [&files] {
            size_t resources = 0;
            for (const QString &file : files) {
                const Scenario s = loadShipped(file);
                for (int stage = 0; stage <= int(s.stages.size()); ++stage)
                    for (const ComponentModel &m : compileNetwork(architectureAt(s, stage)).components)
                        resources += m.resources.size();
            }
            return resources;
        };
        QVERIFY(compileAll() > 100);
        const qsizetype known = SharedText::distinctTexts();
        compileAll();
        QCOMPARE(SharedText::distinctTexts(), known);
        QVERIFY(known < 200);
    }
};

QTEST_GUILESS_MAIN(TestSharedText)
#include "tst_sharedtext.moc"
