#include "daychart.h"

#include "chartpalette.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "report.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

constexpr int kPlayFrameMs = 40;        // 25 frames a second
constexpr double kPlaySeconds = 24;     // a day in about this long

QString clock(double minute)
{
    const int m = int(std::floor(minute));
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QSharedPointer<QCPAxisTickerText> hoursTicker()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int h = 0; h <= 24; h += 3)
        ticker->addTick(h * 60.0, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    return ticker;
}

QPen pen(const QColor &colour, qreal width = 1.6, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(colour, width);
    p.setStyle(style);
    return p;
}

} // namespace

DayChart::DayChart(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_service(EvaluationService::of(document))
    , m_plot(new QCustomPlot(this))
    , m_play(new QPushButton(tr("Play the day"), this))
    , m_editProfile(new QPushButton(tr("Edit traffic profile..."), this))
    , m_moment(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_saving(new QLabel(this))
    , m_player(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    m_play->setCheckable(true);
    m_play->setObjectName(QStringLiteral("dayPlay"));
    m_moment->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_saving->setObjectName(QStringLiteral("daySaving"));
    m_saving->setTextFormat(Qt::PlainText);
    m_saving->setWordWrap(true);
    QFont savingFont = m_saving->font();
    savingFont.setBold(true);
    savingFont.setPointSizeF(savingFont.pointSizeF() * 1.1);
    m_saving->setFont(savingFont);
    m_saving->setVisible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_play);
    top->addWidget(m_moment, 1);
    top->addWidget(m_editProfile);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_saving);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);

    // Four panels stacked, one time axis shown at the bottom.
    m_plot->plotLayout()->clear();
    const QStringList titles{tr("requests/s"), tr("instances: in service, launching (dashed), fixed for the peak (dotted)"),
                             QString(), tr("errors %")};
    const QList<QColor> colours{ChartPalette::series(0), ChartPalette::series(1), ChartPalette::series(2),
                                ChartPalette::requestClass(ClassRead), ChartPalette::limit()};
    QFont smallFont = font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    for (int i = 0; i < titles.size(); ++i) {
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(i, 0, rect);
        rect->axis(QCPAxis::atBottom)->setRange(0, 1440);
        rect->axis(QCPAxis::atBottom)->setTicker(hoursTicker());
        rect->axis(QCPAxis::atBottom)->setTickLabels(i == titles.size() - 1);
        rect->setMinimumMargins(QMargins(56, 2, 56, 2));
        // Two value ticks a panel: the panels are short, the line tells the shape.
        for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)}) {
            axis->ticker()->setTickCount(2);
            axis->setTickLabelFont(smallFont);
            axis->setNumberFormat(QStringLiteral("gb"));
        }
        rect->axis(QCPAxis::atBottom)->setTickLabelFont(smallFont);
        if (i == 2)
            rect->axis(QCPAxis::atRight)->setVisible(true);
        m_rects << rect;
        // The panel's name inside its top left corner (the right one for the right axis).
        for (int side = 0; side < (i == 2 ? 2 : 1); ++side) {
            auto *title = new QCPItemText(m_plot);
            title->setClipAxisRect(rect);
            title->position->setType(QCPItemPosition::ptAxisRectRatio);
            title->position->setAxisRect(rect);
            title->position->setCoords(side == 0 ? 0.005 : 0.995, 0.02);
            title->setPositionAlignment(Qt::AlignTop | (side == 0 ? Qt::AlignLeft : Qt::AlignRight));
            title->setFont(smallFont);
            title->setText(i == 2 ? (side == 0 ? tr("busiest utilisation %") : tr("read p99 ms")) : titles[i]);
            title->setLayer(QStringLiteral("legend")); // above the curves, which would cross it
            m_titles.append({title, colours[i == 3 ? 4 : i + side]});
        }
        auto *cursor = new QCPItemStraightLine(m_plot);
        cursor->setClipAxisRect(rect);
        cursor->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        cursor->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        cursor->setVisible(false);
        m_cursors << cursor;
    }
    // A fleet fixed for the peak, on the instances panel: the room between it
    // and the instances in service is what auto scaling does not pay for.
    m_fixedPeak = new QCPItemStraightLine(m_plot);
    m_fixedPeak->setClipAxisRect(m_rects[1]);
    for (QCPItemPosition *end : {m_fixedPeak->point1, m_fixedPeak->point2})
        end->setAxes(m_rects[1]->axis(QCPAxis::atBottom), m_rects[1]->axis(QCPAxis::atLeft));
    m_fixedPeak->setPen(pen(ChartPalette::series(1), 1.4, Qt::DotLine));
    m_fixedPeak->setVisible(false);
    auto *group = new QCPMarginGroup(m_plot);
    for (QCPAxisRect *rect : m_rects)
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    applyPalette();
    m_plot->installEventFilter(this);
    m_plot->setToolTip(tr("Drag to see a moment of the day on the canvas"));

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DayChart::refresh);
    connect(m_service, &EvaluationService::networkChanged, this, &DayChart::scheduleRefresh);
    connect(m_service, &EvaluationService::timelineChanged, this, &DayChart::scheduleRefresh);
    connect(m_service, &EvaluationService::evaluated, this, [this] {
        // A slider move shows the busiest hour again, for a new user count.
        if (m_service->timelineStep() < 0) {
            m_step = -1;
            scheduleRefresh();
        }
    });
    m_player->setInterval(kPlayFrameMs);
    connect(m_player, &QTimer::timeout, this, [this] {
        const int steps = int(m_service->timeline().steps.size());
        const int stride = std::max(1, int(std::lround(steps / (kPlaySeconds * 1000 / kPlayFrameMs))));
        if (steps == 0 || m_step + stride >= steps) {
            setPlaying(false);
            return;
        }
        setStep(std::max(0, m_step) + stride);
    });
    connect(m_play, &QPushButton::toggled, this, &DayChart::setPlaying);
    m_editProfile->setObjectName(QStringLiteral("dayEditProfile"));
    connect(m_editProfile, &QPushButton::clicked, this, &DayChart::profileEditRequested);
}

