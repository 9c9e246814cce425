// The CSV reports are written field by field into pieces, without a QString
// a row: the same bytes as rows of QStrings (numbers by QString::number with
// ten digits, awkward fields quoted) joined by commas and turned into UTF-8
// at the end, which is how this test builds what it expects.
#include "csvtext.h"
#include "report.h"
#include "sweep.h"
#include "shippedscenario.h"
#include "stagenetwork.h"
#include "stages.h"
#include "writtenpieces.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace scalescope;

namespace {

QString expectedNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QStringLiteral("inf");
}

QString expectedField(const QString &s)
{
    if (s.contains(',') || s.contains('"') || s.contains('\n'))
        return '"' + QString(s).replace('"', QStringLiteral("\"\"")) + '"';
    return s;
}

QByteArray number(double v)
{
    QByteArray out;
    appendCsvNumber(out, v);
    return out;
}

template <typename Writer>
WrittenPieces written(Writer writer, const Network &n, const Evaluation &e)
{
    return gathered([&](const auto &write) { writer(n, e, write); });
}

} // namespace

class TestCsvReports : public QObject {
    Q_OBJECT
private slots:
    void numbersAsQtWritesThemWithTenDigits()
    {
        std::mt19937_64 random(17);
        std::uniform_real_distribution<double> exponent(-12, 16);
        int checked = 0;
        const auto check = [&checked](double v) {
            QCOMPARE(number(v), expectedNumber(v).toUtf8());
            ++checked;
        };
        for (int i = 0; i < 200000; ++i) {
            std::uint64_t bits = random();
            double any = 0;
            std::memcpy(&any, &bits, sizeof any);
            check(any); // NaNs and infinities among them
            const double v = std::pow(10.0, exponent(random));
            check(v);
            check(-v);
            check(std::round(v));             // whole numbers: ties at the eleventh digit
            check(std::round(v * 1000) / 1000); // and fractions that end early
        }
        // Exact ties, where printf's rounding (to even) and Qt's (away from zero) part.
        for (double v : {7623360202.5, 11528392205.0, 22511732.625, 0.5, 2.5, 1234567890.5, -1234567890.5})
            check(v);
        for (double v : {0.0, -0.0, 1.0, 0.1, 1e-5, 1e-4, 1e10, 1e15, 1e16, 5e-324, std::numeric_limits<double>::max(),
                         std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                         std::numeric_limits<double>::quiet_NaN()})
            check(v);
        QVERIFY(checked > 1000000);
    }

