#include "sweepplot.h"

#include "chartpalette.h"
#include "usercount.h"
#include "controls/userscale.h"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

SweepPlot::SweepPlot(const QString &title, QWidget *parent)
    : QCustomPlot(parent)
{
    setMouseTracking(true); // hover: cursor shape and tooltips
    setMinimumSize(200, 170);
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems);

    QFont titleFont = font();
    titleFont.setBold(true);
    plotLayout()->insertRow(0);
    auto *titleElement = new QCPTextElement(this, title, titleFont);
    titleElement->setMargins(QMargins(0, 4, 0, 0));
    plotLayout()->addElement(0, 0, titleElement);

    xAxis->setScaleType(QCPAxis::stLogarithmic);
    setAxisTicker(xAxis, [](double users) { return LogTicker::shortNumber(users); });
    // A hair past 100M so rounding never drops the last decade's label.
    xAxis->setRange(kMinUsers, kMaxUsers * 1.001);
    xAxis->setLabel(tr("users"));
    xAxis->grid()->setSubGridVisible(false);
    // Room on the right for half of the last label ("100M"): QCustomPlot
    // drops a tick label that would cross the widget's edge.
    const int halfLabel = QFontMetrics(font()).horizontalAdvance(QStringLiteral("100M")) / 2 + 6;
    axisRect()->setMinimumMargins(QMargins(0, 0, halfLabel, 0));
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2})
        axis->setPadding(2);
    // The estimate above uses the last layout's margins: when new data
    // was set on a layout of other margins (an empty chart filled later),
    // fit again on the layout just made and draw once more. Once only, so
    // margins that move with the labels cannot replot for ever.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (m_refitQueued) {
            m_refitQueued = false;
            return;
        }
        if (fitTickers()) {
            m_refitQueued = true;
            replot(QCustomPlot::rpQueuedReplot);
        }
    });

    // The cursor sits above the curves and below axes and legend.
    addLayer(QStringLiteral("cursor"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_cursorLayer = layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);

    m_cursor = new QCPItemLine(this);
    m_cursor->setLayer(m_cursorLayer);
    m_cursor->setPen(QPen(ChartPalette::cursor(), 1.5));
    for (QCPItemPosition *p : {m_cursor->start, m_cursor->end}) {
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_cursor->start->setCoords(m_users, 1);
    m_cursor->end->setCoords(m_users, 0);

    m_cursorLabel = new QCPItemText(this); // created before the tracers: see addTracer
    m_cursorLabel->setLayer(m_cursorLayer);
    m_cursorLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_cursorLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_cursorLabel->setPadding(QMargins(4, 1, 4, 1));

    m_emptyText = new QCPItemText(this);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setColor(ChartPalette::muted());
    m_emptyText->setVisible(false);

    applyPalette();
    setCursorUsers(m_users);
}

void SweepPlot::applyPalette()
{
    ChartPalette::applyTo(this);
    const bool dark = ChartPalette::isDark(this);
    m_cursor->setPen(QPen(ChartPalette::cursor(dark), 1.5));
    m_cursorLabel->setColor(ChartPalette::onCursor(dark));
    m_cursorLabel->setBrush(ChartPalette::cursor(dark));
}

void SweepPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void SweepPlot::setAxisTicker(QCPAxis *axis, LogTicker::Label label)
{
    axis->setTicker(QSharedPointer<LogTicker>::create(std::move(label)));
}

void SweepPlot::placeLegendAbove()
{
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowSpacing(0);
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    // Room below for the top tick label, which reaches above the plot.
    legend->setMargins(QMargins(6, 0, 6, QFontMetrics(font()).height() / 2 + 2));
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setIconSize(18, 10);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
}

bool SweepPlot::fitLegend()
{
    int widest = legendTextWidth();
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item)
            continue;
        const QFontMetrics metrics(item->font());
        widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    }
    const QMargins m = legend->margins();
    const int entry = widest + legend->iconSize().width() + legend->iconTextPadding() + 10 + legend->columnSpacing();
    const int room = width() - m.left() - m.right() + legend->columnSpacing();
    const int columns = std::clamp(room / std::max(1, entry), 1, std::max(1, legend->itemCount()));
    if (columns == legend->wrap())
        return false;
    legend->setWrap(columns);
    legend->setFillOrder(legend->fillOrder(), true); // re-flow the entries already there
    return true;
}

void SweepPlot::replotLegend(bool columnsChanged)
{
    // Only a legend on a buffer of its own can be drawn again alone.
    QCPLayer *layer = legend->layer();
    if (columnsChanged || mReplotQueued || hasInvalidatedPaintBuffers() || !layer
        || layer->mode() != QCPLayer::lmBuffered) {
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    legend->update(QCPLayoutElement::upLayout); // the same rows in the same place: only the columns' widths
    layer->replot();
}

void SweepPlot::fitLogRange(QCPAxis *axis, const QVector<double> &values)
{
    double low = std::numeric_limits<double>::infinity(), high = 0;
    for (const double v : values) {
        if (std::isfinite(v) && v > 0) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (high <= 0) {
        axis->setRange(1, 10);
        return;
    }
    low /= 1.5;
    high *= 1.5;
    if (high / low < 10) { // a flat curve still gets a readable decade
        const double middle = std::sqrt(low * high);
        low = middle / std::sqrt(10.0);
        high = middle * std::sqrt(10.0);
    }
    axis->setRange(low, high);
}

double SweepPlot::decades(const QCPAxis *axis)
{
    const QCPRange r = axis->range();
    return r.lower > 0 && r.upper > r.lower ? std::log10(r.upper / r.lower) : 1;
}

bool SweepPlot::fitTickers()
{
    bool changed = false;
    const QFontMetrics metrics(font());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("100M")) + 14;
    const int labelHeight = metrics.height() + 10;
    // Tick labels are chosen before the layout settles: estimate the axis
    // lengths from the widget size and the margins of the last layout.
    const QRect inner = axisRect()->rect(), outer = plotLayout()->outerRect();
    const bool laidOut = inner.width() > 0 && outer.width() > 0;
    const int w = width() - (laidOut ? outer.width() - inner.width() : 100);
    const int h = height() - (laidOut ? outer.height() - inner.height() : 90);
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2}) {
        auto *ticker = dynamic_cast<LogTicker *>(axis->ticker().data());
        if (!ticker || axis->scaleType() != QCPAxis::stLogarithmic)
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const int before = ticker->tickCount();
        ticker->fitTo(decades(axis), horizontal ? w : h, horizontal ? labelWidth : labelHeight);
        changed = changed || ticker->tickCount() != before;
    }
    return changed;
}

void SweepPlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    fitTickers();
    fitLegend();
}

void SweepPlot::setCursorUsers(double users)
{
    if (!std::isfinite(users))
        return;
    m_users = std::clamp(users, kMinUsers, kMaxUsers);
    m_cursor->start->setCoords(m_users, 1);
    m_cursor->end->setCoords(m_users, 0);
    // Keep the label inside the plot at either end of the axis.
    const double at = (std::log10(m_users) - std::log10(kMinUsers)) / std::log10(kMaxUsers / kMinUsers);
    const Qt::Alignment side = at < 0.12 ? Qt::AlignLeft : at > 0.88 ? Qt::AlignRight : Qt::AlignHCenter;
    m_cursorLabel->setPositionAlignment(Qt::AlignTop | side);
    m_cursorLabel->position->setCoords(m_users, 0);
    m_cursorLabel->setText(UserScale::format(m_users));
    for (QCPItemTracer *tracer : std::as_const(m_tracers))
        placeTracer(tracer);
    // A full replot already on its way (the curves changed) draws the cursor
    // too; replotting the layer now would draw the whole plot twice.
    if (!mReplotQueued)
        m_cursorLayer->replot();
}

double SweepPlot::usersAtPixel(double x) const
{
    return std::clamp(xAxis->pixelToCoord(x), kMinUsers, kMaxUsers);
}

QString SweepPlot::emptyText() const
{
    return m_emptyText->visible() ? m_emptyText->text() : QString();
}

void SweepPlot::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
    m_emptyText->setVisible(!text.isEmpty());
}

QCPItemTracer *SweepPlot::addTracer(QCPGraph *graph)
{
    auto *tracer = new QCPItemTracer(this);
    tracer->setLayer(m_cursorLayer);
    tracer->setGraph(graph);
    tracer->setInterpolating(true);
    placeTracer(tracer);
    tracer->setStyle(QCPItemTracer::tsCircle);
    tracer->setSize(7);
    tracer->setPen(QPen(graph->pen().color(), 1.5));
    tracer->setBrush(Qt::white);
    m_tracers.append(tracer);
    // The user count label stays readable over the tracers.
    m_cursorLabel->setLayer(m_cursorLayer); // re-adding moves it to the top of the layer
    return tracer;
}

void SweepPlot::placeTracer(QCPItemTracer *tracer)
{
    tracer->setGraphKey(m_users);
    // A curve has gaps (NaN) where its figure is undefined, such as latency
    // past saturation: no marker there rather than a circle at NaN.
    tracer->updatePosition();
    tracer->setVisible(std::isfinite(tracer->position->key()) && std::isfinite(tracer->position->value()));
}

void SweepPlot::removeTracers()
{
    // Tracers keep a raw graph pointer: they go before their graphs do.
    for (QCPItemTracer *tracer : std::as_const(m_tracers))
        removeItem(tracer);
    m_tracers.clear();
}

QString SweepPlot::componentAt(const QPointF &) const
{
    return {};
}

QString SweepPlot::toolTipAt(const QPointF &pos) const
{
    if (nearCursor(pos))
        return tr("%1 users: drag to change").arg(UserScale::format(m_users));
    return {};
}

bool SweepPlot::nearCursor(const QPointF &pos) const
{
    return axisRect()->rect().contains(pos.toPoint())
        && std::abs(pos.x() - xAxis->coordToPixel(m_users)) <= kNearCursorPixels;
}

void SweepPlot::dragTo(double x)
{
    const double users = usersAtPixel(x);
    setCursorUsers(users);
    emit usersDragged(users);
}

bool SweepPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

void SweepPlot::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || !axisRect()->rect().contains(pos.toPoint())) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    event->accept();
    m_pressPos = pos;
    m_pressedComponent.clear();
    if (nearCursor(pos)) {
        m_dragging = true; // grab the cursor where it is; moves will follow
        return;
    }
    m_pressedComponent = componentAt(pos);
    if (m_pressedComponent.isEmpty()) {
        // A press on empty plot jumps the cursor there and starts a drag.
        m_dragging = true;
        dragTo(pos.x());
    }
}

void SweepPlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        dragTo(pos.x());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        if (nearCursor(pos))
            setCursor(Qt::SizeHorCursor);
        else if (!componentAt(pos).isEmpty())
            setCursor(Qt::PointingHandCursor);
        else
            unsetCursor();
    }
    QCustomPlot::mouseMoveEvent(event);
}

void SweepPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (!m_dragging && m_pressedComponent.isEmpty())) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    const QPointF moved = event->position() - m_pressPos;
    if (!m_dragging && moved.manhattanLength() <= QApplication::startDragDistance())
        emit componentClicked(m_pressedComponent);
    m_dragging = false;
    m_pressedComponent.clear();
}

} // namespace scalescope
