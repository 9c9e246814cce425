// The charts panel: curves per component and class, the cursor that
// follows the user count and can be dragged, clicks on curves, highlights.
#include "charts/chartspanel.h"
#include "controls/userscale.h"
#include "export/chartpicture.h"

#include "scenariofile.h"
#include "stages.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace scalescope;

namespace {

Architecture threeTier()
{
    LoadError error;
    const auto s = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), &error);
    if (!s)
        qFatal("cannot load three-tier.json");
    return architectureAt(*s, 1);
}

// Three-tier plus eight single-instance web fleets behind the load
// balancer: more loaded components than the chart draws. The database holds
// many connections from the big fleet (flat and high: the bottleneck at low
// counts) but breaks late, after six of the small fleets.
Architecture wideWebTier()
{
    Architecture a = threeTier();
    Component *web = a.component(QStringLiteral("web"));
    web->params.insert(QStringLiteral("count"), 20.0);
    Component *db = a.component(QStringLiteral("db"));
    db->params.insert(QStringLiteral("instanceType"), QStringLiteral("db.r5.8xlarge"));
    db->params.insert(QStringLiteral("maxConnections"), 250.0);
    db->params.insert(QStringLiteral("iops"), 200000.0);
    for (int i = 2; i <= 9; ++i) {
        Component c;
        c.id = QStringLiteral("web%1").arg(i);
        c.kind = QStringLiteral("ec2");
        c.label = QStringLiteral("Web fleet %1").arg(i);
        c.group = QStringLiteral("region");
        c.position = {500, 200.0 + 60 * i};
        c.params.insert(QStringLiteral("instanceType"), QStringLiteral("m5.large"));
        a.components.push_back(c);
        a.connections.push_back({QStringLiteral("lb"), c.id, std::nullopt});
    }
    return a;
}

struct Fixture {
    Network network;
    Sweep sweep;
    explicit Fixture(const Architecture &a)
        : network(compileNetwork(a))
        , sweep(scalescope::sweep(network, 1, 100e6, 160))
    {
    }
};

// Components the utilisation chart draws besides the bottleneck and a
// highlight: the loaded ones, at most six.
int expectedCurves(const Fixture &f)
{
    int loaded = 0;
    for (size_t c = 0; c < f.network.components.size(); ++c) {
        double peak = 0;
        for (size_t p = 0; p < f.sweep.points.size(); ++p)
            peak = std::max(peak, f.sweep.componentUtilization(p, c));
        loaded += peak > 0 ? 1 : 0;
    }
    return std::min(loaded, UtilizationChart::kTopCount);
}