    void fieldsQuotedWhenTheyMustBe()
    {
        for (const QString &s : {QString(), QStringLiteral("web-1"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("two\nlines"), QStringLiteral("caf\u00e9, \u00fcber"), QStringLiteral("\U0001F600 db"),
                                 QString(QChar(0xD800)) + QStringLiteral("x")}) {
            QByteArray field;
            appendCsvField(field, s);
            QCOMPARE(field, expectedField(s).toUtf8());
            QByteArray text;
            appendCsvText(text, s);
            QCOMPARE(text, s.toUtf8());
        }
    }

    void reportsAsRowsOfQStrings()
    {
        int checked = 0;
        for (const QString &name : {QStringLiteral("journey-to-10-million-users.json"),
                                    QStringLiteral("cloud-native-five-stages.json"), QStringLiteral("three-tier.json")}) {
            const Scenario s = loadShipped(name);
            for (int stage = 0; stage <= int(s.stages.size()); ++stage) {
                Network n = compileStage(s, stage, {}, Catalog::builtin());
                QVERIFY(!n.components.empty());
                // Ids and labels that must be quoted, and text beyond ASCII.
                n.components.front().id = QStringLiteral("web, \"blue\"");
                n.components.back().label = QStringLiteral("caf\u00e9\nbar");
                for (double users : {1.0, s.base.workload.users, 1e9}) {
                    const Evaluation e = evaluate(n, users);
                    QString resources = QStringLiteral("component,kind,resource,unit,demand,capacity,utilization,ceilingUsers,responseTimeMs\n");
                    QString costs = QStringLiteral("component,label,kind,item,monthlyCostUsd\n");
                    for (size_t i = 0; i < n.components.size(); ++i) {
                        const ComponentModel &m = n.components[i];
                        for (size_t k = 0; k < m.resources.size(); ++k) {
                            const ResourceResult &r = e.components[i].resources[k];
                            const bool queue = m.resources[k].type == ResourceType::Queueing;
                            resources += QStringList{expectedField(m.id), m.kind->id, expectedField(m.resources[k].name),
                                                     m.resources[k].unit, expectedNumber(r.demand), expectedNumber(r.capacity),
                                                     expectedNumber(r.utilization), expectedNumber(m.resources[k].ceiling),
                                                     queue ? expectedNumber(r.responseTime * 1000) : QString()}
                                             .join(',') + '\n';
                        }
                        for (size_t k = 0; k < m.costLines.size(); ++k)
                            costs += QStringList{expectedField(m.id), expectedField(m.label),
                                                 QLatin1String(costKindName(m.costLines[k].kind)),
                                                 expectedField(m.costLines[k].item), expectedNumber(e.components[i].costLines[k])}
                                         .join(',') + '\n';
                    }
                    QCOMPARE(written(writeEvaluationCsv, n, e).text, resources.toUtf8());
                    QCOMPARE(written(writeCostsCsv, n, e).text, costs.toUtf8());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
    }

    // The sweep's CSV: a column per component, a row per user count.
    void sweepAsRowsOfQStrings()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        Network n = compileStage(s, int(s.stages.size()), {}, Catalog::builtin());
        n.components.front().id = QStringLiteral("users, \"all\""); // a column name to quote
        const Sweep sw = sweep(n, 1, 1e8, 24);
        QStringList header{"users", "bottleneckComponent", "bottleneckResource", "bottleneckUtilization"};
        for (int c = 0; c < kUserClasses; ++c)
            header << QStringLiteral("latencyMs_%1").arg(className(c)) << QStringLiteral("errorRate_%1").arg(className(c));
        header << "availability" << "monthlyCostUsd" << "costPerUserUsd";
        for (const ComponentModel &m : n.components)
            header << expectedField(QStringLiteral("utilization_") + m.id);
        QString expected = header.join(',') + '\n';
        int withBottleneck = 0;
        for (size_t p = 0; p < sw.points.size(); ++p) {
            const SweepPoint &pt = sw.points[p];
            QStringList row{expectedNumber(pt.users)};
            if (pt.bottleneckComponent >= 0) {
                const ComponentModel &m = n.components[size_t(pt.bottleneckComponent)];
                row << expectedField(m.id) << expectedField(m.resources[size_t(pt.bottleneckResource)].name);
                ++withBottleneck;
            } else {
                row << QString() << QString();
            }
            row << expectedNumber(pt.bottleneckUtilization);
            for (int c = 0; c < kUserClasses; ++c)
                row << expectedNumber(pt.latency[size_t(c)] * 1000) << expectedNumber(pt.errorRate[size_t(c)]);
            row << expectedNumber(pt.availability) << expectedNumber(pt.monthlyCost) << expectedNumber(pt.costPerUser);
            for (size_t i = 0; i < n.components.size(); ++i)
                row << expectedNumber(sw.componentUtilization(p, i));
            expected += row.join(',') + '\n';
        }
        QVERIFY(withBottleneck > 0);
        QCOMPARE(sweepCsv(n, sw), expected.toUtf8());
    }

    // A report larger than a piece comes in several, and whole.
    void largeReportInPieces()
    {
        const Scenario s = loadShipped(QStringLiteral("journey-to-10-million-users.json"));
        const Network one = compileStage(s, int(s.stages.size()), {}, Catalog::builtin());
        Network many = one;
        while (many.components.size() < 4000) // rows enough for several pieces; evaluation reads each on its own
            many.components.insert(many.components.end(), one.components.begin(), one.components.end());
        const Evaluation e = evaluate(one, s.base.workload.users);
        Evaluation repeated = e;
        repeated.components.clear();
        while (repeated.components.size() < many.components.size())
            repeated.components.insert(repeated.components.end(), e.components.begin(), e.components.end());
        const WrittenPieces w = written(writeEvaluationCsv, many, repeated);
        QVERIFY(w.pieces > 2);
        QCOMPARE(w.text.count('\n'), qsizetype(1 + [&] {
            size_t rows = 0;
            for (const ComponentModel &m : many.components)
                rows += m.resources.size();
            return rows;
        }()));
        QVERIFY(w.text.endsWith('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCsvReports)
#include "tst_csvreports.moc"
