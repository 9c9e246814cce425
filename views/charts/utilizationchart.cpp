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
            for (size_t r = 0; r < m.ceilings.size() && r < m.resources.size(); ++r) {
                if (m.ceilings[r] < info.ceiling) {
                    info.ceiling = m.ceilings[r];
                    info.resource = m.resources[r].name;
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
    m_otherCeilings = nullptr;

    std::vector<int> shown(m_ranked.begin(), m_ranked.begin() + std::min<ptrdiff_t>(kTopCount, ptrdiff_t(m_ranked.size())));
    auto add = [&shown](int c) {
        if (c >= 0 && std::find(shown.begin(), shown.end(), c) == shown.end())
            shown.push_back(c);
    };
    add(m_currentBottleneck);
    for (size_t c = 0; c < m_components.size(); ++c)
        if (!m_highlight.isEmpty() && m_components[c].id == m_highlight)
            add(int(c));
    for (size_t i = 0; i < shown.size(); ++i)
        addCurve(shown[i], int(i));

    // Ceilings of components without a curve: small grey diamonds.
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
    restyle();
    markBottleneck();
}

void UtilizationChart::addCurve(int component, int colourIndex)
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
    m_curves.push_back(c);
}

bool UtilizationChart::markBottleneck()
{
    // Bold in the legend: a word more would not fit beside long labels.
    for (const Curve &c : m_curves) {
        if (QCPAbstractLegendItem *item = legend->itemWithPlottable(c.graph)) {
            QFont f = font();
            f.setBold(c.component == m_currentBottleneck);
            item->setFont(f);
        }
    }
    return fitLegend();
}

void UtilizationChart::restyle()
{
    const bool any = !m_highlight.isEmpty();
    for (const Curve &c : m_curves) {
        const bool mine = m_components[size_t(c.component)].id == m_highlight;
        const QColor colour = !any || mine ? c.colour : ChartPalette::faded(c.colour);
        const double width = mine ? 3.5 : any ? 1.5 : 2.0;
        c.graph->setPen(QPen(colour, width));
        c.graph->setLayer(mine ? kHighlightLayer : QStringLiteral("main"));
        if (c.marker) {
            c.marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, colour, colour, mine ? 11 : 9));
            c.marker->setLayer(c.graph->layer());
        }
        c.tracer->setPen(QPen(colour, 1.5));
    }
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
    const bool shown = std::any_of(m_curves.begin(), m_curves.end(),
                                   [bottleneck](const Curve &c) { return c.component == bottleneck; });
    if (!shown || m_curves.size() > size_t(kTopCount)) {
        rebuildCurves(); // add its curve, or drop the previous bottleneck's extra one
        replot(QCustomPlot::rpQueuedReplot);
    } else {
        replotLegend(markBottleneck()); // only the bold entry moved
    }
}

void UtilizationChart::highlightComponent(const QString &id)
{
    if (id == m_highlight)
        return;
    m_highlight = id;
    const bool shown = id.isEmpty() || curve(id) != nullptr;
    const bool exists = std::any_of(m_components.begin(), m_components.end(),
                                    [&id](const ComponentInfo &c) { return c.id == id; });
    if ((!shown && exists) || m_curves.size() > size_t(kTopCount))
        rebuildCurves(); // add its curve, or drop a previous extra one
    else
        restyle();
    replot(QCustomPlot::rpQueuedReplot);
}

QStringList UtilizationChart::shownComponents() const
{
    QStringList ids;
    for (const Curve &c : m_curves)
        ids << m_components[size_t(c.component)].id;
    return ids;
}

QCPGraph *UtilizationChart::curve(const QString &id) const
{
    for (const Curve &c : m_curves)
        if (m_components[size_t(c.component)].id == id)
            return c.graph;
    return nullptr;
}

QCPGraph *UtilizationChart::ceilingMarker(const QString &id) const
{
    for (const Curve &c : m_curves)
        if (m_components[size_t(c.component)].id == id)
            return c.marker;
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
    for (const Curve &c : m_curves) {
        for (QCPGraph *g : {c.graph, c.marker}) {
            if (!g)
                continue;
            const double d = g->selectTest(pos, false);
            if (d >= 0 && d < best) {
                best = d;
                id = m_components[size_t(c.component)].id;
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
