#include "utilizationchart.h"

#include "chartpalette.h"
#include "controls/userscale.h"
#include "report.h"
#include "usercount.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

constexpr double kHitPixels = 8;
const QString kHighlightLayer = QStringLiteral("highlight");
const QString kBottleneckLayer = QStringLiteral("bottleneck");

class PercentTicker : public QCPAxisTickerFixed
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return QString::number(tick, 'f', 0) + QLatin1Char('%');
    }
};

bool inRange(double users)
{
    return std::isfinite(users) && users >= kMinUsers && users <= kMaxUsers;
}

} // namespace

UtilizationChart::UtilizationChart(QWidget *parent)
    : SweepPlot(tr("Utilisation of the busiest resource"), parent)
{
    auto ticker = QSharedPointer<PercentTicker>::create();
    ticker->setTickStep(50);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    yAxis->setTicker(ticker);
    yAxis->setRange(0, kTopPercent);
    placeLegendAbove();
    // The bottleneck changes hands on most slider moves, and its bold entry
    // is all that changes then: the legend gets a buffer of its own, on top
    // (below it the axes and overlay share one), so it is redrawn alone.
    moveLayer(legend->layer(), layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    legend->layer()->setMode(QCPLayer::lmBuffered);
    // The highlighted curve is drawn over the others.
    addLayer(kHighlightLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // The bottleneck's curve when it is not one of the shown ones: over the
    // others, under the highlighted one, on a buffer of its own.
    addLayer(kBottleneckLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
    layer(kBottleneckLayer)->setMode(QCPLayer::lmBuffered);

    m_limit = new QCPItemStraightLine(this);
    m_limit->point1->setCoords(1, 100);
    m_limit->point2->setCoords(10, 100);
    m_limit->setPen(QPen(ChartPalette::limit(), 1.5, Qt::DashLine));

    m_ceilingText = new QCPItemText(this);
    m_ceilingText->setPadding(QMargins(3, 1, 3, 1));
    m_ceilingText->setTextAlignment(Qt::AlignLeft);
    m_ceilingText->setVisible(false);
    // On the 100% line from the plot's left edge: the diamond marks the
    // ceiling itself, and text anchored there would run off either side.
    m_ceilingText->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_ceilingText->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_ceilingText->position->setCoords(0.02, 100);
    m_ceilingText->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
    connect(this, &QCustomPlot::afterLayout, this, &UtilizationChart::fitCeilingNote);
    applyPalette(); // the base class's constructor cannot call this one
}

void UtilizationChart::applyPalette()
{
    SweepPlot::applyPalette();
    if (!m_ceilingText)
        return;
    // On the plot's ground, readable where a curve passes under it.
    const QColor ground = palette().color(QPalette::Base);
    QColor box = ground;
    box.setAlpha(210);
    m_ceilingText->setBrush(box);
    m_ceilingText->setColor(ChartPalette::text(ChartPalette::limit(), ground));
}

void UtilizationChart::fitCeilingNote()
{
    // Cut off by the plot's right edge on one line: "full at ..." goes on a second.
    const double room = axisRect()->width() * (1 - m_ceilingText->position->coords().x()) - 8;
    const bool fits = QFontMetricsF(m_ceilingText->font()).horizontalAdvance(m_ceilingLine) <= room;
    const QString text = fits ? m_ceilingLine : QString(m_ceilingLine).replace(QStringLiteral(" full at "), QStringLiteral("\nfull at "));
    if (m_ceilingText->text() != text)
        m_ceilingText->setText(text);
}

void UtilizationChart::setData(const Network &network, const Sweep &sweep)
{
    const size_t count = network.components.size();
    const bool usable = !sweep.points.empty() && size_t(sweep.componentCount) == count;
    m_components.assign(count, {});
    m_users.clear();
    m_utilization.clear();
    m_ranked.clear();
    m_sweepBottlenecks.clear();
    m_firstToBreak = -1;
    if (usable) {
        const size_t points = sweep.points.size();
        m_users.reserve(qsizetype(points));
        for (const SweepPoint &p : sweep.points)
            m_users.append(p.users);
        m_utilization.resize(points * count);
        for (size_t p = 0; p < points; ++p)
            for (size_t c = 0; c < count; ++c)
                m_utilization[p * count + c] = sweep.componentUtilization(p, c) * 100;
        for (size_t c = 0; c < count; ++c) {
            const ComponentModel &m = network.components[c];
            ComponentInfo &info = m_components[c];
            info.id = m.id;
            info.label = m.label;
            info.ceiling = std::numeric_limits<double>::infinity();
            for (const ResourceModel &r : m.resources) {
                if (r.ceiling < info.ceiling) {
                    info.ceiling = r.ceiling;
                    info.resource = r.name;
                }
            }
            for (size_t p = 0; p < points; ++p)
                info.peak = std::max(info.peak, m_utilization[p * count + c]);
            if (info.peak > 0)
                m_ranked.push_back(int(c));
        }
        // First to break first; those that never break by how busy they get.
        std::stable_sort(m_ranked.begin(), m_ranked.end(), [this](int a, int b) {
            const ComponentInfo &x = m_components[size_t(a)], &y = m_components[size_t(b)];
            if (x.ceiling != y.ceiling)
                return x.ceiling < y.ceiling;
            return x.peak > y.peak;
        });
        if (network.ceilingComponent >= 0 && inRange(network.ceilingUsers))
            m_firstToBreak = network.ceilingComponent;
        for (const SweepPoint &p : sweep.points) {
            const int c = p.bottleneckComponent;
            if (c >= 0 && size_t(c) < count
                && std::find(m_sweepBottlenecks.begin(), m_sweepBottlenecks.end(), c) == m_sweepBottlenecks.end())
                m_sweepBottlenecks.push_back(c);
        }
    }
    setEmptyText(usable ? QString() : tr("No figures for this diagram"));
    m_currentBottleneck = -1; // indices of the old network mean nothing now
    rebuildCurves();
    replot(QCustomPlot::rpQueuedReplot);
}

void UtilizationChart::rebuildCurves()
{
    removeTracers();
    clearGraphs();
    m_curves.clear();
    m_extra = {};
    m_otherCeilings = nullptr;

    std::vector<int> shown(m_ranked.begin(), m_ranked.begin() + std::min<ptrdiff_t>(kTopCount, ptrdiff_t(m_ranked.size())));
    auto add = [&shown](int c) {
        if (c >= 0 && std::find(shown.begin(), shown.end(), c) == shown.end())
            shown.push_back(c);
    };
    for (size_t c = 0; c < m_components.size(); ++c)
        if (!m_highlight.isEmpty() && m_components[c].id == m_highlight)
            add(int(c));
    for (size_t i = 0; i < shown.size(); ++i)
        m_curves.push_back(makeCurve(shown[i], int(i)));
    m_extraColour = int(shown.size());
    reserveLegendRoom(shown);

    // Ceilings of components without a curve of their own: small grey
    // diamonds (the extra bottleneck's larger one is drawn over its own).
    QVector<double> keys, values;
    for (size_t c = 0; c < m_components.size(); ++c) {
        if (inRange(m_components[c].ceiling) && std::find(shown.begin(), shown.end(), int(c)) == shown.end()) {
            keys.append(m_components[c].ceiling);
            values.append(100);
        }
    }
    if (!keys.isEmpty()) {
        m_otherCeilings = addGraph();
        m_otherCeilings->setName(tr("other ceilings"));
        m_otherCeilings->setLineStyle(QCPGraph::lsNone);
        m_otherCeilings->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, ChartPalette::muted(),
                                                         ChartPalette::muted(), 6));
        m_otherCeilings->setData(keys, values, false);
        m_otherCeilings->removeFromLegend();
    }

    if (m_firstToBreak >= 0) {
        const ComponentInfo &first = m_components[size_t(m_firstToBreak)];
        m_ceilingLine = tr("%1 %2 full at %3").arg(first.label, first.resource, humanNumber(first.ceiling));
        m_ceilingText->setText(m_ceilingLine);
        fitCeilingNote();
    }
    m_ceilingText->setVisible(m_firstToBreak >= 0);
    setExtraBottleneck(m_currentBottleneck);
    restyle();
    markBottleneck();
}

void UtilizationChart::reserveLegendRoom(const std::vector<int> &shown)
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    m_widestLegendText = 0;
    const auto widen = [&](int c) {
        m_widestLegendText = std::max(m_widestLegendText, metrics.horizontalAdvance(m_components[size_t(c)].label));
    };
    std::for_each(shown.begin(), shown.end(), widen);
    std::for_each(m_sweepBottlenecks.begin(), m_sweepBottlenecks.end(), widen);
    const auto outside = std::find_if(m_sweepBottlenecks.begin(), m_sweepBottlenecks.end(), [&shown](int c) {
        return std::find(shown.begin(), shown.end(), c) == shown.end();
    });
    if (outside != m_sweepBottlenecks.end() && !m_extra.graph) {
        buildExtra(*outside);
        clearExtra();
    }
}

