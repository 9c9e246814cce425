#include "profileeditor.h"

#include "canvas/canvascolors.h"
#include "charts/chartpalette.h"
#include "commands/profilecommand.h"
#include "document/scenariodocument.h"
#include "stages.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

constexpr double kGrabPixels = 9;       // how near a press must be to take a point
constexpr double kPointRoom = 7;        // pixels between the axes' ends and the points there (the marked one is 11 across)
constexpr int kTableRows = 5;           // rows the table shows at least: a quarter of a day at the presets' hourly points
const QColor kError(0xb0, 0x00, 0x20);
constexpr double kMinuteGap = 1e-3;     // minutes must increase: the least a point keeps from its neighbour
enum Column { ColumnTime, ColumnMinute, ColumnMultiple };

QString clock(double minute)
{
    const int m = std::clamp(int(std::lround(minute)), 0, int(kMinutesPerDay));
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

// Drags of every editor get their own number, so two never merge.
int nextDragNumber()
{
    static int number = 0;
    return ++number;
}

QString customName() { return QStringLiteral("custom"); }

} // namespace

ProfileEditor::ProfileEditor(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_presets(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add point"), this))
    , m_remove(new QPushButton(tr("Remove point"), this))
    , m_scope(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_presets->setObjectName(QStringLiteral("profilePresets"));
    m_presets->addItems(profilePresetNames());
    m_presets->setToolTip(tr("Replace the profile by a preset (undoable)"));
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    m_scope->setObjectName(QStringLiteral("profileScope"));
    m_summary->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->hide(); // shown with a refusal: the plot and the table keep its room until then
    m_summary->setWordWrap(true);

    m_plot->setMinimumHeight(120);
    m_plot->setFocusPolicy(Qt::ClickFocus);
    m_plot->setToolTip(tr("Drag a point to change it; double-click to add one; right-click a point, or select it and press Delete, to remove it"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int h = 0; h <= 24; h += 6)
        ticker->addTick(h * 60.0, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0, kMinutesPerDay);
    // Room on the right for half the 24:00 label.
    m_plot->axisRect()->setMinimumMargins(QMargins(0, 8, 16, 0));
    m_plot->yAxis->setLabel(tr("x busiest hour"));
    m_line = m_plot->addGraph();
    m_line->setPen(QPen(ChartPalette::series(0), 1.6));
    m_line->setBrush(ChartPalette::faded(ChartPalette::series(0)));
    m_mark = m_plot->addGraph();
    m_mark->setLineStyle(QCPGraph::lsNone);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ProfileEditor::keepPointsInside);

    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Minute"), tr("x busiest hour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows as tall as their text, no row numbers beside the times, and room
    // for kTableRows of them however small the dock.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + kTableRows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Preset:"), this));
    top->addWidget(m_presets, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    applyPalette();

    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (const auto preset = profilePreset(m_presets->itemText(index)))
            push(*preset, tr("Choose Traffic Profile %1").arg(preset->name));
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ProfileEditor::tableEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_filling) {
            const QList<QTableWidgetItem *> items = m_table->selectedItems();
            selectPoint(items.isEmpty() ? -1 : items.front()->row());
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        // Halfway between the selected point and the next one (or the one before the end).
        const auto &points = profile().points;
        const int at = m_selected >= 0 ? m_selected : int(points.size()) - 1;
        const int next = std::min(at + 1, int(points.size()) - 1);
        const double minute = at == next ? std::min(kMinutesPerDay, points[size_t(at)].minute + 30)
                                         : (points[size_t(at)].minute + points[size_t(next)].minute) / 2;
        addPointAt({minute, multipleAt(profile(), minute)});
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removePoint(m_selected); });
    connect(m_document, &ScenarioDocument::profileChanged, this, &ProfileEditor::refresh);
    connect(m_document, &ScenarioDocument::documentReset, this, &ProfileEditor::refresh);
    connect(m_document, &ScenarioDocument::editRefused, this, [this](const QString &message) {
        if (m_pushing)
            showError(message);
    });
    refresh();
}

const TrafficProfile &ProfileEditor::profile() const { return m_document->profile(); }

void ProfileEditor::refresh()
{
    const TrafficProfile &p = profile();
    const int stage = m_document->stage();
    const int from = profileStage(m_document->scenario(), stage);
    const auto title = [this](int k) { return m_document->scenario().stages[size_t(k - 1)].title; };
    if (stage == 0)
        m_scope->setText(tr("The scenario's day: every stage runs it unless a stage sets its own."));
    else if (from == stage)
        m_scope->setText(tr("Stage %1 (%2) has a day of its own, which later stages run too unless they set theirs.")
                             .arg(stage).arg(title(stage)));
    else if (from > 0)
        m_scope->setText(tr("Stage %1 runs the day stage %2 (%3) set; an edit here gives stage %1 a day of its own.")
                             .arg(stage).arg(from).arg(title(from)));
    else
        m_scope->setText(tr("Stage %1 runs the scenario's day; an edit here gives stage %1 a day of its own.").arg(stage));
    const int preset = m_presets->findText(p.name);
    m_presets->setCurrentIndex(preset);
    m_presets->setPlaceholderText(p.name);
    m_summary->setText(tr("%1: peak %2x, mean %3x the busiest hour")
                           .arg(p.name.isEmpty() ? customName() : p.name)
                           .arg(peakMultiple(p), 0, 'f', 2)
                           .arg(meanMultiple(p), 0, 'f', 2));
    if (m_selected >= int(p.points.size()))
        m_selected = int(p.points.size()) - 1;
    fillTable();
    redraw();
}

void ProfileEditor::redraw()
{
    const TrafficProfile &p = profile();
    QVector<double> x, y;
    for (const ProfilePoint &q : p.points) {
        x << q.minute;
        y << q.multiple;
    }
    m_line->setData(x, y, true);
    if (m_selected >= 0 && m_selected < int(p.points.size()))
        m_mark->setData({p.points[size_t(m_selected)].minute}, {p.points[size_t(m_selected)].multiple}, true);
    else
        m_mark->data()->clear();
    // The scale stays put under a dragging hand; it follows the profile otherwise.
    if (m_dragIndex < 0)
        m_plot->yAxis->setRange(0, std::max(1.2, peakMultiple(p) * 1.15));
    m_plot->replot();
}

void ProfileEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProfileEditor::keepPointsInside()
{
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() <= 4 * kPointRoom || r.height() <= 4 * kPointRoom)
        return;
    // kPointRoom pixels between an axis's end and the day's end (or zero).
    const double pad = kPointRoom * kMinutesPerDay / (r.width() - 2 * kPointRoom);
    m_plot->xAxis->setRange(-pad, kMinutesPerDay + pad);
    const double top = m_plot->yAxis->range().upper;
    m_plot->yAxis->setRange(-kPointRoom * top / (r.height() - kPointRoom), top);
}