void layOut(ChartsPanel &panel, int width = 1500)
{
    panel.resize(width, 320);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        qFatal("panel not exposed");
    // Synchronous replots so axis rects have their geometry.
    for (QCustomPlot *plot : panel.findChildren<QCustomPlot *>())
        plot->replot();
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void curvesForTheThreeTierApp()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        // Users, DNS and the load balancer carry no resource that fills.
        QCOMPARE(panel.utilizationChart()->shownComponents(), (QStringList{"web", "db"}));
        QCOMPARE(expectedCurves(f), 2);
        QCOMPARE(panel.utilizationChart()->curve("web")->dataCount(), 160);
        for (int cls = 0; cls < kUserClasses; ++cls)
            QVERIFY(panel.latencyChart()->classGraph(cls));
        QCOMPARE(panel.latencyChart()->classGraph(ClassRead)->name(), QStringLiteral("read"));
        QVERIFY(panel.costChart()->monthlyGraph());
        QVERIFY(panel.costChart()->perThousandGraph());
        QCOMPARE(panel.costChart()->perThousandGraph()->valueAxis(), panel.costChart()->yAxis2);
        // The data is the sweep's, in percent and milliseconds.
        const int web = f.network.indexOf("web");
        const auto webData = panel.utilizationChart()->curve("web")->data();
        QCOMPARE(webData->at(80)->value, f.sweep.componentUtilization(80, size_t(web)) * 100);
        QCOMPARE(panel.latencyChart()->classGraph(ClassWrite)->data()->at(10)->value,
                 f.sweep.points[10].latency[ClassWrite] * 1000);
        // The p50-p99 band's top edge is the model's p99; the objective is a flat line at the target.
        QCOMPARE(panel.latencyChart()->p99Graph(ClassRead)->data()->at(10)->value, f.sweep.points[10].p99[ClassRead] * 1000);
        QVERIFY(panel.latencyChart()->p99Graph(ClassRead)->channelFillGraph());
        QVERIFY(f.network.workload.readP99TargetMs > 0); // the default objective
        const QCPGraph *target = panel.latencyChart()->targetGraph(ClassRead);
        QVERIFY(target);
        QCOMPARE(target->data()->at(0)->value, f.network.workload.readP99TargetMs);
        QCOMPARE(target->data()->at(1)->value, f.network.workload.readP99TargetMs);
        QCOMPARE(panel.costChart()->perThousandGraph()->data()->at(10)->value, f.sweep.points[10].costPerUser * 1000);
    }

    void ceilingsAreMarked()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        UtilizationChart *chart = panel.utilizationChart();
        const ComponentModel &web = f.network.components[size_t(f.network.indexOf("web"))];
        double webCeiling = std::numeric_limits<double>::infinity();
        for (const ResourceModel &r : web.resources)
            webCeiling = std::min(webCeiling, r.ceiling);
        QCOMPARE(chart->ceilingUsers("web"), webCeiling);
        QCPGraph *marker = chart->ceilingMarker("web");
        QVERIFY(marker);
        QCOMPARE(marker->dataCount(), 1);
        QCOMPARE(marker->data()->at(0)->key, webCeiling);
        QCOMPARE(marker->data()->at(0)->value, 100.0);
        QCOMPARE(marker->scatterStyle().shape(), QCPScatterStyle::ssDiamond);
        QVERIFY(qIsNaN(chart->ceilingUsers("users")));
    }

    void theCeilingNoteIsNeverCutOff()
    {
        // Narrow (a chart panel at 1280x800 is about 290 pixels wide) and
        // wide: every line of the note fits between its start and the plot's
        // edge, for a first-to-break component with a long name.
        Architecture a = threeTier();
        for (Component &c : a.components)
            c.label = QStringLiteral("Read follower 2 (west)");
        const Fixture f(a);
        for (const int width : {290, 700}) {
            UtilizationChart chart;
            chart.resize(width, 260);
            chart.setData(f.network, f.sweep);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            chart.replot();
            const QCPItemText *note = chart.ceilingNote();
            QVERIFY(note->visible());
            const double room = chart.axisRect()->width() * (1 - note->position->coords().x());
            for (const QString &line : note->text().split(QLatin1Char('\n')))
                QVERIFY2(QFontMetricsF(note->font()).horizontalAdvance(line) + 6 <= room, qPrintable(line));
            QCOMPARE(note->text().contains(QLatin1Char('\n')), width < 700); // one line where it fits
        }
    }

    void hoveringACeilingNamesIt()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setUsers(1);
        layOut(panel);
        UtilizationChart *chart = panel.utilizationChart();
        const ComponentModel &db = f.network.components[size_t(f.network.indexOf("db"))];
        const auto first = std::min_element(db.resources.begin(), db.resources.end(),
                                            [](const ResourceModel &a, const ResourceModel &b) { return a.ceiling < b.ceiling; });
        const QString resource = first->name;
        const QPoint at(qRound(chart->xAxis->coordToPixel(first->ceiling)), qRound(chart->yAxis->coordToPixel(100)));
        QHelpEvent hover(QEvent::ToolTip, at, chart->mapToGlobal(at));
        QApplication::sendEvent(chart, &hover);
        QCOMPARE(QToolTip::text(), QStringLiteral("Primary DB: %1 reaches 100% at %2 users")
                                       .arg(resource, UserScale::format(first->ceiling)));
        QToolTip::hideText();
    }

    void onlyTheTopFewAndTheBottleneckGetCurves()
    {
        const Fixture f(wideWebTier());
        QVERIFY(f.network.components.size() > size_t(UtilizationChart::kTopCount) + 2);
        ChartsPanel panel;
        panel.setUsers(1000);
        panel.setData(f.network, f.sweep);
        const Evaluation e = evaluate(f.network, 1000);
        panel.setEvaluation(e); // as the window does once the evaluation is in
        const QStringList shown = panel.utilizationChart()->shownComponents();
        const QString bottleneck = f.network.components[size_t(e.bottleneckComponent)].id;
        QVERIFY(shown.contains(bottleneck));
        const int extra = shown.indexOf(bottleneck) >= UtilizationChart::kTopCount ? 1 : 0;
        QCOMPARE(shown.size(), expectedCurves(f) + extra);
        // First to break comes first.
        QCOMPARE(shown.first(), f.network.components[size_t(f.network.ceilingComponent)].id);
        // Every curve is in the legend; ceiling markers are not.
        const QCPLegend *legend = panel.utilizationChart()->legend;
        int entries = 0;
        for (int i = 0; i < legend->itemCount(); ++i) // a wrapped grid also counts empty cells
            entries += legend->item(i) && legend->item(i)->visible() ? 1 : 0;
        QCOMPARE(entries, shown.size());
    }

    void theBottleneckAlwaysHasABoldCurve()
    {
        const Fixture f(wideWebTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        UtilizationChart *chart = panel.utilizationChart();
        QSet<QString> seen;
        QSet<int> sizes;
        for (size_t p = 0; p < f.sweep.points.size(); p += 7) {
            const SweepPoint &point = f.sweep.points[p];
            const Evaluation e = evaluate(f.network, point.users);
            panel.setUsers(point.users);
            panel.setEvaluation(e);
            const QString bottleneck = f.network.components[size_t(e.bottleneckComponent)].id;
            seen.insert(bottleneck);
            sizes.insert(int(chart->shownComponents().size()));
            QVERIFY2(chart->shownComponents().contains(bottleneck), qPrintable(bottleneck));
            QVERIFY(chart->shownComponents().size() <= UtilizationChart::kTopCount + 1);
            for (const QString &id : chart->shownComponents())
                QCOMPARE(chart->legend->itemWithPlottable(chart->curve(id))->font().bold(), id == bottleneck);
        }
        // The database is the bottleneck at low counts but breaks after six
        // fleets: it got an extra curve, dropped again when a fleet took over.
        QVERIFY(seen.contains(QStringLiteral("db")));
        QVERIFY(seen.size() >= 2);
        QCOMPARE(sizes, (QSet<int>{UtilizationChart::kTopCount, UtilizationChart::kTopCount + 1}));
    }

    // When the bottleneck changes hands between curves already drawn, only
    // the legend's bold entry changes: the chart redraws the legend alone,
    // and looks exactly as a full replot draws it.
    void aNewBoldEntryLooksAsAFullReplotDrawsIt_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::newRow("three tier") << false;
        QTest::newRow("wide web tier") << true;
    }
    void aNewBoldEntryLooksAsAFullReplotDrawsIt()
    {
        QFETCH(bool, wide);
        const Fixture f(wide ? wideWebTier() : threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        layOut(panel);
        UtilizationChart *chart = panel.utilizationChart();
        QSignalSpy fullReplots(chart, &QCustomPlot::beforeReplot);
        int legendOnly = 0;
        int previous = chart->bottleneck();
        for (size_t p = 0; p < f.sweep.points.size(); ++p) {
            const double users = f.sweep.points[p].users;
            fullReplots.clear();
            panel.setEvaluation(evaluate(f.network, users));
            panel.setUsers(users);
            QCoreApplication::sendPostedEvents(); // a queued full replot, if any
            if (chart->bottleneck() != previous && fullReplots.isEmpty())
                ++legendOnly;
            previous = chart->bottleneck();
            const QImage shown = chart->grab().toImage();
            chart->replot(QCustomPlot::rpImmediateRefresh);
            QCOMPARE(chart->grab().toImage(), shown);
        }
        // Three tier: the database hands over to the web fleet, both drawn.
        if (!wide)
            QVERIFY(legendOnly > 0);
    }

    // A move where the bottleneck changes hands redraws only what changed
    // (the bold entry, the extra curve of a bottleneck outside the top few);
    // after any run of moves, highlights included, the chart looks exactly
    // as a chart built afresh at that user count.
    void movesLookAsAFreshChartDrawsThem()
    {
        const Fixture f(wideWebTier());
        ChartsPanel moved;
        moved.setData(f.network, f.sweep);
        layOut(moved);
        UtilizationChart *chart = moved.utilizationChart();
        QSignalSpy fullReplots(chart, &QCustomPlot::beforeReplot);
        int partial = 0, extraChanges = 0;
        // Every third point forward, then back: the database's extra curve
        // comes and goes in both directions.
        std::vector<size_t> order;
        for (size_t p = 0; p < f.sweep.points.size(); p += 3)
            order.push_back(p);
        for (size_t p = f.sweep.points.size(); p-- > 0; p -= std::min<size_t>(p, 4))
            order.push_back(p);
        for (size_t step = 0; step < order.size(); ++step) {
            const double users = f.sweep.points[order[step]].users;
            const Evaluation e = evaluate(f.network, users);
            if (step == order.size() / 3)
                moved.highlightComponent(QStringLiteral("db"));
            if (step == order.size() / 2)
                moved.highlightComponent(QString());
            const QStringList before = chart->shownComponents();
            fullReplots.clear();
            moved.setEvaluation(e);
            moved.setUsers(users);
            QCoreApplication::sendPostedEvents(); // a queued full replot, if any
            if (chart->shownComponents() != before) {
                ++extraChanges;
                partial += fullReplots.isEmpty() ? 1 : 0;
            }

            ChartsPanel fresh;
            if (step >= order.size() / 3 && step < order.size() / 2)
                fresh.highlightComponent(QStringLiteral("db"));
            fresh.setData(f.network, f.sweep);
            layOut(fresh);
            fresh.setUsers(users);
            fresh.setEvaluation(e);
            QCoreApplication::sendPostedEvents();
            QCOMPARE(chart->shownComponents(), fresh.utilizationChart()->shownComponents());
            QCOMPARE(chart->grab().toImage(), fresh.utilizationChart()->grab().toImage());
        }
        // The database's extra curve came back mid-run without a full replot.
        QVERIFY(extraChanges > 0);
        QVERIFY(partial > 0);
    }

    // Each bottleneck of the sweep has its legend entry's room from the
    // start: when the bottleneck changes hands, extra curve or not, the plot
    // keeps its place (nothing jumps under the user's eyes) and the chart
    // redraws the legend and the extra curve's layer, never every curve.
    void theBottleneckChangingHandsKeepsThePlotInPlace_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::addColumn<int>("width");
        QTest::newRow("three tier") << false << 1500;
        QTest::newRow("wide web tier") << true << 1500;
        // Narrower: six entries take two rows of three, a seventh a third.
        QTest::newRow("wide web tier, narrow") << true << 1200;
        QTest::newRow("wide web tier, narrower") << true << 900;
    }
    void theBottleneckChangingHandsKeepsThePlotInPlace()
    {
        QFETCH(bool, wide);
        QFETCH(int, width);
        const Fixture f(wide ? wideWebTier() : threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        layOut(panel, width);
        UtilizationChart *chart = panel.utilizationChart();
        const QRect plotArea = chart->axisRect()->rect();
        QSignalSpy fullReplots(chart, &QCustomPlot::beforeReplot);
        // Every point forward, then in jumps as a dragged slider never
        // moves: halves of the range, back and forth.
        std::vector<size_t> order;
        for (size_t p = 0; p < f.sweep.points.size(); ++p)
            order.push_back(p);
        for (size_t p = 0; p < f.sweep.points.size(); ++p)
            order.push_back((p * 97) % f.sweep.points.size());
        int changes = 0, extraChanges = 0;
        int previous = chart->bottleneck();
        QStringList shownBefore = chart->shownComponents();
        for (const size_t p : order) {
            const double users = f.sweep.points[p].users;
            const Evaluation e = evaluate(f.network, users);
            fullReplots.clear();
            panel.setEvaluation(e);
            panel.setUsers(users);
            QCoreApplication::sendPostedEvents(); // a queued full replot, if any
            QCOMPARE(chart->axisRect()->rect(), plotArea);
            if (chart->bottleneck() != previous) {
                ++changes;
                QVERIFY2(fullReplots.isEmpty(), qPrintable(QStringLiteral("a full replot at %1 users").arg(users)));
            }
            extraChanges += chart->shownComponents() != shownBefore ? 1 : 0;
            previous = chart->bottleneck();
            shownBefore = chart->shownComponents();
        }
        QVERIFY(changes > 0);
        // The wide tier's database gets and loses its extra curve on the way.
        if (wide)
            QVERIFY2(extraChanges > 2 && changes > 2, qPrintable(QStringLiteral("%1 %2").arg(changes).arg(extraChanges)));
        // And what the partial redraws left is what a full replot draws.
        const QImage shown = chart->grab().toImage();
        chart->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(chart->grab().toImage(), shown);
    }

    // Between two sweep points where the bottleneck changes hands, the user
    // count nearer to one point can already (or still) have the other
    // component as its bottleneck. The chart names the model's bottleneck at
    // the exact count, as the canvas callout does, in the window (the
    // evaluation) and in an exported chart alike.
    void nearACrossoverTheBottleneckIsTheExactOne()
    {
        const Fixture f(wideWebTier());
        size_t i = 0;
        while (i + 1 < f.sweep.points.size()
               && f.sweep.points[i].bottleneckComponent == f.sweep.points[i + 1].bottleneckComponent)
            ++i;
        QVERIFY(i + 1 < f.sweep.points.size());
        const double low = f.sweep.points[i].users, high = f.sweep.points[i + 1].users;
        const int below = f.sweep.points[i].bottleneckComponent;
        // The crossover by bisection on the model itself.
        double lo = low, hi = high;
        for (int k = 0; k < 80; ++k) {
            const double mid = std::sqrt(lo * hi);
            (evaluate(f.network, mid).bottleneckComponent == below ? lo : hi) = mid;
        }
        const double crossover = hi, middle = std::sqrt(low * high);
        // A count between the crossover and the middle: the nearest sweep
        // point is on the crossover's other side.
        const double users = std::sqrt(crossover * middle);
        const int nearest = users < middle ? below : f.sweep.points[i + 1].bottleneckComponent;
        const int exact = evaluate(f.network, users).bottleneckComponent;
        QVERIFY2(exact != nearest, "the count must be on the other side of the crossover from its nearest point");

        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setUsers(users);
        panel.setEvaluation(evaluate(f.network, users));
        UtilizationChart *chart = panel.utilizationChart();
        QCOMPARE(chart->bottleneck(), exact);
        const QString id = f.network.components[size_t(exact)].id;
        QVERIFY(chart->legend->itemWithPlottable(chart->curve(id))->font().bold());

        const ChartPicture picture(ChartKind::Utilisation, f.network, f.sweep, users, QStringLiteral("chart"));
        QCOMPARE(static_cast<UtilizationChart &>(picture.plot()).bottleneck(), exact);
    }

    void cursorFollowsSetUsersWithoutARebuild()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        layOut(panel);
        QCPGraph *web = panel.utilizationChart()->curve("web");
        const int graphs = panel.utilizationChart()->graphCount();
        panel.setUsers(300000);
        for (SweepPlot *plot : std::initializer_list<SweepPlot *>{panel.utilizationChart(), panel.latencyChart(),
                                                                   panel.costChart()}) {
            QCOMPARE(plot->cursorLine()->start->coords().x(), 300000.0);
            QCOMPARE(plot->cursorLine()->end->coords().x(), 300000.0);
            QCOMPARE(plot->cursorLine()->start->pixelPosition().x(), plot->xAxis->coordToPixel(300000));
            QCOMPARE(plot->cursorLabel()->text(), QStringLiteral("300,000"));
        }
        // The same bottleneck: the curves stay, only the cursor moved.
        QCOMPARE(panel.utilizationChart()->curve("web"), web);
        QCOMPARE(panel.utilizationChart()->graphCount(), graphs);
        panel.setUsers(5e9);
        QCOMPARE(panel.costChart()->cursorLine()->start->coords().x(), 100e6);
    }

    void draggingTheCursorReportsUsers()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setUsers(1000);
        layOut(panel);
        QSignalSpy dragged(&panel, &ChartsPanel::usersDragged);
        LatencyChart *plot = panel.latencyChart();
        const QRect area = plot->axisRect()->rect();
        const int x0 = qRound(plot->xAxis->coordToPixel(1000));
        const int y = area.center().y();
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(x0, y));
        QCOMPARE(dragged.count(), 0); // grabbing the cursor does not move it
        const int x1 = x0 + 120;
        QTest::mouseMove(plot, QPoint(x0 + 60, y));
        QTest::mouseMove(plot, QPoint(x1, y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(x1, y));
        QCOMPARE(dragged.count(), 2);
        const double expected = plot->xAxis->pixelToCoord(x1);
        QCOMPARE(dragged.last().first().toDouble(), expected);
        QVERIFY(expected > 10000); // 120 px is more than a decade here
        // All three cursors moved with it.
        QCOMPARE(panel.users(), expected);
        QCOMPARE(panel.utilizationChart()->cursorLine()->start->coords().x(), expected);
        QCOMPARE(panel.costChart()->cursorLine()->start->coords().x(), expected);
        // After the release, moving the mouse drags nothing.
        QTest::mouseMove(plot, QPoint(x1 + 40, y));
        QCOMPARE(dragged.count(), 2);
    }

    void pressingEmptyPlotJumpsTheCursor()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setUsers(1000);
        layOut(panel);
        QSignalSpy dragged(&panel, &ChartsPanel::usersDragged);
        QSignalSpy clicked(&panel, &ChartsPanel::componentClicked);
        CostChart *plot = panel.costChart();
        const QPoint at(qRound(plot->xAxis->coordToPixel(1e6)), plot->axisRect()->rect().top() + 4);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(dragged.count(), 1);
        QCOMPARE(dragged.first().first().toDouble(), plot->xAxis->pixelToCoord(at.x()));
        QCOMPARE(clicked.count(), 0);
    }

    void clickingACurveSelectsItsComponent()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setUsers(10);
        layOut(panel);
        UtilizationChart *chart = panel.utilizationChart();
        QSignalSpy clicked(&panel, &ChartsPanel::componentClicked);
        QSignalSpy dragged(&panel, &ChartsPanel::usersDragged);
        // A point of the database curve inside the plot, far from the web
        // curve and the cursor.
        const auto db = chart->curve("db")->data();
        const auto web = chart->curve("web")->data();
        QPoint at;
        for (int i = 0; i < db->size(); ++i) {
            const double v = db->at(i)->value;
            if (v > 30 && v < 120 && std::abs(chart->yAxis->coordToPixel(web->at(i)->value) - chart->yAxis->coordToPixel(v)) > 40) {
                at = QPoint(qRound(chart->xAxis->coordToPixel(db->at(i)->key)), qRound(chart->yAxis->coordToPixel(v)));
                break;
            }
        }
        QVERIFY(!at.isNull());
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("db"));
        QCOMPARE(dragged.count(), 0);
    }

    void highlightEmphasisesOneCurve()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        UtilizationChart *chart = panel.utilizationChart();
        const QPen before = chart->curve("db")->pen();
        panel.highlightComponent("db");
        QCOMPARE(chart->highlighted(), QStringLiteral("db"));
        QVERIFY(chart->curve("db")->pen().widthF() > before.widthF());
        QCOMPARE(chart->curve("db")->pen().color().alpha(), 255);
        QVERIFY(chart->curve("web")->pen().widthF() < chart->curve("db")->pen().widthF());
        QVERIFY(chart->curve("web")->pen().color().alpha() < 255);
        panel.highlightComponent(QString());
        QCOMPARE(chart->curve("db")->pen(), before);
        QCOMPARE(chart->curve("web")->pen().color().alpha(), 255);
    }

    void highlightAddsACurveThatWasNotShown()
    {
        const Fixture f(wideWebTier());
        ChartsPanel panel;
        panel.setUsers(1000);
        panel.setData(f.network, f.sweep);
        UtilizationChart *chart = panel.utilizationChart();
        const QStringList shown = chart->shownComponents();
        QString hidden;
        for (const ComponentModel &c : f.network.components)
            if (!shown.contains(c.id) && c.id.startsWith("web"))
                hidden = c.id;
        QVERIFY(!hidden.isEmpty());
        QVERIFY(!chart->curve(hidden));
        panel.highlightComponent(hidden);
        QVERIFY(chart->curve(hidden));
        QCOMPARE(chart->shownComponents().size(), shown.size() + 1);
        QVERIFY(chart->curve(hidden)->pen().widthF() > chart->curve(shown.first())->pen().widthF());
        panel.highlightComponent(QString());
        QCOMPARE(chart->shownComponents(), shown);
    }

    void anEmptySweepClearsTheCharts()
    {
        const Fixture f(threeTier());
        ChartsPanel panel;
        panel.setData(f.network, f.sweep);
        panel.setData(Network{}, Sweep{});
        QVERIFY(panel.utilizationChart()->shownComponents().isEmpty());
        QCOMPARE(panel.utilizationChart()->graphCount(), 0);
        QCOMPARE(panel.latencyChart()->graphCount(), 0);
        QCOMPARE(panel.costChart()->graphCount(), 0);
        panel.setUsers(5000); // still safe
        QCOMPARE(panel.latencyChart()->cursorUsers(), 5000.0);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