void UtilizationChart::buildExtra(int component)
{
    m_extra = makeCurve(component, m_extraColour);
    m_extra.graph->setLayer(kBottleneckLayer);
    if (!m_extra.marker) { // one always, for the next bottleneck that has a ceiling
        m_extra.marker = addGraph();
        m_extra.marker->setLineStyle(QCPGraph::lsNone);
        m_extra.marker->removeFromLegend();
    }
    m_extra.marker->setLayer(kBottleneckLayer);
}

void UtilizationChart::clearExtra()
{
    // NaN values keep its tracer hidden wherever the cursor goes.
    const double none = std::numeric_limits<double>::quiet_NaN();
    m_extra.graph->setData({kMinUsers, kMaxUsers}, {none, none}, true);
    m_extra.graph->setVisible(false);
    if (QCPAbstractLegendItem *entry = legend->itemWithPlottable(m_extra.graph))
        entry->setVisible(false);
    if (m_extra.marker)
        m_extra.marker->setVisible(false);
    m_extra.tracer->setVisible(false);
    m_extra.component = -1;
}

void UtilizationChart::setExtraBottleneck(int component)
{
    const bool needed = component >= 0 && std::none_of(m_curves.begin(), m_curves.end(), [component](const Curve &c) {
        return c.component == component;
    });
    if (!m_extra.graph) {
        if (!needed)
            return;
        buildExtra(component);
    }
    if (!needed) {
        clearExtra();
        return;
    }
    const ComponentInfo &info = m_components[size_t(component)];
    const size_t count = m_components.size();
    m_extra.component = component;
    QVector<double> values(m_users.size());
    for (qsizetype p = 0; p < m_users.size(); ++p)
        values[p] = m_utilization[size_t(p) * count + size_t(component)];
    m_extra.graph->setData(m_users, values, true);
    m_extra.graph->setName(info.label);
    m_extra.graph->setVisible(true);
    if (!legend->hasItemWithPlottable(m_extra.graph))
        m_extra.graph->addToLegend();
    legend->itemWithPlottable(m_extra.graph)->setVisible(true);
    m_extra.marker->setVisible(inRange(info.ceiling));
    if (inRange(info.ceiling))
        m_extra.marker->setData({info.ceiling}, {100.0}, true);
    placeTracer(m_extra.tracer);
}

