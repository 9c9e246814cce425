#include "stagebar.h"

#include "document/scenariodocument.h"
#include "stagenavigator.h"
#include "stagerange.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>

namespace scalescope {

namespace {

constexpr int kMaxStepChars = 28;
constexpr char kFullText[] = "stageStepFullText";

QString elided(const QString &text)
{
    return text.size() <= kMaxStepChars ? text : text.left(kMaxStepChars - 1) + QChar(0x2026);
}

} // namespace

QString stageStepText(int stage, const QString &title)
{
    if (stage == 0)
        return StageBar::tr("Base");
    return QStringLiteral("%1. %2").arg(stage).arg(title);
}

StageBar::StageBar(StageNavigator *navigator, QWidget *parent)
    : QWidget(parent), m_navigator(navigator), m_steps(new QButtonGroup(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this))
{
    m_steps->setExclusive(true);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous stage"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next stage"));

    auto *strip = new QWidget;
    m_stepLayout = new QHBoxLayout(strip);
    m_stepLayout->setContentsMargins(0, 0, 0, 0);
    m_stepLayout->setSpacing(2);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A long journey scrolls to the viewed step (and with the wheel) rather
    // than showing a scroll bar under the steps.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_previous);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_next);

    connect(m_previous, &QToolButton::clicked, navigator, &StageNavigator::previous);
    connect(m_next, &QToolButton::clicked, navigator, &StageNavigator::next);
    connect(m_steps, &QButtonGroup::idClicked, navigator, &StageNavigator::goTo);
    ScenarioDocument *document = navigator->document();
    connect(document, &ScenarioDocument::documentReset, this, &StageBar::rebuild);
    connect(document, &ScenarioDocument::stageChanged, this, &StageBar::syncChecked);
    rebuild();
}

QAbstractButton *StageBar::step(int stage) const { return m_steps->button(stage); }

int StageBar::stepCount() const { return int(m_steps->buttons().size()); }

void StageBar::rebuild()
{
    const Scenario &scenario = m_navigator->document()->scenario();
    for (QAbstractButton *b : m_steps->buttons()) {
        m_steps->removeButton(b);
        delete b;
    }
    while (QLayoutItem *item = m_stepLayout->takeAt(0))
        delete item;
    for (int k = 0; k <= int(scenario.stages.size()); ++k) {
        const QString title = k == 0 ? QString() : scenario.stages[size_t(k - 1)].title;
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        const QString text = stageStepText(k, title);
        button->setProperty(kFullText, text);
        button->setText(elided(text));
        QString tip = text;
        if (k > 0) {
            const QString range = stageRangeText(scenario.stages[size_t(k - 1)]);
            if (!range.isEmpty())
                tip += QStringLiteral("\n") + range;
        }
        button->setToolTip(tip);
        m_steps->addButton(button, k);
        m_stepLayout->addWidget(button);
    }
    m_stepLayout->addStretch(1);
    syncChecked();
}

void StageBar::syncChecked()
{
    const int stage = m_navigator->document()->stage();
    // The viewed stage reads in full; the others are short enough to fit.
    for (QAbstractButton *b : m_steps->buttons()) {
        const QString text = b->property(kFullText).toString();
        b->setText(m_steps->id(b) == stage ? text : elided(text));
    }
    if (QAbstractButton *b = m_steps->button(stage)) {
        b->setChecked(true);
        scrollToViewedStep();
    }
    m_previous->setEnabled(m_navigator->canGoPrevious());
    m_next->setEnabled(m_navigator->canGoNext());
}

void StageBar::scrollToViewedStep()
{
    // Once the strip is laid out with the new texts, steps or width:
    // scrolling now would use the old geometry.
    QTimer::singleShot(0, this, [this] {
        QAbstractButton *shown = m_steps->checkedButton();
        if (!shown)
            return;
        // The strip's new width reaches the scroll range through layout
        // requests, which may still be queued behind this timer.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_scroll->ensureWidgetVisible(shown, 8, 0);
    });
}

void StageBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scrollToViewedStep();
}

} // namespace scalescope