void ProfileEditor::applyPalette()
{
    ChartPalette::applyTo(m_plot);
    const bool dark = ChartPalette::isDark(m_plot);
    const QColor ground = m_plot->palette().color(QPalette::Base);
    m_line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, ChartPalette::series(0), ground, 8));
    m_mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, ChartPalette::cursor(dark), ChartPalette::cursor(dark), 11));
    QPalette error = m_error->palette();
    error.setColor(QPalette::WindowText, CanvasColors::of(palette()).readable(kError));
    m_error->setPalette(error);
}

void ProfileEditor::fillTable()
{
    const TrafficProfile &p = profile();
    m_filling = true;
    m_table->setRowCount(int(p.points.size()));
    for (int row = 0; row < int(p.points.size()); ++row) {
        const ProfilePoint &q = p.points[size_t(row)];
        auto *time = new QTableWidgetItem(clock(q.minute));
        time->setFlags(time->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, ColumnTime, time);
        m_table->setItem(row, ColumnMinute, new QTableWidgetItem(QString::number(q.minute, 'g', 10)));
        m_table->setItem(row, ColumnMultiple, new QTableWidgetItem(QString::number(q.multiple, 'g', 10)));
    }
    if (m_selected >= 0)
        m_table->selectRow(m_selected);
    else
        m_table->clearSelection();
    m_filling = false;
    m_remove->setEnabled(m_selected >= 0);
}

void ProfileEditor::selectPoint(int index)
{
    m_selected = index >= 0 && index < int(profile().points.size()) ? index : -1;
    m_remove->setEnabled(m_selected >= 0);
    if (!m_filling) {
        m_filling = true;
        if (m_selected >= 0)
            m_table->selectRow(m_selected);
        else
            m_table->clearSelection();
        m_filling = false;
    }
    redraw();
}

QPointF ProfileEditor::pixelOf(double minute, double multiple) const
{
    return {m_plot->xAxis->coordToPixel(minute), m_plot->yAxis->coordToPixel(multiple)};
}

ProfilePoint ProfileEditor::valueAt(QPointF pixel) const
{
    return {m_plot->xAxis->pixelToCoord(pixel.x()), m_plot->yAxis->pixelToCoord(pixel.y())};
}