std::vector<const UtilizationChart::Curve *> UtilizationChart::allCurves() const
{
    std::vector<const Curve *> all;
    for (const Curve &c : m_curves)
        all.push_back(&c);
    if (m_extra.graph && m_extra.component >= 0)
        all.push_back(&m_extra);
    return all;
}

UtilizationChart::Curve UtilizationChart::makeCurve(int component, int colourIndex)
{
    const ComponentInfo &info = m_components[size_t(component)];
    const size_t count = m_components.size();
    Curve c;
    c.component = component;
    c.colour = ChartPalette::series(colourIndex);
    c.graph = addGraph();
    QVector<double> values(m_users.size());
    for (qsizetype p = 0; p < m_users.size(); ++p)
        values[p] = m_utilization[size_t(p) * count + size_t(component)];
    c.graph->setData(m_users, values, true);
    if (inRange(info.ceiling)) {
        c.marker = addGraph();
        c.marker->setLineStyle(QCPGraph::lsNone);
        c.marker->setData({info.ceiling}, {100.0}, true);
        c.marker->removeFromLegend();
    }
    c.tracer = addTracer(c.graph);
    c.graph->setName(info.label);
    return c;
}

bool UtilizationChart::markBottleneck()
{
    // Bold in the legend: a word more would not fit beside long labels.
    for (const Curve *c : allCurves()) {
        if (QCPAbstractLegendItem *item = legend->itemWithPlottable(c->graph)) {
            QFont f = font();
            f.setBold(c->component == m_currentBottleneck);
            item->setFont(f);
        }
    }
    return fitLegend();
}