void DayChart::applyPalette()
{
    ChartPalette::applyTo(m_plot);
    const bool dark = ChartPalette::isDark(m_plot);
    // A panel's name sits on the plot's ground, see-through enough to show a curve passing under it.
    const QColor ground = m_plot->palette().color(QPalette::Base);
    QColor box = ground;
    box.setAlpha(200);
    for (const auto &[title, colour] : std::as_const(m_titles)) {
        title->setColor(ChartPalette::text(colour, ground));
        title->setBrush(box);
    }
    for (QCPItemStraightLine *cursor : std::as_const(m_cursors))
        cursor->setPen(pen(ChartPalette::cursor(dark), 1.4));
}

void DayChart::scheduleRefresh()
{
    if (isVisible() && !m_refresh->isActive())
        m_refresh->start();
}

void DayChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void DayChart::refresh()
{
    const Timeline &t = m_service->timeline();
    for (QCPAxisRect *rect : m_rects)
        for (QCPGraph *g : rect->graphs())
            m_plot->removeGraph(g);
    const auto n = qsizetype(t.steps.size());
    QVector<double> x(n), rate(n), serving(n), billed(n), cpu(n), p99(n), errors(n);
    for (qsizetype k = 0; k < n; ++k) {
        const TimelineStep &s = t.steps[size_t(k)];
        x[k] = s.minute;
        rate[k] = s.requestRate;
        serving[k] = s.inService;
        billed[k] = s.inService + s.launching;
        cpu[k] = 100 * s.utilization;
        p99[k] = s.p99Ms[ClassRead];
        errors[k] = 100 * s.errorRate;
    }
    auto add = [&](int panel, const QVector<double> &y, const QPen &p, const QString &name, bool right = false) {
        QCPAxisRect *rect = m_rects[panel];
        QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(right ? QCPAxis::atRight : QCPAxis::atLeft));
        g->setData(x, y, true);
        g->setPen(p);
        g->setName(name);
        g->setLineStyle(QCPGraph::lsStepLeft);
        return g;
    };
    add(0, rate, pen(ChartPalette::series(0)), tr("requests/s"))->setBrush(ChartPalette::faded(ChartPalette::series(0)));
    add(1, billed, pen(ChartPalette::series(1), 1.2, Qt::DashLine), tr("in service + launching"));
    add(1, serving, pen(ChartPalette::series(1)), tr("in service"));
    add(2, cpu, pen(ChartPalette::series(2)), tr("busiest utilisation %"));
    add(2, p99, pen(ChartPalette::requestClass(ClassRead), 1.2), tr("read p99 ms"), true);
    add(3, errors, pen(ChartPalette::limit()), tr("errors %"))->setBrush(ChartPalette::faded(ChartPalette::limit()));
    for (int panel = 0; panel < m_rects.size(); ++panel) {
        QCPAxisRect *rect = m_rects[panel];
        for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)}) {
            bool found = false;
            QCPRange range(0, 1);
            for (QCPGraph *g : rect->graphs())
                if (g->valueAxis() == axis) {
                    const QCPRange r = g->getValueRange(found);
                    if (found)
                        range.upper = std::max(range.upper, r.upper);
                }
            axis->setRange(0, range.upper * 1.1);
        }
    }
    showSaving(t);
    const Workload &w = m_service->network().workload;
    if (n == 0) {
        m_summary->setText(m_service->hasNetwork() ? QString() : m_service->errorMessage());
    } else {
        const TimelineSummary &s = t.summary;
        m_summary->setText(tr("%1 users on the %2 day: %3 of %4 requests failed, %5 min over the p99 targets (%6 / %7 ms), "
                              "peak %8 auto scaled instances.")
                               .arg(humanNumber(t.users), t.profile.name, humanNumber(s.failedRequests), humanNumber(s.requests))
                               .arg(s.minutesOverSlo, 0, 'f', 0)
                               .arg(w.readP99TargetMs)
                               .arg(w.writeP99TargetMs)
                               .arg(s.peakInstances));
    }
    placeCursor();
    m_plot->replot();
}

