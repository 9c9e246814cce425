// draw.io export: an mxfile with one page per stage, the AWS shapes and
// group boxes, the connections and the figures in the labels; and SVG text
// named with a family browsers know.
#include "evaluation.h"
#include "export/drawioexport.h"
#include "export/stageexport.h"
#include "export/svgfontfamilies.h"
#include "network.h"
#include "scalescope_resources.h"
#include "stages.h"

#include "testsupport.h"
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace scalescope;
using test::readAll;
using test::scenarioPath;
using test::shipped;

namespace {

struct Cell {
    QString id, parent, value, style, source, target;
    bool vertex = false, edge = false;
};

struct Page {
    QString name;
    QList<Cell> cells;
};

QList<Page> parse(const QByteArray &xml)
{
    QList<Page> pages;
    QXmlStreamReader r(xml);
    bool inFile = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("mxfile")) {
            inFile = true;
        } else if (r.name() == QLatin1String("diagram")) {
            pages.append(Page{r.attributes().value(QLatin1String("name")).toString(), {}});
        } else if (r.name() == QLatin1String("mxCell") && !pages.isEmpty()) {
            const auto a = r.attributes();
            pages.last().cells.append(Cell{a.value("id").toString(), a.value("parent").toString(), a.value("value").toString(),
                                           a.value("style").toString(), a.value("source").toString(), a.value("target").toString(),
                                           a.value("vertex") == QLatin1String("1"), a.value("edge") == QLatin1String("1")});
        }
    }
    if (r.hasError() || !inFile)
        qFatal("not an mxfile: %s", qPrintable(r.errorString()));
    return pages;
}

} // namespace

class TestDrawioExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void onePagePerStageWithTheExpectedCells()
    {
        const Scenario s = shipped("three-tier.json");
        const double users = 5000;
        const QList<Page> pages = parse(drawioDocument(s, users, Catalog::builtin()));
        QCOMPARE(pages.size(), int(s.stages.size()) + 1);
        for (int k = 0; k < pages.size(); ++k) {
            const Architecture a = architectureAt(s, k);
            const Page &p = pages[k];
            QVERIFY(p.name.startsWith(QString::number(k) + QStringLiteral(". ")));
            QHash<QString, const Cell *> byId;
            for (const Cell &c : p.cells)
                byId.insert(c.id, &c);
            QCOMPARE(byId.size(), p.cells.size()); // ids are unique
            for (const Cell &c : p.cells)
                if (!c.parent.isEmpty())
                    QVERIFY2(byId.contains(c.parent), qPrintable(c.id));
            for (const Component &c : a.components) {
                const Cell *cell = byId.value(QStringLiteral("c-") + c.id);
                QVERIFY(cell && cell->vertex);
                QVERIFY(cell->style.contains(QStringLiteral("mxgraph.aws4.")));
                QCOMPARE(cell->parent, c.group.isEmpty() ? QStringLiteral("1") : QStringLiteral("g-") + c.group);
                QVERIFY(cell->value.contains(c.label.toHtmlEscaped()));
            }
            for (const Group &g : a.groups) {
                const Cell *cell = byId.value(QStringLiteral("g-") + g.id);
                QVERIFY(cell && cell->vertex);
                QVERIFY(cell->style.contains(QStringLiteral("container=1")));
            }
            int edges = 0;
            for (const Cell &c : p.cells)
                edges += c.edge ? 1 : 0;
            QCOMPARE(edges, int(a.connections.size()));
            // The web servers' figures at this user count: the busiest resource's share.
            const Network n = compileNetwork(a);
            const Evaluation e = evaluate(n, users);
            const int web = n.indexOf(QStringLiteral("web"));
            const ComponentResult &r = e.components[size_t(web)];
            const QString expected = QStringLiteral("%1% %2").arg(std::lround(r.utilization * 100))
                                         .arg(n.components[size_t(web)].resources[size_t(r.busiest)].name);
            QVERIFY2(byId.value(QStringLiteral("c-web"))->value.contains(expected), qPrintable(byId.value(QStringLiteral("c-web"))->value));
        }
        QVERIFY(pages[0].cells.size() > 2);
        const QString regionStyle = [&] {
            for (const Cell &c : pages[0].cells)
                if (c.id == QLatin1String("g-region"))
                    return c.style;
            return QString();
        }();
        QVERIFY(regionStyle.contains(QStringLiteral("grIcon=mxgraph.aws4.group_region")));
    }

    void commandLineWritesTheFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("journey.drawio"));
        QProcess p;
        p.start(QStringLiteral(SCALESCOPE_BINARY), {"export", scenarioPath("journey-to-10-million-users.json"), "--out", out});
        QVERIFY(p.waitForFinished(-1));
        QCOMPARE(p.exitCode(), 0);
        const Scenario s = shipped("journey-to-10-million-users.json");
        QCOMPARE(parse(readAll(out)).size(), int(s.stages.size()) + 1);
    }

    void svgNamesARealFamilyAndAGenericOne()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("diagram.svg"));
        QString error;
        const Scenario s = shipped("three-tier.json");
        QVERIFY2(exportDiagram(s, 1, 5000, out, ExportFormat::Svg, PictureOptions{}, OverlayOptions{true, true}, &error), qPrintable(error));
        const QByteArray svg = readAll(out);
        QVERIFY(svg.contains("font-family=\""));
        QVERIFY(!svg.contains("font-family=\"Sans Serif\""));
        QVERIFY(svg.contains("sans-serif\""));
        // An alias Qt resolves is written as the family it resolved to.
        QVERIFY(withBrowserFontFamilies("<g font-family=\"Sans Serif\">").contains("', sans-serif\""));
        QCOMPARE(withBrowserFontFamilies("<g font-family=\"'A', serif\">"), QByteArray("<g font-family=\"'A', serif\">"));
    }
};

QTEST_MAIN(TestDrawioExport)
#include "tst_drawioexport.moc"