void UtilizationChart::restyle()
{
    for (const Curve &c : m_curves) {
        const bool mine = m_components[size_t(c.component)].id == m_highlight;
        styleCurve(c, mine);
        c.graph->setLayer(mine ? kHighlightLayer : QStringLiteral("main"));
        if (c.marker)
            c.marker->setLayer(c.graph->layer());
    }
    if (m_extra.graph)
        styleCurve(m_extra, false); // the highlighted component always has a curve of its own
}

void UtilizationChart::styleCurve(const Curve &c, bool mine) const
{
    const bool any = !m_highlight.isEmpty();
    const QColor colour = !any || mine ? c.colour : ChartPalette::faded(c.colour);
    const double width = mine ? 3.5 : any ? 1.5 : 2.0;
    c.graph->setPen(QPen(colour, width));
    if (c.marker)
        c.marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, colour, colour, mine ? 11 : 9));
    c.tracer->setPen(QPen(colour, 1.5));
}

void UtilizationChart::setUsers(double users)
{
    setCursorUsers(users);
}

void UtilizationChart::setBottleneck(int bottleneck)
{
    if (bottleneck < 0 || size_t(bottleneck) >= m_components.size())
        bottleneck = -1;
    if (bottleneck == m_currentBottleneck)
        return; // only the cursor layer changed
    m_currentBottleneck = bottleneck;
    // Whether every buffer held what it shows before this change.
    const bool wasDrawn = !mReplotQueued && !hasInvalidatedPaintBuffers();
    const int extraBefore = m_extra.graph ? m_extra.component : -1;
    const int rowsBefore = legendRows();
    setExtraBottleneck(bottleneck);
    if (m_extra.graph)
        styleCurve(m_extra, false);
    markBottleneck();
    const int extraAfter = m_extra.graph ? m_extra.component : -1;
    if (wasDrawn && extraAfter != extraBefore) {
        // A legend entry made or dropped passes through the current layer
        // on its way to the legend's, and QCustomPlot then marks those
        // buffers stale; what they draw is unchanged but for the legend,
        // the extra curve and its tracer, redrawn below on their own.
        for (const QSharedPointer<QCPAbstractPaintBuffer> &buffer : std::as_const(mPaintBuffers))
            buffer->setInvalidated(false);
    }
    // Only the bold entry, and the extra curve when it changed: a legend
    // that keeps its rows keeps its height, so the plot keeps its place and
    // the legend is laid out again in its own rect (a seventh entry in the
    // same row adds a column) and redrawn on its own buffer, the extra curve
    // on its own; another number of rows replots the whole chart.
    replotLegend(legendRows() != rowsBefore);
    if (extraAfter != extraBefore && !mReplotQueued) {
        layer(kBottleneckLayer)->replot();
        cursorLayer()->replot();
    }
}

