#include "workshopwindow.h"

#include "canvasandstory.h"
#include "controls/userscale.h"
#include "document/scenariodocument.h"
#include "journey/journeytable.h"
#include "journeyoverlay.h"
#include "charts/daychart.h"
#include "live/evaluationservice.h"
#include "keyhint.h"
#include "presentationcanvas.h"
#include "stages/narrativepanel.h"
#include "stages/stagenavigator.h"
#include "workshopfigures.h"
#include "workshopheader.h"
#include "workshoptheme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QVBoxLayout>

#include <cmath>

namespace scalescope {

namespace {

// A thin line between the header and the body.
QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setAutoFillBackground(true);
    QPalette p = line->palette();
    p.setColor(QPalette::Window, workshop::kRule);
    line->setPalette(p);
    line->setFixedHeight(2);
    return line;
}

} // namespace

WorkshopWindow::WorkshopWindow(ScenarioDocument *document, CanvasScene *scene, StageNavigator *navigator,
                               QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_navigator(navigator)
{
    setWindowTitle(tr("ScaleScope workshop"));
    setPalette(workshop::palette());
    setFont(workshop::font(workshop::kBodyPt));
    setAutoFillBackground(true);

    m_header = new WorkshopHeader(navigator, this);

    m_body = new CanvasAndStory(document, scene, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(rule(this));
    layout->addWidget(m_body, 1);
    // The day under the canvas, played on demand (D): traffic, instances,
    // load and errors through the hours, the canvas showing each moment.
    m_day = new DayChart(document, this);
    // Its long moment line must not widen the window past the screen; the
    // canvas keeps most of the height.
    m_day->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_day->setFixedHeight(300);
    m_day->hide();
    layout->addWidget(m_day);

    // Overlays: they follow their parent's size by themselves.
    m_journey = new JourneyOverlay(document, m_body);
    m_hint = new KeyHint(workshopKeyHint(), this);

    connect(journeyTable(), &JourneyTable::stageRequested, navigator, &StageNavigator::goTo);
    // The scene rebuilds on these first (it connected earlier), so the fit
    // sees the new stage's items where they end up.
    connect(document, &ScenarioDocument::documentReset, m_body, &CanvasAndStory::rearrange);
    connect(document, &ScenarioDocument::changed, m_body, &CanvasAndStory::rearrange);

    setUsers(document->architecture().workload.users);
    resize(1280, 800);
    // Keys are taken before any child (the canvas pans on Space, the table
    // moves on arrows) and before the app's shortcuts.
    qApp->installEventFilter(this);
}

bool WorkshopWindow::isJourneyVisible() const { return !m_journey->isHidden(); }

CanvasView *WorkshopWindow::canvasView() const { return m_body->canvas(); }

NarrativePanel *WorkshopWindow::narrativePanel() const { return m_body->narrative(); }

JourneyTable *WorkshopWindow::journeyTable() const { return m_journey->table(); }

StageBar *WorkshopWindow::stageBar() const { return m_header->stageBar(); }

QString WorkshopWindow::usersText() const { return m_header->usersText(); }

QString WorkshopWindow::figuresText() const { return m_header->figuresText(); }

void WorkshopWindow::showPresentation()
{
    showFullScreen();
    raise();
    activateWindow();
    m_hint->flash();
}

void WorkshopWindow::setUsers(double users)
{
    m_users = UserScale::clamp(users);
    m_header->setUsers(m_users);
}

void WorkshopWindow::setEvaluation(const Network &network, const Evaluation &evaluation)
{
    m_header->setFigures(workshopFigures(network, evaluation));
}

void WorkshopWindow::showError(const QString &message)
{
    m_header->showError(message);
}

void WorkshopWindow::setJourneyVisible(bool visible)
{
    m_journey->setVisible(visible);
    if (visible)
        m_journey->raise();
    m_hint->raise();
}

void WorkshopWindow::toggleJourney()
{
    setJourneyVisible(!isJourneyVisible());
}

bool WorkshopWindow::isDayVisible() const { return !m_day->isHidden(); }

DayChart *WorkshopWindow::dayChart() const { return m_day; }

void WorkshopWindow::toggleDay()
{
    const bool show = !isDayVisible();
    m_day->setVisible(show);
    m_day->setPlaying(show);
    // Hidden, the canvas goes back to the busiest hour.
    if (!show)
        EvaluationService::of(m_document)->setTimelineStep(-1);
    m_body->rearrange();
}

void WorkshopWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void WorkshopWindow::fitDiagram()
{
    m_body->rearrange();
}

bool WorkshopWindow::isOwnWidget(QObject *object) const
{
    if (!object->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(object);
    return widget == this || isAncestorOf(widget);
}

bool WorkshopWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::ShortcutOverride) && isOwnWidget(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (const std::optional<WorkshopAction> action = workshopAction(*key)) {
            // Accepting the override keeps app shortcuts from taking the key.
            event->accept();
            // A held key would race through stages or user counts: once per press.
            if (type == QEvent::KeyPress && !key->isAutoRepeat())
                perform(*action);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkshopWindow::perform(WorkshopAction action)
{
    m_hint->dismiss();
    switch (action) {
    case WorkshopAction::NextStage:
        m_navigator->next();
        break;
    case WorkshopAction::PreviousStage:
        m_navigator->previous();
        break;
    case WorkshopAction::FirstStage:
        m_navigator->goTo(0);
        break;
    case WorkshopAction::LastStage:
        m_navigator->goTo(m_document->stageCount());
        break;
    case WorkshopAction::MoreUsers:
        requestUsers(m_users * 10);
        break;
    case WorkshopAction::FewerUsers:
        requestUsers(m_users / 10);
        break;
    case WorkshopAction::TogglePlay:
        emit playToggled();
        break;
    case WorkshopAction::ToggleJourney:
        toggleJourney();
        break;
    case WorkshopAction::ToggleDay:
        toggleDay();
        break;
    case WorkshopAction::ToggleFullScreen:
        toggleFullScreen();
        break;
    case WorkshopAction::Leave:
        close();
        break;
    }
}

void WorkshopWindow::requestUsers(double users)
{
    // Whole users: a tenth of 25 is 3, not 2.5.
    setUsers(std::round(users));
    emit usersRequested(m_users);
}

void WorkshopWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        m_hint->flash();
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

} // namespace scalescope
