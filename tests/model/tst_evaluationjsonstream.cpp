// The evaluation report written piece by piece is byte for byte the report
// QJsonDocument writes from evaluationJson, on every shipped stage, below
// and past saturation, and with components down.
#include "evaluationjsonstream.h"
#include "shippedscenario.h"
#include "stagenetwork.h"
#include "stages.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace scalescope;

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
                        QByteArray written;
                        int pieces = 0;
                        writeEvaluationJson(n, e, info, [&](QByteArrayView text) {
                            written.append(text);
                            ++pieces;
                        });
                        const QByteArray whole = QJsonDocument(evaluationJson(n, e, info)).toJson(QJsonDocument::Indented);
                        QVERIFY2(pieces > 1, qPrintable(name)); // streamed, not the whole document's fallback
                        QCOMPARE(written, whole);
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationJsonStream)
#include "tst_evaluationjsonstream.moc"