int UtilizationChart::legendRows() const
{
    return legend->rowCount();
}

void UtilizationChart::highlightComponent(const QString &id)
{
    if (id == m_highlight)
        return;
    m_highlight = id;
    const bool shown = id.isEmpty() || curve(id) != nullptr;
    const bool exists = std::any_of(m_components.begin(), m_components.end(),
                                    [&id](const ComponentInfo &c) { return c.id == id; });
    if ((!shown && exists) || m_curves.size() > std::min<size_t>(kTopCount, m_ranked.size())
        || (m_extra.graph && m_extra.component >= 0 && m_components[size_t(m_extra.component)].id == id))
        rebuildCurves(); // add its curve, or drop a previous extra one
    else
        restyle();
    replot(QCustomPlot::rpQueuedReplot);
}

QStringList UtilizationChart::shownComponents() const
{
    QStringList ids;
    for (const Curve *c : allCurves())
        ids << m_components[size_t(c->component)].id;
    return ids;
}

QCPGraph *UtilizationChart::curve(const QString &id) const
{
    for (const Curve *c : allCurves())
        if (m_components[size_t(c->component)].id == id)
            return c->graph;
    return nullptr;
}

QCPGraph *UtilizationChart::ceilingMarker(const QString &id) const
{
    for (const Curve *c : allCurves())
        if (m_components[size_t(c->component)].id == id)
            return c->marker && c->marker->visible() ? c->marker : nullptr;
    return nullptr;
}

double UtilizationChart::ceilingUsers(const QString &id) const
{
    for (const ComponentInfo &c : m_components)
        if (c.id == id && inRange(c.ceiling))
            return c.ceiling;
    return std::numeric_limits<double>::quiet_NaN();
}

QString UtilizationChart::componentAt(const QPointF &pos) const
{
    double best = kHitPixels;
    QString id;
    for (const Curve *c : allCurves()) {
        for (QCPGraph *g : {c->graph, c->marker}) {
            if (!g || !g->visible())
                continue;
            const double d = g->selectTest(pos, false);
            if (d >= 0 && d < best) {
                best = d;
                id = m_components[size_t(c->component)].id;
            }
        }
    }
    return id;
}

QString UtilizationChart::toolTipAt(const QPointF &pos) const
{
    // A ceiling diamond first: it says when the component breaks.
    const double limitY = yAxis->coordToPixel(100);
    for (const ComponentInfo &c : m_components) {
        if (!inRange(c.ceiling))
            continue;
        if (std::hypot(xAxis->coordToPixel(c.ceiling) - pos.x(), limitY - pos.y()) <= kHitPixels)
            return tr("%1: %2 reaches 100% at %3 users").arg(c.label, c.resource, humanNumber(c.ceiling));
    }
    const QString id = componentAt(pos);
    if (!id.isEmpty() && !m_users.isEmpty()) {
        const double users = usersAtPixel(pos.x());
        const auto it = std::lower_bound(m_users.begin(), m_users.end(), users);
        const size_t p = size_t(std::min<qsizetype>(it - m_users.begin(), m_users.size() - 1));
        for (size_t c = 0; c < m_components.size(); ++c) {
            if (m_components[c].id != id)
                continue;
            const double percent = m_utilization[p * m_components.size() + c];
            return tr("%1: %2% at %3 users (click to select)")
                .arg(m_components[c].label, QString::number(percent, 'f', percent < 10 ? 1 : 0),
                     UserScale::format(m_users[qsizetype(p)]));
        }
    }
    return SweepPlot::toolTipAt(pos);
}

} // namespace scalescope