void DayChart::showSaving(const Timeline &t)
{
    double fixedPeak = 0;
    for (const TimelineFleet &f : t.fleets)
        fixedPeak += f.fixedPeakInstances;
    const bool scaled = !t.steps.empty() && !t.fleets.empty();
    m_saving->setVisible(scaled);
    m_fixedPeak->setVisible(scaled);
    if (!scaled)
        return;
    QCPAxis *instances = m_rects[1]->axis(QCPAxis::atLeft);
    instances->setRange(0, std::max(instances->range().upper, fixedPeak * 1.15));
    m_fixedPeak->point1->setCoords(0, fixedPeak);
    m_fixedPeak->point2->setCoords(kMinutesPerDay, fixedPeak);

    const TimelineSummary &s = t.summary;
    const double fixed = s.fixedPeakMonthlyCost, scaledCost = s.autoScaledMonthlyCost;
    const double difference = std::abs(fixed - scaledCost);
    const QString share = fixed > 0 ? QStringLiteral(" (%1%)").arg(100 * difference / fixed, 0, 'f', 0) : QString();
    m_saving->setText(
        (scaledCost <= fixed ? tr("Auto scaling: $%1 a month against $%2 for %3 instances fixed for the peak, $%4%5 less.")
                             : tr("Auto scaling: $%1 a month against $%2 for %3 instances fixed for the peak, $%4%5 more."))
            .arg(humanNumber(scaledCost), humanNumber(fixed))
            .arg(fixedPeak)
            .arg(humanNumber(difference), share));
}

double DayChart::pixelOfMinute(double minute) const
{
    return m_rects.isEmpty() ? 0 : m_rects.front()->axis(QCPAxis::atBottom)->coordToPixel(minute);
}

int DayChart::stepAtPixel(double x) const
{
    const Timeline &t = m_service->timeline();
    if (t.steps.empty() || m_rects.isEmpty())
        return -1;
    const double minute = m_rects.front()->axis(QCPAxis::atBottom)->pixelToCoord(x);
    const int k = int(std::floor(minute * 60 / t.stepSeconds));
    return std::clamp(k, 0, int(t.steps.size()) - 1);
}

void DayChart::setStep(int step)
{
    const int steps = int(m_service->timeline().steps.size());
    if (steps == 0)
        return;
    m_step = std::clamp(step, 0, steps - 1);
    m_service->setTimelineStep(m_step);
    placeCursor();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DayChart::setPlaying(bool playing)
{
    if (m_play->isChecked() != playing) {
        m_play->setChecked(playing); // comes back here through toggled()
        return;
    }
    m_play->setText(playing ? tr("Pause") : tr("Play the day"));
    if (!playing) {
        m_player->stop();
        return;
    }
    if (m_step < 0 || m_step + 1 >= int(m_service->timeline().steps.size()))
        setStep(0);
    m_player->start();
}

void DayChart::placeCursor()
{
    const Timeline &t = m_service->timeline();
    const bool shown = m_step >= 0 && m_step < int(t.steps.size());
    for (QCPItemStraightLine *cursor : m_cursors) {
        cursor->setVisible(shown);
        if (shown) {
            const double minute = t.steps[size_t(m_step)].minute;
            cursor->point1->setCoords(minute, 0);
            cursor->point2->setCoords(minute, 1);
        }
    }
    describeMoment();
}

void DayChart::describeMoment()
{
    const Timeline &t = m_service->timeline();
    if (m_step < 0 || m_step >= int(t.steps.size())) {
        m_moment->setText(tr("Drag on the chart to see a moment of the day; the canvas shows the busiest hour."));
        return;
    }
    const TimelineStep &s = t.steps[size_t(m_step)];
    m_moment->setText(tr("%1: %2x the busiest hour, %3 requests/s, %4 instances serving (%5 launching), read p99 %6 ms, %7% failing")
                          .arg(clock(s.minute))
                          .arg(s.multiple, 0, 'f', 2)
                          .arg(humanNumber(s.requestRate))
                          .arg(s.inService)
                          .arg(s.launching)
                          .arg(s.p99Ms[ClassRead], 0, 'f', 0)
                          .arg(100 * s.errorRate, 0, 'f', 2));
}

bool DayChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::PaletteChange) {
            applyPalette();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        } else if (event->type() == QEvent::MouseButtonPress) {
            auto *e = static_cast<QMouseEvent *>(event);
            if (e->button() == Qt::LeftButton) {
                m_dragging = true;
                setPlaying(false);
                setStep(stepAtPixel(e->position().x()));
                return true;
            }
        } else if (event->type() == QEvent::MouseMove && m_dragging) {
            setStep(stepAtPixel(static_cast<QMouseEvent *>(event)->position().x()));
            return true;
        } else if (event->type() == QEvent::MouseButtonRelease && m_dragging) {
            m_dragging = false;
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scalescope
