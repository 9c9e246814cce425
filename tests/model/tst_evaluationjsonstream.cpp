// The evaluation report written piece by piece is byte for byte the report
// QJsonDocument writes from evaluationJson, on every shipped stage, below
// and past saturation, and with components down.
#include "evaluationjsonstream.h"
#include "shippedscenario.h"
#include "sloceiling.h"
#include "stagenetwork.h"
#include "stages.h"
#include "writtenpieces.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace scalescope;

namespace {

// The report as writeEvaluationJson writes it, and in how many pieces.
WrittenPieces writtenReport(const Network &n, const Evaluation &e, const StageInfo &info)
{
    return gathered([&](const auto &write) { writeEvaluationJson(n, e, info, write); });
}

} // namespace

class TestEvaluationJsonStream : public QObject {
    Q_OBJECT
private slots:
    void sameBytesAsTheDocument()
    {
        int checked = 0;
        for (const QString &name : {QStringLiteral("journey-to-10-million-users.json"),
                                    QStringLiteral("cloud-native-five-stages.json"), QStringLiteral("three-tier.json"),
                                    QStringLiteral("one-million-concurrent.json")}) {
            const Scenario s = loadShipped(name);
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Architecture a = architectureAt(s, stage);
                QList<QStringList> failures{{}};
                if (!a.components.empty())
                    failures << QStringList{a.components.back().id};
                for (const QStringList &failed : failures) {
                    const Network n = compileStage(s, stage, failed, Catalog::builtin());
                    const StageInfo info{stage, QStringLiteral("stage \"%1\"").arg(stage)};
                    for (double users : {1.0, a.workload.users, std::isfinite(n.ceilingUsers) ? 10 * n.ceilingUsers : 1e9}) {
                        const Evaluation e = evaluate(n, users);
                        const WrittenPieces written = writtenReport(n, e, info);
                        const QByteArray whole = QJsonDocument(evaluationJson(n, e, info)).toJson(QJsonDocument::Indented);
                        QVERIFY2(written.pieces > 1, qPrintable(name)); // streamed, not the whole document's fallback
                        QCOMPARE(written.text, whole);
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 40);
    }

    // The SLO ceiling given by the caller is asked for once, after every
    // component is written (so it can be searched for meanwhile), and the
    // report is the same as with the ceiling searched here.
    void sloCeilingIsAskedForAfterTheComponents()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        const int stage = int(s.stages.size());
        const Network n = compileStage(s, stage, {}, Catalog::builtin());
        const Evaluation e = evaluate(n, s.base.workload.users);
        const StageInfo info{stage, QStringLiteral("last")};
        const double searched = sloCeilingUsers(n);
        QVERIFY(std::isfinite(searched) && searched > 0); // a figure, not null, lands in the text
        QByteArray text;
        int asked = 0;
        qsizetype writtenWhenAsked = -1;
        writeEvaluationJson(
            n, e, info, [&text](QByteArrayView piece) { text.append(piece); },
            [&] {
                ++asked;
                writtenWhenAsked = text.size();
                return searched;
            });
        QCOMPARE(asked, 1);
        QCOMPARE(text, QJsonDocument(evaluationJson(n, e, info)).toJson(QJsonDocument::Indented));
        // Every component's id is in the text written before the question.
        const QByteArray before = text.first(writtenWhenAsked);
        for (const ComponentModel &m : n.components)
            QVERIFY2(before.contains("\"id\": \"" + m.id.toUtf8() + "\""), qPrintable(m.id));
        QVERIFY(!before.contains("sloCeilingUsers"));
        QVERIFY(text.contains("\"sloCeilingUsers\": " + QByteArray::number(searched, 'g', QLocale::FloatingPointShortest)));
    }

    // Writing a report changes nothing in the network, not even where its
    // strings' text lies: names, units and bill items are literals, and
    // reading one must not copy it to the heap (a million copies kept at
    // 200,000 components).
    void writingLeavesTheNetworksStringsInPlace()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        const Network n = compileStage(s, int(s.stages.size()), {}, Catalog::builtin());
        std::vector<const QChar *> before;
        for (const ComponentModel &m : n.components) {
            for (const ResourceModel &r : m.resources)
                before.insert(before.end(), {r.name->constData(), r.unit->constData()});
            for (const CostLine &line : m.costLines)
                before.push_back(line.item->constData());
        }
        const Evaluation e = evaluate(n, s.base.workload.users);
        writtenReport(n, e, StageInfo{1, QStringLiteral("stage")});
        size_t i = 0;
        for (const ComponentModel &m : n.components) {
            for (const ResourceModel &r : m.resources) {
                QCOMPARE(r.name->constData(), before[i++]);
                QCOMPARE(r.unit->constData(), before[i++]);
            }
            for (const CostLine &line : m.costLines)
                QCOMPARE(line.item->constData(), before[i++]);
        }
        QVERIFY(i > 50);
    }

    // A report of thousands of components, written in many pieces, is still
    // the document's bytes. The components are copies of a shipped stage's
    // (their indices still point at the first copy's, which come before them).
    void largeReportIsTheDocumentsBytes()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        Network n = compileStage(s, int(s.stages.size()), {}, Catalog::builtin());
        const size_t one = n.components.size();
        QVERIFY(one > 5);
        const size_t copies = 3001 / one + 1;
        n.components.reserve(one * copies);
        for (size_t c = 1; c < copies; ++c)
            for (size_t i = 0; i < one; ++i) {
                n.components.push_back(n.components[i]);
                n.components.back().id += QStringLiteral("-copy%1").arg(c);
            }
        const StageInfo info{1, QStringLiteral("copies")};
        const Evaluation e = evaluate(n, s.base.workload.users * 3);
        const WrittenPieces written = writtenReport(n, e, info);
        const QByteArray whole = QJsonDocument(evaluationJson(n, e, info)).toJson(QJsonDocument::Indented);
        QVERIFY(n.components.size() > 3000);
        QVERIFY(written.pieces > 10);
        QCOMPARE(written.text.size(), whole.size());
        QVERIFY(written.text == whole);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationJsonStream)
#include "tst_evaluationjsonstream.moc"
