// The inspector's live figures: the journey to 10 million users at stage 3
// (two web servers behind a load balancer, a primary database and a read
// follower) driven through the evaluation service as the user slider
// drives it. Expected texts come from the service's own evaluation, and a
// few are checked by hand against `scalescope evaluate --stage 3 --users 1000`.
#include "document/scenariodocument.h"
#include "inspector/componentinspector.h"
#include "inspector/connectioninspector.h"
#include "inspector/focusedinputs.h"
#include "inspector/inspectorwidget.h"
#include "inspector/livefigures.h"
#include "inspector/loadbar.h"
#include "inspector/parametereditor.h"
#include "inspector/parameterform.h"
#include "inspector/workloadinspector.h"
#include "controls/statussummary.h"
#include "live/evaluationservice.h"
#include "live/flowstyle.h"
#include "costs.h"
#include "report.h"
#include "commands/editcommand.h"
#include "scalescope_resources.h"
#include "scenariofile.h"

#include "testsupport.h"
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace scalescope;

namespace {

using test::journey;

// Counts paints and relayouts of the widgets it watches.
class RepaintCounter : public QObject {
public:
    int events = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint || event->type() == QEvent::LayoutRequest)
            ++events;
        return QObject::eventFilter(watched, event);
    }
};

// The window's wiring: every edit reaches the service, the inspector
// follows the service.
// What a web tier in two zones pays a month for its calls to a database in
// one: half of them cross, each query moving one item (1 KiB by default),
// billed $0.01/GB out and $0.01/GB in, at the day's average rate.
double zoneTransferUsd(const Network &n, const QString &from, double users)
{
    const ComponentModel &web = n.components[size_t(n.indexOf(from))];
    double queries = 0;
    for (const Flow &f : web.sent) {
        const Role role = n.components[size_t(f.to)].role;
        if (role == Role::SqlPrimary || role == Role::SqlReplica)
            queries += f.perUser * users;
    }
    const double gb = queries * n.workload.itemKiB / n.workload.peakToAverage * 730 * 3600 / (1024.0 * 1024.0);
    return gb * 0.5 * 2 * 0.01;
}

struct Live {
    ScenarioDocument document;
    EvaluationService service;
    std::unique_ptr<InspectorWidget> inspector;

    explicit Live(int stage)
    {
        document.setScenario(test::firstReleaseJourney(), stage);
        QObject::connect(&document, &ScenarioDocument::changed, &service,
                         [this] { service.setArchitecture(document.architecture()); });
        service.setArchitecture(document.architecture());
        inspector = std::make_unique<InspectorWidget>(&document);
        inspector->resize(340, 900);
        inspector->setEvaluationService(&service);
        inspector->show();
    }

    void setUsers(double users)
    {
        service.setUsers(users);
        service.flush();
    }

    ComponentInspector *select(const QString &id)
    {
        inspector->inspect(Selection{{id}, {}, {}});
        return qobject_cast<ComponentInspector *>(inspector->page());
    }

    const ComponentModel &model(const QString &id) const
    {
        return service.network().components[size_t(service.network().indexOf(id))];
    }
    const ComponentResult &result(const QString &id) const
    {
        return service.evaluation().components[size_t(service.network().indexOf(id))];
    }
};

// The utilisation a "26%" or "2.6%" cell shows, as a share.
double shownShare(const QString &text)
{
    QString number = text;
    number.chop(1);
    return number.toDouble() / 100;
}

} // namespace

class TestInspectorLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void resourceRowsShowTheModelsFigures()
    {
        Live live(3);
        live.setUsers(1000);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        QVERIFY(page);
        LiveFigures *figures = page->liveFigures();
        QVERIFY(figures->isVisible());
        QVERIFY(figures->showsFigures());
        QCOMPARE(figures->titleText(), QStringLiteral("Live at 1,000 users"));

        // Every resource of the model, in its order, with its figures.
        const ComponentModel &m = live.model(QStringLiteral("web"));
        const ComponentResult &r = live.result(QStringLiteral("web"));
        QCOMPARE(figures->resourceCount(), int(m.resources.size()));
        for (int k = 0; k < figures->resourceCount(); ++k) {
            const ResourceResult &rr = r.resources[size_t(k)];
            QCOMPARE(figures->cellText(k, LiveFigures::Name), LiveFigures::resourceTitle(m.resources[size_t(k)].name));
            QCOMPARE(figures->cellText(k, LiveFigures::Load), humanNumber(rr.demand));
            QCOMPARE(figures->cellText(k, LiveFigures::Capacity), humanNumber(rr.capacity));
            QCOMPARE(figures->cellText(k, LiveFigures::Unit), LiveFigures::unitText(m.resources[size_t(k)]));
            QCOMPARE(figures->cellText(k, LiveFigures::Use), LiveFigures::percentText(rr.utilization));
            QCOMPARE(figures->bar(k)->utilization(), std::round(rr.utilization * 1000) / 1000);
        }

        // By hand (the command line): CPU 40 of 157 req/s, 25.5%; memory
        // 1,026 of 8,192 MiB; two instances, 27.3 ms (shown as 27 ms), $63.9 a
        // month before the calls from two zones to the database in one.
        QCOMPARE(figures->resourceCount(), 2);
        QCOMPARE(figures->cellText(0, LiveFigures::Name), QStringLiteral("CPU"));
        QCOMPARE(figures->cellText(0, LiveFigures::Load), QStringLiteral("40"));
        QCOMPARE(figures->cellText(0, LiveFigures::Capacity), QStringLiteral("157"));
        QCOMPARE(figures->cellText(0, LiveFigures::Unit), QStringLiteral("req/s"));
        QCOMPARE(figures->cellText(0, LiveFigures::Use), QStringLiteral("26%"));
        QCOMPARE(figures->cellText(1, LiveFigures::Name), QStringLiteral("Memory"));
        QCOMPARE(figures->cellText(1, LiveFigures::Load), QStringLiteral("1,026"));
        QCOMPARE(figures->cellText(1, LiveFigures::Capacity), QStringLiteral("8,192"));
        QCOMPARE(figures->cellText(1, LiveFigures::Unit), QStringLiteral("MiB"));
        QCOMPARE(figures->cellText(1, LiveFigures::Use), QStringLiteral("13%"));
        QCOMPARE(figures->lineText(QStringLiteral("Requests")), QStringLiteral("40 req/s"));
        QCOMPARE(figures->lineText(QStringLiteral("Response time")), QStringLiteral("27 ms"));
        QCOMPARE(figures->lineText(QStringLiteral("Instances")), QStringLiteral("2"));
        const double zones = zoneTransferUsd(live.service.network(), QStringLiteral("web"), 1000);
        QVERIFY(zones > 0);
        QVERIFY(std::abs(r.monthlyCost - zones - 63.9) < 0.05);
        QCOMPARE(figures->lineText(QStringLiteral("Monthly cost")), QStringLiteral("$%1/month").arg(humanNumber(r.monthlyCost)));
        QCOMPARE(figures->lineText(QStringLiteral("Failing")), QString()); // nothing fails
        QCOMPARE(figures->lineText(QStringLiteral("Sends")), QString());
        // A row's tooltip is the canvas's bottleneck phrase.
        QCOMPARE(figures->cell(0, LiveFigures::Name)->toolTip(), QStringLiteral("Web servers CPU 26% (40 of 157 req/s)"));
    }

    void utilisationGrowsWithTheUsers()
    {
        Live live(3);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        LiveFigures *figures = page->liveFigures();
        live.setUsers(100);
        QCOMPARE(figures->titleText(), QStringLiteral("Live at 100 users"));
        QCOMPARE(figures->cellText(0, LiveFigures::Load), QStringLiteral("4"));
        QCOMPARE(figures->cellText(0, LiveFigures::Use), QStringLiteral("2.6%")); // 4 / 156.9 req/s
        const double atHundred = shownShare(figures->cellText(0, LiveFigures::Use));
        QCOMPARE(atHundred, 0.026);
        live.setUsers(200);
        QCOMPARE(figures->titleText(), QStringLiteral("Live at 200 users"));
        QCOMPARE(figures->cellText(0, LiveFigures::Load), QStringLiteral("8"));
        QCOMPARE(figures->cellText(0, LiveFigures::Use), QStringLiteral("5.1%"));
        // Twice the users, twice the CPU load (within the shown rounding:
        // 2.55% shows as 2.6%), and the shown figure is the model's.
        const double atTwoHundred = shownShare(figures->cellText(0, LiveFigures::Use));
        QVERIFY(std::abs(atTwoHundred - 2 * atHundred) <= 0.0015);
        QVERIFY(std::abs(atTwoHundred - live.result(QStringLiteral("web")).resources[0].utilization) <= 0.0005);
    }

    void usersMoveTheFiguresNotTheEditors()
    {
        Live live(3);
        live.setUsers(1000);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        live.inspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(live.inspector.get()));
        ParameterForm *form = page->parameters();
        auto *count = qobject_cast<IntegerSpinBox *>(form->editor(QStringLiteral("count"))->input());
        QVERIFY(count);
        QLineEdit *label = page->labelField();

        // A label typed and not yet committed keeps its focus and text.
        label->setFocus();
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Front end"));
        QVERIFY(label->hasFocus());
        for (double users : {1200.0, 1500.0, 2000.0, 2500.0}) {
            live.service.setUsers(users);
            QCoreApplication::processEvents(); // the service evaluates on the next turn
        }
        live.service.flush();
        QCOMPARE(live.inspector->page(), page);
        QCOMPARE(page->parameters(), form);
        QCOMPARE(form->editor(QStringLiteral("count"))->input(), count);
        QCOMPARE(page->labelField(), label);
        QVERIFY(label->hasFocus());
        QCOMPARE(label->text(), QStringLiteral("Front end"));
        QCOMPARE(page->liveFigures()->titleText(), QStringLiteral("Live at 2,500 users"));
        QCOMPARE(page->liveFigures()->cellText(0, LiveFigures::Load), QStringLiteral("100"));

        // So does a number typed into a spin box (leaving the label field
        // commits its text: one edit).
        count->setFocus();
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("5"));
        const QString typed = count->text();
        const int edits = live.document.undoStack()->count();
        live.setUsers(3000);
        QVERIFY(count->hasFocus());
        QCOMPARE(count->text(), typed);
        QCOMPARE(page->liveFigures()->cellText(0, LiveFigures::Load), QStringLiteral("120"));
        QCOMPARE(live.document.undoStack()->count(), edits); // nothing committed
        QCOMPARE(std::get<double>(live.document.component(QStringLiteral("web"))->params.value(QStringLiteral("count"))), 2.0);
    }

    void countInsideAnAutoScalingGroupSaysTheGroupDecides()
    {
        // Stage 3: a fixed fleet of two; its count is read and editable.
        Live fixed(3);
        fixed.setUsers(1000);
        ComponentInspector *page = fixed.select(QStringLiteral("web"));
        QVERIFY(!fixed.model(QStringLiteral("web")).autoScaled);
        QVERIFY(page->parameters()->editor(QStringLiteral("count"))->isEnabled());
        QCOMPARE(page->parameters()->ignoredNote(QStringLiteral("count")), QString());

        // Stage 4 moves the web servers into an auto scaling group: the
        // model sizes them from the group, so count is disabled and says why.
        Live scaled(4);
        scaled.setUsers(1000);
        QCOMPARE(scaled.document.component(QStringLiteral("web"))->group, QStringLiteral("asg"));
        QVERIFY(scaled.model(QStringLiteral("web")).autoScaled);
        page = scaled.select(QStringLiteral("web"));
        QVERIFY(!page->parameters()->editor(QStringLiteral("count"))->isEnabled());
        QVERIFY(page->parameters()->ignoredNote(QStringLiteral("count")).contains(QStringLiteral("auto scaling group")));
        // Moving it out of the group makes the count count again.
        ChangeComponent out;
        out.id = QStringLiteral("web");
        out.group = QStringLiteral("az-a");
        QVERIFY(pushEdit(&scaled.document, new EditCommand(&scaled.document, {out}, QStringLiteral("Move out"))));
        scaled.service.flush();
        page = qobject_cast<ComponentInspector *>(scaled.inspector->page());
        QVERIFY(page);
        QVERIFY(!scaled.model(QStringLiteral("web")).autoScaled);
        QVERIFY(page->parameters()->editor(QStringLiteral("count"))->isEnabled());
        QCOMPARE(page->parameters()->ignoredNote(QStringLiteral("count")), QString());
    }

    void anUnchangedEvaluationTouchesNothing()
    {
        Live live(3);
        live.setUsers(1000);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        QVERIFY(QTest::qWaitForWindowExposed(live.inspector.get()));
        RepaintCounter counter;
        for (QWidget *w : page->liveFigures()->findChildren<QWidget *>())
            w->installEventFilter(&counter);
        page->liveFigures()->installEventFilter(&counter);
        QTest::qWait(100); // the first show's paints and layouts
        counter.events = 0;
        const int before = live.service.evaluationCount();
        live.setUsers(1000); // evaluates again, to the same figures
        QCOMPARE(live.service.evaluationCount(), before + 1);
        QCoreApplication::processEvents();
        QCOMPARE(counter.events, 0);
        live.setUsers(1010); // a change: something repaints
        QCoreApplication::processEvents();
        QVERIFY(counter.events > 0);
    }

    void aParameterEditChangesTheFigures()
    {
        Live live(3);
        live.setUsers(1000);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        LiveFigures *figures = page->liveFigures();
        ParameterForm *form = page->parameters();
        QCOMPARE(figures->cellText(0, LiveFigures::Capacity), QStringLiteral("157"));
        auto *count = qobject_cast<IntegerSpinBox *>(form->editor(QStringLiteral("count"))->input());
        count->setFocus();
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("4"));
        const int compiled = live.service.compileCount();
        QTest::keyClick(count, Qt::Key_Return);
        QCOMPARE(live.document.undoStack()->count(), 1);
        QCOMPARE(live.service.compileCount(), compiled + 1);
        // Twice the servers: twice the CPU capacity, half the utilisation.
        QCOMPARE(figures->cellText(0, LiveFigures::Capacity), QStringLiteral("314"));
        QCOMPARE(figures->cellText(0, LiveFigures::Use), QStringLiteral("13%"));
        QCOMPARE(figures->cellText(0, LiveFigures::Use),
                 LiveFigures::percentText(live.result(QStringLiteral("web")).resources[0].utilization));
        QCOMPARE(figures->lineText(QStringLiteral("Instances")), QStringLiteral("4"));
        QCOMPARE(page->parameters(), form); // the editors stayed
        live.document.undoStack()->undo();
        QCOMPARE(figures->cellText(0, LiveFigures::Capacity), QStringLiteral("157"));
    }

    void saturationShowsTheFailingShare()
    {
        Live live(3);
        live.setUsers(8000); // about twice the 3,922-user ceiling
        LiveFigures *figures = live.select(QStringLiteral("web"))->liveFigures();
        const ComponentResult &r = live.result(QStringLiteral("web"));
        QVERIFY(r.errorShare > 0.4);
        QCOMPARE(figures->lineText(QStringLiteral("Failing")),
                 LiveFigures::percentText(r.errorShare) + QStringLiteral(" of its requests"));
        QCOMPARE(figures->bar(0)->color(), QColor(0xD1, 0x32, 0x12)); // the canvas's red
    }

    void noTrafficIsOneLine()
    {
        Live live(6); // the monitoring service receives no requests
        live.setUsers(1000);
        LiveFigures *figures = live.select(QStringLiteral("monitoring"))->liveFigures();
        QVERIFY(!figures->showsFigures());
        QCOMPARE(figures->messageText(), QStringLiteral("Carries no requests: it watches the other components."));
        // The users send: they show what, not a message.
        LiveFigures *users = live.select(QStringLiteral("users"))->liveFigures();
        QVERIFY(users->showsFigures());
        QCOMPARE(users->resourceCount(), 0);
        double sent = 0;
        for (const Flow &f : live.model(QStringLiteral("users")).sent)
            sent += f.perUser * 1000;
        QCOMPARE(users->lineText(QStringLiteral("Sends")), FlowStyle::label(sent));
    }

    void noTrafficSaysWhy()
    {
        Live live(3);
        live.setUsers(1000);
        // Users with nothing to send to: they send, they do not receive.
        std::vector<Edit> edits;
        for (const Connection &c : live.document.architecture().connections)
            if (c.from == QLatin1String("users"))
                edits.push_back(RemoveConnection{c.from, c.to});
        QVERIFY(!edits.empty());
        // A load balancer fed only from the database: connected, yet the
        // model routes nothing into it.
        Component lb;
        lb.id = QStringLiteral("lb-2");
        lb.kind = QStringLiteral("alb");
        lb.label = QStringLiteral("Second balancer");
        lb.position = Point{900, 600};
        edits.push_back(AddComponent{lb});
        edits.push_back(AddConnection{Connection{QStringLiteral("db"), lb.id, std::nullopt}});
        QVERIFY(pushEdit(&live.document, new EditCommand(&live.document, edits, QStringLiteral("Rewire"))));
        live.service.flush();

        QVERIFY(live.model(QStringLiteral("users")).sent.empty());
        LiveFigures *users = live.select(QStringLiteral("users"))->liveFigures();
        QVERIFY(!users->showsFigures());
        QVERIFY2(users->messageText().startsWith(QStringLiteral("Sends no requests yet")), qPrintable(users->messageText()));

        QVERIFY(!(live.result(lb.id).arrivalRate > 0));
        LiveFigures *figures = live.select(lb.id)->liveFigures();
        QVERIFY(!figures->showsFigures());
        const QString dbLabel = live.document.component(QStringLiteral("db"))->label;
        QCOMPARE(figures->messageText(),
                 QStringLiteral("Receives no traffic: the model sends it no requests from %1.").arg(dbLabel));
    }

    void anArchitectureThatCannotBeEvaluatedIsOneLine()
    {
        Live live(3);
        live.setUsers(1000);
        LiveFigures *figures = live.select(QStringLiteral("web"))->liveFigures();
        QVERIFY(figures->showsFigures());
        // A cycle: the model refuses it.
        Architecture looped = live.document.architecture();
        Connection back;
        back.from = QStringLiteral("web");
        back.to = QStringLiteral("lb");
        looped.connections.push_back(back);
        live.service.setArchitecture(looped);
        QVERIFY(!live.service.hasNetwork());
        QVERIFY(!figures->showsFigures());
        QVERIFY2(figures->messageText().startsWith(QStringLiteral("Cannot be evaluated: ")),
                 qPrintable(figures->messageText()));
        live.service.setArchitecture(live.document.architecture());
        QVERIFY(figures->showsFigures());
        QCOMPARE(figures->messageText(), QString());
    }

    void aConnectionShowsItsRate()
    {
        Live live(3);
        live.setUsers(1000);
        QVERIFY(live.document.architecture().connectionIndex(QStringLiteral("lb"), QStringLiteral("web")) >= 0);
        live.inspector->inspect(Selection{{}, {}, {{QStringLiteral("lb"), QStringLiteral("web")}}});
        auto *page = qobject_cast<ConnectionInspector *>(live.inspector->page());
        QVERIFY(page);
        QVERIFY(page->liveSection()->showsFigures());
        double perUser = 0;
        for (const Flow &f : live.model(QStringLiteral("lb")).sent)
            if (f.to == live.service.network().indexOf(QStringLiteral("web")))
                perUser = f.perUser;
        QCOMPARE(page->liveSection()->lineText(QStringLiteral("Requests")), FlowStyle::label(perUser * 1000));
        QCOMPARE(page->liveSection()->lineText(QStringLiteral("Requests")), QStringLiteral("40 req/s"));
        live.setUsers(2000);
        QCOMPARE(page->liveSection()->lineText(QStringLiteral("Requests")), QStringLiteral("80 req/s"));
    }

    void theWorkloadPageShowsTheTotals()
    {
        Live live(3);
        live.setUsers(1000);
        auto *page = qobject_cast<WorkloadInspector *>(live.inspector->page());
        QVERIFY(page);
        const Evaluation &e = live.service.evaluation();
        LiveSection *section = page->liveSection();
        QVERIFY(section->showsFigures());
        QCOMPARE(section->lineText(QStringLiteral("Peak requests")), QStringLiteral("40 req/s"));
        QCOMPARE(section->lineText(QStringLiteral("Read latency")), StatusSummary::formatLatency(e.classes[ClassRead].latency));
        QVERIFY(section->lineText(QStringLiteral("Availability")).startsWith(StatusSummary::formatAvailability(e.availability) + " ("));
        QCOMPARE(section->lineText(QStringLiteral("Monthly cost")), QStringLiteral("$%1/month").arg(humanNumber(e.monthlyCost)));
        // Of which the load balancer's answers to the internet: per user 0.02 files/s
        // of 32 KiB and 0.02 calls/s of 16 KiB at the peak, half on average, 730 h:
        // 1.2 GB; 100 GB free, then $0.09/GB.
        // Beside it, the web servers' calls across zones.
        const double gb = 1000 * (0.02 * 32 + 0.02 * 16) / 2 * 730 * 3600 / (1024.0 * 1024.0);
        const double transfer = (gb - 100) * 0.09 + zoneTransferUsd(live.service.network(), QStringLiteral("web"), 1000);
        QVERIFY(std::abs(costByKind(live.service.network(), e)[size_t(CostKind::Transfer)] - transfer) < 1e-9);
        QVERIFY(section->lineText(QStringLiteral("Bill by kind")).contains(QStringLiteral("transfer $%1").arg(humanNumber(transfer))));
        QCOMPARE(section->lineText(QStringLiteral("Busiest")), QStringLiteral("Web servers CPU 26% (40 of 157 req/s)"));
    }

    void withoutAServiceThereAreNoLiveFigures()
    {
        Live live(3);
        live.setUsers(1000);
        ComponentInspector *page = live.select(QStringLiteral("web"));
        QVERIFY(page->liveFigures()->isVisible());
        live.inspector->setEvaluationService(nullptr);
        QVERIFY(page->liveFigures()->isHidden());
        live.setUsers(2000); // no longer followed
        QCOMPARE(page->liveFigures()->titleText(), QStringLiteral("Live at 1,000 users"));
        live.inspector->setEvaluationService(&live.service);
        QVERIFY(page->liveFigures()->isVisible());
        QCOMPARE(page->liveFigures()->titleText(), QStringLiteral("Live at 2,000 users"));
    }

    // No live text cut at the dock's usual widths, for a busy primary, a
    // saturated one and the totals when nothing is selected; each page
    // paints (ink on the picture of the dock).
    void figuresFitThePage()
    {
        Live live(5);
        live.setUsers(2'000'000); // the primary's IOPS near their limit: amber
        ComponentInspector *page = live.select(QStringLiteral("db"));
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(live.inspector.get()));
        QCOMPARE(page->liveFigures()->cellText(3, LiveFigures::Name), QStringLiteral("Connections"));
        QCOMPARE(page->liveFigures()->cellText(3, LiveFigures::Unit), QString()); // the name says it
        const auto paintsAndFits = [&live](QWidget *shown, const QString &what) {
            const QImage shot = live.inspector->grab().toImage();
            QCOMPARE(shot.size(), live.inspector->size() * live.inspector->devicePixelRatio());
            QVERIFY2(test::ink(shot, shot.rect()) > 0, qPrintable(what));
            // The page fits the dock: nothing hangs over its right edge.
            QVERIFY2(shown->width() <= live.inspector->viewport()->width(), qPrintable(what));
            for (QLabel *label : shown->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->wordWrap())
                    continue;
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(what + ": " + label->text()));
            }
        };
        for (const int width : {340, 290}) {
            live.inspector->resize(width, 900);
            QTest::qWait(20);
            paintsAndFits(page, QStringLiteral("%1 px").arg(width));
        }
        // A saturated primary, and the totals when nothing is selected.
        live.setUsers(3'000'000);
        page = live.select(QStringLiteral("db"));
        QVERIFY(page);
        QTest::qWait(20);
        paintsAndFits(page, QStringLiteral("saturated"));
        live.inspector->inspect({});
        QTest::qWait(20);
        QVERIFY(live.inspector->page());
        paintsAndFits(live.inspector->page(), QStringLiteral("workload"));
    }
};

QTEST_MAIN(TestInspectorLive)
#include "tst_inspectorlive.moc"
