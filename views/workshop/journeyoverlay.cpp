#include "journeyoverlay.h"

#include "journey/ceilingchart.h"
#include "journey/journeymodel.h"
#include "journey/journeytable.h"
#include "workshoptheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace scalescope {

namespace {
constexpr double kTablePt = 15;
constexpr double kSmallestTablePt = 11;
// The figures' columns may take this share of the width; the stage titles
// get the rest (elided, the whole title in the stage bar above).
constexpr double kFiguresShare = 0.66;
constexpr double kChartPt = 13;
constexpr double kTitlePt = 22;
} // namespace

JourneyOverlay::JourneyOverlay(ScenarioDocument *document, QWidget *parent)
    : QFrame(parent), m_table(new JourneyTable(document, this))
{
    // A plain page over the whole body: nothing of the canvas or the story
    // shows through or peeks out around it.
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("The journey: ceiling, bottleneck, latency, availability and cost per stage"), this);
    title->setFont(workshop::font(kTitlePt, true));
    title->setWordWrap(true);
    auto *closeHint = new QLabel(tr("J hides"), this);
    closeHint->setFont(workshop::font(workshop::kCaptionPt));
    closeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(closeHint, 0, Qt::AlignTop);

    QTableView *view = m_table->view();
    view->setFont(workshop::font(kTablePt));
    view->horizontalHeader()->setFont(workshop::font(kTablePt, true));
    view->setAlternatingRowColors(true);
    // Every column in view at any width: no sideways scrolling in front of
    // an audience.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(JourneyModel::StageColumn, QHeaderView::Stretch);
    enlargeChartType();
    // The table as tall as its rows, the chart gets the rest.
    connect(m_table->model(), &JourneyModel::summarized, this, [this] {
        fitColumns();
        fitTableHeight();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    parent->installEventFilter(this);
    place();
    hide();
}

void JourneyOverlay::enlargeChartType()
{
    CeilingChart *chart = m_table->chart();
    for (QCPAxis *axis : {chart->xAxis, chart->yAxis}) {
        axis->setTickLabelFont(workshop::font(kChartPt));
        axis->setLabelFont(workshop::font(kChartPt, true));
    }
}

bool JourneyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void JourneyOverlay::place()
{
    setGeometry(parentWidget()->rect());
    fitColumns();
    fitTableHeight();
}

void JourneyOverlay::fitColumns()
{
    // The largest type at which the figures leave the stage titles room.
    QTableView *view = m_table->view();
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int available = width() - margins.left() - margins.right() - 2 * view->frameWidth();
    for (double pt = kTablePt; pt >= kSmallestTablePt; pt -= 1) {
        view->setFont(workshop::font(pt));
        view->horizontalHeader()->setFont(workshop::font(pt, true));
        int figures = 0;
        for (int c = JourneyModel::StageColumn + 1; c < JourneyModel::ColumnCount; ++c)
            figures += std::max(static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(c), view->horizontalHeader()->sectionSizeHint(c));
        if (figures <= available * kFiguresShare)
            break;
    }
}

void JourneyOverlay::fitTableHeight()
{
    QTableView *view = m_table->view();
    view->resizeRowsToContents();
    const int rows = view->verticalHeader()->length();
    const int header = view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    const int scrollBar = view->horizontalScrollBar()->isVisible() ? view->horizontalScrollBar()->height() : 0;
    view->setMaximumHeight(rows + header + scrollBar + 2 * view->frameWidth());
}

void JourneyOverlay::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    fitTableHeight();
}

} // namespace scalescope
