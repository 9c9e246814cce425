// The Markdown report takes its SLO ceiling from the caller when given one
// (searched on another thread meanwhile): asked once, and the same text as
// with the ceiling searched by the report itself.
#include "report.h"
#include "shippedscenario.h"
#include "sloceiling.h"
#include "stagenetwork.h"
#include "stages.h"

#include <QTest>

#include <cmath>

using namespace scalescope;

class TestMarkdownReport : public QObject {
    Q_OBJECT
private slots:
    void sloCeilingFromTheCaller()
    {
        int withLine = 0, checked = 0;
        for (const QString &name : {QStringLiteral("journey-to-10-million-users.json"), QStringLiteral("three-tier.json")}) {
            const Scenario s = loadShipped(name);
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                const Network n = compileStage(s, stage, {}, Catalog::builtin());
                const Evaluation e = evaluate(n, s.base.workload.users);
                const StageInfo info{stage, QStringLiteral("stage %1").arg(stage)};
                const double slo = sloCeilingUsers(n);
                int asked = 0;
                const QByteArray given = evaluationMarkdown(n, e, info, [&] {
                    ++asked;
                    return slo;
                });
                QCOMPARE(asked, 1);
                QCOMPARE(given, evaluationMarkdown(n, e, info));
                const QByteArray line = "- Within the p99 targets up to " + humanNumber(slo).toUtf8() + " users\n";
                QCOMPARE(given.contains(line), std::isfinite(slo));
                withLine += std::isfinite(slo) ? 1 : 0;
                // The component table follows the summary, one row a component.
                const qsizetype table = given.indexOf("| Component |");
                QVERIFY(table > given.indexOf("- Monthly cost"));
                QCOMPARE(given.sliced(table).count('\n'), qsizetype(2 + n.components.size()));
                ++checked;
            }
        }
        QVERIFY(checked > 8);
        QVERIFY(withLine > 0);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
