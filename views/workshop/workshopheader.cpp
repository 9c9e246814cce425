#include "workshopheader.h"

#include "controls/userscale.h"
#include "stages/stagebar.h"
#include "workshopfigures.h"
#include "workshoptheme.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace scalescope {

namespace {

const QString kNoFigure = QStringLiteral("\u2014");

// The checked step in ink on the header's ground; no panel behind the steps.
// (Not bold: the step's size is measured in the regular weight.)
QString stageBarStyle()
{
    return QStringLiteral("QScrollArea, QScrollArea > QWidget, QScrollArea > QWidget > QWidget { background: transparent; }"
                          "QToolButton { padding: 4px 10px; border-radius: 6px; }"
                          "QToolButton:checked { background: %1; color: white; }")
        .arg(workshop::kInk.name());
}

constexpr QSize kArrowSize{22, 22};

} // namespace

WorkshopHeader::WorkshopHeader(StageNavigator *navigator, QWidget *parent)
    : QWidget(parent), m_stageBar(new StageBar(navigator, this)), m_figures(new QGridLayout)
{
    QPalette band = palette();
    band.setColor(QPalette::Window, workshop::kHeaderBackground);
    setPalette(band);
    setAutoFillBackground(true);

    m_stageBar->setFont(workshop::font(workshop::kStageBarPt));
    m_stageBar->setStyleSheet(stageBarStyle());
    m_stageBar->previousButton()->setIconSize(kArrowSize);
    m_stageBar->nextButton()->setIconSize(kArrowSize);

    m_figures->setHorizontalSpacing(48);
    m_figures->setVerticalSpacing(0);
    // Spread over the width; the bottleneck, the longest, gets more of it.
    m_users = addFigure(tr("Users"), workshop::kUsersPt, 1);
    m_ceiling = addFigure(tr("Holds up to"), workshop::kFigurePt, 1);
    m_bottleneck = addFigure(tr("Bottleneck"), workshop::kFigurePt, 3);
    m_latency = addFigure(tr("Latency"), workshop::kFigurePt, 1);
    m_availability = addFigure(tr("Availability"), workshop::kFigurePt, 1);
    m_cost = addFigure(tr("Per month"), workshop::kFigurePt, 0);
    // A long bottleneck wraps instead of widening the window.
    m_bottleneck->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 12);
    layout->setSpacing(6);
    layout->addWidget(m_stageBar);
    layout->addLayout(m_figures);

    setUsers(1);
    showError(QString());
}

QLabel *WorkshopHeader::addFigure(const QString &caption, double pointSize, int stretch)
{
    const int column = int(m_tiles.size());
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setFont(workshop::font(workshop::kCaptionPt));
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(kNoFigure, this);
    value->setFont(workshop::font(pointSize, true));
    value->setTextFormat(Qt::PlainText);
    // Bottom aligned, so the large user count and the figures share a baseline.
    value->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_figures->addWidget(captionLabel, 0, column, Qt::AlignLeft | Qt::AlignBottom);
    m_figures->addWidget(value, 1, column);
    m_figures->setColumnStretch(column, stretch);
    m_tiles.append(qMakePair(captionLabel, value));
    return value;
}

void WorkshopHeader::setUsers(double users)
{
    m_users->setText(UserScale::format(users));
}

void WorkshopHeader::setFigures(const WorkshopFigures &figures)
{
    m_ceiling->setText(figures.ceiling);
    m_bottleneck->setText(figures.bottleneck);
    QPalette load = m_bottleneck->palette();
    load.setColor(QPalette::WindowText, workshop::loadColor(figures.bottleneckUtilization));
    m_bottleneck->setPalette(load);
    m_bottleneck->setToolTip(QString());
    m_latency->setText(figures.latency);
    m_availability->setText(figures.availability);
    m_cost->setText(figures.monthlyCost);
}

void WorkshopHeader::showError(const QString &message)
{
    for (QLabel *value : {m_ceiling, m_bottleneck, m_latency, m_availability, m_cost})
        value->setText(kNoFigure);
    m_bottleneck->setPalette(palette());
    if (!message.isEmpty()) {
        m_bottleneck->setText(tr("cannot evaluate"));
        m_bottleneck->setToolTip(message);
    }
}

QString WorkshopHeader::usersText() const
{
    return m_users->text();
}

QString WorkshopHeader::figuresText() const
{
    QStringList parts;
    for (const auto &[caption, value] : m_tiles)
        parts << caption->text() + u' ' + value->text();
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace scalescope