int ProfileEditor::pointNear(QPointF pixel) const
{
    int best = -1;
    double bestDistance = kGrabPixels;
    const auto &points = profile().points;
    for (int i = 0; i < int(points.size()); ++i) {
        const QPointF d = pixelOf(points[size_t(i)].minute, points[size_t(i)].multiple) - pixel;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

TrafficProfile ProfileEditor::moved(int index, ProfilePoint to) const
{
    TrafficProfile next = profile();
    next.name = customName();
    auto &points = next.points;
    const double lo = index > 0 ? points[size_t(index - 1)].minute + kMinuteGap : 0;
    const double hi = index + 1 < int(points.size()) ? points[size_t(index + 1)].minute - kMinuteGap : kMinutesPerDay;
    ProfilePoint &p = points[size_t(index)];
    // Whole minutes and hundredths read well in the table; the neighbours bound the move.
    if (lo <= hi)
        p.minute = std::clamp(std::round(to.minute), lo, hi);
    p.multiple = std::clamp(std::round(to.multiple * 100) / 100, 0.0, kMaxProfileMultiple);
    return next;
}

void ProfileEditor::push(TrafficProfile next, const QString &text, int drag)
{
    showError({});
    m_pushing = true;
    pushProfile(m_document, next, text, drag);
    m_pushing = false;
    if (!m_error->text().isEmpty())
        refresh(); // the table shows the document again, not the refused value
}

void ProfileEditor::addPointAt(ProfilePoint at)
{
    TrafficProfile next = profile();
    next.name = customName();
    at.minute = std::clamp(std::round(at.minute), 0.0, kMinutesPerDay);
    at.multiple = std::clamp(std::round(at.multiple * 100) / 100, 0.0, kMaxProfileMultiple);
    auto &points = next.points;
    const auto where = std::lower_bound(points.begin(), points.end(), at.minute,
                                        [](const ProfilePoint &q, double m) { return q.minute < m; });
    if (where != points.end() && where->minute == at.minute) {
        showError(tr("Traffic profile: there is a point at %1 already; drag it instead").arg(clock(at.minute)));
        return;
    }
    const int index = int(where - points.begin());
    points.insert(where, at);
    m_selected = index;
    push(next, tr("Add Traffic Point at %1").arg(clock(at.minute)));
}

void ProfileEditor::removePoint(int index)
{
    if (index < 0 || index >= int(profile().points.size()))
        return;
    TrafficProfile next = profile();
    next.name = customName();
    const double minute = next.points[size_t(index)].minute;
    next.points.erase(next.points.begin() + index);
    m_selected = -1;
    push(next, tr("Remove Traffic Point at %1").arg(clock(minute)));
}

void ProfileEditor::tableEdited(QTableWidgetItem *item)
{
    if (m_filling || !item || item->column() == ColumnTime)
        return;
    const int row = item->row();
    const QString field = item->column() == ColumnMinute ? QStringLiteral("minute") : QStringLiteral("multiple");
    bool ok = false;
    const double value = QLocale().toDouble(item->text().trimmed(), &ok);
    const double number = ok ? value : item->text().trimmed().toDouble(&ok);
    if (!ok) {
        showError(tr("Traffic profile points[%1].%2: \"%3\" is not a number").arg(row).arg(field, item->text()));
        fillTable();
        return;
    }
    TrafficProfile next = profile();
    if (row >= int(next.points.size()))
        return;
    next.name = customName();
    ProfilePoint &p = next.points[size_t(row)];
    (item->column() == ColumnMinute ? p.minute : p.multiple) = number;
    if (item->column() == ColumnMinute) {
        // Named at the row typed in, not at the neighbour profileProblem would meet first.
        const double lo = row > 0 ? next.points[size_t(row - 1)].minute : -1;
        const double hi = row + 1 < int(next.points.size()) ? next.points[size_t(row + 1)].minute : kMinutesPerDay + 1;
        if (!(number > lo && number < hi) && number >= 0 && number <= kMinutesPerDay) {
            showError(tr("Traffic profile points[%1].minute: %2 must lie between the points either side (%3 and %4)")
                                 .arg(row).arg(number).arg(std::max(lo, 0.0)).arg(std::min(hi, kMinutesPerDay)));
            fillTable();
            return;
        }
    }
    m_selected = row;
    push(next, tr("Set Traffic Point %1").arg(field));
}

bool ProfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    const bool deleteKey = event->type() == QEvent::KeyPress
        && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace);
    // Delete here removes the point, not the canvas selection (the window's shortcut).
    if (event->type() == QEvent::ShortcutOverride && (watched == m_plot || watched == m_table) && m_selected >= 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            event->accept();
            return true;
        }
    }
    // (A cell being typed in has its own editor widget, which gets the keys.)
    if ((watched == m_plot || watched == m_table) && deleteKey && m_selected >= 0) {
        removePoint(m_selected);
        return true;
    }
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        applyPalette();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        break;
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        const int near = pointNear(e->position());
        if (e->button() == Qt::RightButton && near >= 0) {
            removePoint(near);
            return true;
        }
        if (e->button() == Qt::LeftButton) {
            selectPoint(near);
            if (near >= 0) {
                m_dragIndex = near;
                m_drag = nextDragNumber();
            }
            return true;
        }
        break;
    }
    case QEvent::MouseMove:
        if (m_dragIndex >= 0) {
            auto *e = static_cast<QMouseEvent *>(event);
            push(moved(m_dragIndex, valueAt(e->position())), tr("Move Traffic Point"), m_drag);
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragIndex >= 0) {
            m_dragIndex = -1;
            m_drag = 0;
            redraw();
            return true;
        }
        break;
    case QEvent::MouseButtonDblClick: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && pointNear(e->position()) < 0) {
            addPointAt(valueAt(e->position()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scalescope
