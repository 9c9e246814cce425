// The window's docks and its live pieces (MainWindow, continued): palette
// on the left; narrative, inspector, advisor and failures on the right;
// charts, the journey table and the Day chart below; the stage bar above the canvas.
#include "mainwindow.h"

#include "advisor/advisorpanel.h"
#include "canvas/canvasscene.h"
#include "charts/chartspanel.h"
#include "charts/daychart.h"
#include "controls/statussummary.h"
#include "document/scenariodocument.h"
#include "inspector/inspectorwidget.h"
#include "journey/journeytable.h"
#include "livesession.h"
#include "palette/palettewidget.h"
#include "profile/profileeditor.h"
#include "stages/failurepanel.h"
#include "stages/journeyplayer.h"
#include "stages/narrativepanel.h"
#include "stages/stagebar.h"
#include "stages/stagenavigator.h"
#include "live/evaluationservice.h"
#include "live/idleconnectionwarner.h"
#include "workshop/workshopwindow.h"

#include <QAction>
#include <QCursor>
#include <QDockWidget>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>

namespace scalescope {

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    // A dock shrinks below its content's minimum and scrolls, so the window
    // fits a small screen (1920x1080 at 200% is 960x540); content that
    // scrolls itself (lists, tables) needs no second scroll area.
    if (qobject_cast<QAbstractScrollArea *>(content)) {
        dock->setWidget(content);
    } else {
        auto *scroll = new QScrollArea(dock);
        scroll->setObjectName(name + QStringLiteral("Scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        dock->setWidget(scroll);
    }
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(m_document->catalog(), this);
    QDockWidget *paletteDock = addDock(m_palette, tr("Components"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::addKindInView);

    m_narrative = new NarrativePanel(m_document, this);
    QDockWidget *narrativeDock = addDock(m_narrative, tr("Stage"), QStringLiteral("narrativeDock"), Qt::RightDockWidgetArea);

    m_inspector = new InspectorWidget(m_document, this);
    QDockWidget *inspectorDock = addDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    m_advisor = new AdvisorPanel(m_document, this);
    m_advisor->previewOn(m_scene); // a step ghosted on the canvas while its card is pointed at
    QDockWidget *advisorDock = addDock(m_advisor, tr("Advisor"), QStringLiteral("advisorDock"), Qt::RightDockWidgetArea);
    m_failures = new FailurePanel(m_document, this);
    QDockWidget *failureDock = addDock(m_failures, tr("Failures"), QStringLiteral("failureDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, advisorDock);
    tabifyDockWidget(advisorDock, failureDock);
    inspectorDock->raise();

    QDockWidget *chartsDock = addDock(m_live->charts(), tr("Charts"), QStringLiteral("chartsDock"), Qt::BottomDockWidgetArea);
    m_journey = new JourneyTable(m_document, this);
    QDockWidget *journeyDock = addDock(m_journey, tr("Journey"), QStringLiteral("journeyDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(chartsDock, journeyDock);
    auto *day = new DayChart(m_document, this);
    day->setObjectName(QStringLiteral("dayChart"));
    QDockWidget *dayDock = addDock(day, tr("Day"), QStringLiteral("dayDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(journeyDock, dayDock);
    // The traffic profile beside the inspector, so the Day chart below follows its edits.
    auto *profile = new ProfileEditor(m_document, this);
    profile->setObjectName(QStringLiteral("profileEditor"));
    QDockWidget *profileDock = addDock(profile, tr("Traffic Profile"), QStringLiteral("profileDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(failureDock, profileDock);
    const auto showProfile = [profileDock] {
        profileDock->show();
        profileDock->raise();
    };
    connect(day, &DayChart::profileEditRequested, this, showProfile);
    m_profileAction = new QAction(tr("Traffic &Profile..."), this);
    m_profileAction->setObjectName(QStringLiteral("actionTrafficProfile"));
    m_profileAction->setStatusTip(tr("Edit the traffic over a day that the Day chart plays"));
    connect(m_profileAction, &QAction::triggered, this, showProfile);
    inspectorDock->raise();
    chartsDock->raise();

    // The corners go to the side docks, so the charts span only the canvas.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Sizes for a 1440x900 first window; on a smaller screen (1920x1080 at
    // twice the scale is 960x540) the docks take the same shares of it, so
    // the canvas keeps about half of each direction.
    const QSize screenSize = screen() ? screen()->availableGeometry().size() : QSize(1440, 900);
    const double across = std::min(1.0, screenSize.width() / 1440.0), down = std::min(1.0, screenSize.height() / 900.0);
    resizeDocks({paletteDock, narrativeDock}, {int(240 * across), int(360 * across)}, Qt::Horizontal);
    resizeDocks({narrativeDock, inspectorDock}, {int(220 * down), int(480 * down)}, Qt::Vertical);
    resizeDocks({chartsDock}, {int(280 * down)}, Qt::Vertical);
}

void MainWindow::wireLiveSession()
{
    statusBar()->addPermanentWidget(m_live->status(), 1);
    m_inspector->setEvaluationService(m_live->service());
    connect(m_live, &LiveSession::usersChanged, m_failures, &FailurePanel::setUsers);
    connect(m_live, &LiveSession::usersChanged, m_advisor, &AdvisorPanel::setUsers);
    m_failures->setUsers(m_live->users());
    m_advisor->setUsers(m_live->users());
    connect(m_journey, &JourneyTable::stageRequested, m_navigator, &StageNavigator::goTo);
    // A connection the model ignores is said so at once, where the hand is.
    connect(new IdleConnectionWarner(m_document, m_live->service(), this), &IdleConnectionWarner::warning, this,
            [this](const QString &message) {
                statusBar()->showMessage(message, 10000);
                QToolTip::showText(QCursor::pos(), message, this);
            });
}

void MainWindow::wirePlayer()
{
    // The film drives the one user count; a hand on the slider steers the film.
    connect(m_player, &JourneyPlayer::usersChanged, m_live, &LiveSession::setUsers);
    connect(m_live, &LiveSession::usersChanged, m_player, &JourneyPlayer::setUsers);
    connect(m_player, &JourneyPlayer::playingChanged, m_playAction, &QAction::setChecked);
    connect(m_player, &JourneyPlayer::stageSaturated, this,
            [this](int stage, const QString &componentId, const QString &limitName, double users) {
                const Component *c = m_document->component(componentId);
                statusBar()->showMessage(tr("Stage %1 breaks at %2 users: %3 (%4)")
                                             .arg(stage)
                                             .arg(QLocale().toString(users, 'f', 0), c ? c->label : componentId, limitName),
                                         6000);
            });
    connect(m_player, &JourneyPlayer::finished, this,
            [this] { statusBar()->showMessage(tr("The journey has played to its last stage"), 6000); });
}

void MainWindow::showWorkshop()
{
    if (!m_workshop) {
        // Its own top-level window on the same scene and navigator; parented
        // here only so it goes when the editor does.
        m_workshop = new WorkshopWindow(m_document, m_scene, m_navigator, this);
        EvaluationService *service = m_live->service();
        connect(m_workshop, &WorkshopWindow::usersRequested, m_live, &LiveSession::setUsers);
        connect(m_live, &LiveSession::usersChanged, m_workshop, &WorkshopWindow::setUsers);
        connect(service, &EvaluationService::evaluated, m_workshop,
                [this, service] { m_workshop->setEvaluation(service->network(), service->evaluation()); });
        connect(service, &EvaluationService::failed, m_workshop, &WorkshopWindow::showError);
        connect(m_workshop, &WorkshopWindow::playToggled, m_player, &JourneyPlayer::toggle);
        connect(m_workshop, &WorkshopWindow::closed, this, [this] {
            activateWindow();
            raise();
        });
    }
    m_workshop->setUsers(m_live->users());
    m_live->service()->flush();
    if (m_live->service()->hasNetwork())
        m_workshop->setEvaluation(m_live->service()->network(), m_live->service()->evaluation());
    m_workshop->showPresentation();
}

} // namespace scalescope
