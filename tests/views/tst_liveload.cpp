// The canvas showing the live evaluation: the journey to 10 million users
// at stage 4 (auto scaled web servers, a cache, two read followers that
// fill up at 101,364 users) driven through the evaluation service as the
// user slider drives it.
#include "canvas/bottleneckcallout.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "canvas/connectionitem.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/flowstyle.h"
#include "live/sceneloadbinder.h"
#include "report.h"
#include "scalescope_resources.h"
#include "scenariofile.h"

#include "testsupport.h"
#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace scalescope;

namespace {

using test::journey;

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// The editor's pieces as the window wires them: an edit re-evaluates.
struct Live {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    EvaluationService service;
    SceneLoadBinder *binder = nullptr;

    explicit Live(int stage)
    {
        document.setScenario(test::firstReleaseJourney(), stage);
        scene = std::make_unique<CanvasScene>(&document);
        view = std::make_unique<CanvasView>(scene.get());
        view->setFixedSize(1400, 900);
        QObject::connect(&document, &ScenarioDocument::changed, &service,
                         [this] { service.setArchitecture(document.architecture()); });
        binder = new SceneLoadBinder(scene.get(), &service);
        service.setArchitecture(document.architecture());
    }

    void setUsers(double users)
    {
        service.setUsers(users);
        service.flush();
    }

    ComponentItem *component(const char *id) const { return scene->componentItem(QLatin1String(id)); }
    ConnectionItem *connection(const char *from, const char *to) const
    {
        return scene->connectionItem(QLatin1String(from), QLatin1String(to));
    }
    QString rateLabel(const char *from, const char *to) const
    {
        const ConnectionId id{QString::fromLatin1(from), QString::fromLatin1(to)};
        return binder->labels()->hasLabel(id) ? binder->labels()->label(id).text : QString();
    }
    QString describeBottleneck() const
    {
        const Network &n = service.network();
        const Evaluation &e = service.evaluation();
        const size_t b = size_t(e.bottleneckComponent);
        return describeLoad(n.components[b], e.bottleneckResource,
                            e.components[b].resources[size_t(e.bottleneckResource)]);
    }
};

// Runs the event loop a bounded number of turns (no timing involved).
void turns(int count = 10)
{
    for (int i = 0; i < count; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestLiveLoad : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void bottleneckMovesPastTheCeiling()
    {
        Live live(4);
        live.setUsers(100);
        BottleneckCallout *callout = live.binder->callout();
        QVERIFY(callout);
        // Far below any ceiling: the busiest resource, calm, not pulsing.
        QCOMPARE(callout->content().componentId, QStringLiteral("web"));
        QCOMPARE(callout->content().text, QStringLiteral("Web servers memory 6.3% (1,024 of 16,384 MiB)"));
        QCOMPARE(callout->content().severity, BottleneckCallout::Severity::Calm);
        QVERIFY(!callout->isPulsing());
        QCOMPARE(callout->pos(), live.component("web")->pos());

        // Past the read followers' ceiling (101,364 users): they are the bottleneck.
        live.setUsers(200000);
        callout = live.binder->callout();
        QVERIFY(callout);
        QCOMPARE(callout->content().componentId, QStringLiteral("replica-2"));
        QCOMPARE(callout->content().text, QStringLiteral("Read follower 2 queries 197% (2,727 of 1,382 req/s)"));
        QCOMPARE(callout->content().text, live.describeBottleneck());
        QCOMPARE(callout->content().title, QStringLiteral("Saturated: 49% of its requests fail"));
        QCOMPARE(callout->content().severity, BottleneckCallout::Severity::Saturated);
        QVERIFY(callout->isPulsing());
        QCOMPARE(callout->pos(), live.component("replica-2")->pos());
        // The saturated follower shows its error share; the web tier does not.
        QCOMPARE(live.component("replica-2")->load()->errorShare, 0.493);
        QCOMPARE(live.component("web")->load()->errorShare, 0.0);

        // And back.
        live.setUsers(100);
        QCOMPARE(live.binder->callout()->content().componentId, QStringLiteral("web"));
    }

    void strainedBottleneckPulses()
    {
        Live live(4);
        live.setUsers(91300); // the followers at 90%
        const BottleneckCallout *callout = live.binder->callout();
        QCOMPARE(callout->content().componentId, QStringLiteral("replica-2"));
        QCOMPARE(callout->content().severity, BottleneckCallout::Severity::Strained);
        QVERIFY(callout->content().text.startsWith(QStringLiteral("Read follower 2 queries 90% (")));
        QCOMPARE(callout->content().title, QStringLiteral("Bottleneck: close to its limit"));
        QVERIFY(callout->isPulsing());
    }

    void calloutFollowsItsComponent()
    {
        Live live(4);
        live.setUsers(200000);
        ComponentItem *replica = live.component("replica-2");
        replica->setPos(replica->pos() + QPointF(200, 40)); // as a drag does, before the document knows
        QCOMPARE(live.binder->callout()->pos(), replica->pos());
    }

    void connectionWidthsFollowTheRate()
    {
        Live live(4);
        live.setUsers(100);
        const ConnectionFlow few = *live.connection("lb", "web")->flow();
        QCOMPARE(live.rateLabel("lb", "web"), QStringLiteral("2 req/s"));
        QCOMPARE(live.rateLabel("users", "dns"), QStringLiteral("4 req/s"));
        live.setUsers(100000);
        const ConnectionFlow many = *live.connection("lb", "web")->flow();
        QCOMPARE(live.rateLabel("lb", "web"), QStringLiteral("2,000 req/s"));
        QCOMPARE(live.rateLabel("users", "dns"), QStringLiteral("4,000 req/s"));
        QVERIFY(many.width > few.width + 2); // three decades: clearly wider
        QVERIFY(many.speed > few.speed);
        // Wider still at 10M, capped.
        live.setUsers(10e6);
        const ConnectionFlow most = *live.connection("users", "dns")->flow();
        QVERIFY(most.width > live.connection("lb", "web")->flow()->width - 1e-9);
        QVERIFY(most.width <= FlowStyle::kMaxWidth);
        // Traffic into a saturated component is drawn as failing.
        QVERIFY(live.connection("db", "replica-2")->flow()->failing);
        QVERIFY(live.connection("lb", "web")->flow()->failing); // web CPU 2500%
    }

    // The shown rate keeps three significant digits, as the rule says:
    // round(v / 10^(floor(log10 v) - 2)) scaled back, worked out here with
    // log10 and pow for every value, also a few units of the last place
    // either side of each power of ten, where the decade is decided.
    void shownRateKeepsThreeSignificantDigits()
    {
        const auto rule = [](double v) {
            if (v < 0.01)
                return 0.0;
            const double scale = std::pow(10.0, std::floor(std::log10(v)) - 2);
            return std::round(v / scale) * scale;
        };
        std::vector<double> values;
        for (int k = -3; k <= 40; ++k) {
            const double power = std::pow(10.0, double(k));
            double below = power, above = power;
            values.push_back(power);
            for (int step = 0; step < 8; ++step) {
                below = std::nextafter(below, 0.0);
                above = std::nextafter(above, HUGE_VAL);
                values.push_back(below);
                values.push_back(above);
            }
            for (const double near : {1e-12, 1e-10, 1e-9, 1.1e-9, 1e-8})
                for (const double side : {-1.0, 1.0})
                    values.push_back(power * (1 + side * near));
            values.push_back(power * 9.995); // rounds up into the next decade
            values.push_back(power * 9.9949999);
        }
        for (double v = 0.005; v < 1e13; v *= 1.0007)
            values.push_back(v);
        for (const double v : values)
            QVERIFY2(FlowStyle::shownRate(v) == rule(v), qPrintable(QString::number(v, 'g', 17)));
        QCOMPARE(FlowStyle::shownRate(0), 0.0);
        QCOMPARE(FlowStyle::label(1234.5), QStringLiteral("1,230 req/s"));
    }

    void autoScaledInstancesFollowUsers()
    {
        Live live(4);
        live.setUsers(100);
        QCOMPARE(live.component("web")->load()->instances, 2.0);
        live.setUsers(100000);
        QCOMPARE(live.component("web")->load()->instances, 20.0);
        QCOMPARE(live.component("db")->load()->instances, 1.0); // a fixed database does not scale
    }

    void failedComponentIsGreyedAndBypassed()
    {
        Live live(4);
        live.setUsers(50000);
        QVERIFY(!live.component("replica-1")->load()->down);
        const double sharedRate = live.connection("db", "replica-2")->flow()->width;
        // An id the diagram does not have (any more) is ignored, not an error.
        live.service.setFailed({QStringLiteral("replica-1"), QStringLiteral("removed-earlier")});
        QVERIFY(live.service.hasNetwork());
        QVERIFY(live.component("replica-1")->load()->down);
        QVERIFY(!live.component("replica-2")->load()->down);
        // No traffic goes to it: an idle, dashed line without label or dots.
        const ConnectionFlow toFailed = *live.connection("db", "replica-1")->flow();
        QCOMPARE(toFailed.width, FlowStyle::kIdleWidth);
        QCOMPARE(live.rateLabel("db", "replica-1"), QString());
        QVERIFY(!live.connection("db", "replica-1")->isFlowing());
        // Its reads went to the survivor.
        QVERIFY(live.connection("db", "replica-2")->flow()->width > sharedRate);
        live.service.setFailed({});
        QVERIFY(!live.component("replica-1")->load()->down);
    }

    void sameUserCountRepaintsNothing()
    {
        Live live(4);
        live.binder->animator()->setEnabled(false); // dots would repaint on their own
        live.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(live.view.get()));
        live.setUsers(100000);
        turns();
        PaintCounter counter;
        live.view->viewport()->installEventFilter(&counter);
        QSignalSpy changed(live.scene.get(), &QGraphicsScene::changed);

        live.setUsers(100000);
        turns();
        QCOMPARE(live.binder->lastChangeCount(), 0);
        QCOMPARE(counter.paints, 0);
        QCOMPARE(changed.count(), 0);

        // The counters see a real change: another user count repaints.
        live.setUsers(300000);
        turns();
        QVERIFY(live.binder->lastChangeCount() > 0);
        QVERIFY(counter.paints > 0);
        QVERIFY(changed.count() > 0);
    }

    void smallMoveRepaintsOnlyWhatChanged()
    {
        Live live(6);
        live.setUsers(100000);
        const int items = int(live.document.architecture().components.size() + live.document.architecture().connections.size());
        live.setUsers(100300); // 0.3% more: labels and most rings look the same
        QVERIFY(live.binder->lastChangeCount() > 0);
        QVERIFY(live.binder->lastChangeCount() < items / 2);
    }

    void oneClockMovesOnlyVisibleDots()
    {
        Live live(4);
        live.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(live.view.get()));
        live.setUsers(100000);
        live.binder->animator()->setEnabled(false); // advance() by hand, no timer
        ConnectionItem *lbWeb = live.connection("lb", "web");
        live.view->centerOn(lbWeb->sceneBoundingRect().center());
        QVERIFY(lbWeb->isFlowing());
        const double before = lbWeb->flowPhase();
        QVERIFY(live.binder->animator()->advance(0.1) > 0);
        QCOMPARE(lbWeb->flowPhase(), std::fmod(before + lbWeb->flow()->speed * 0.1, ConnectionItem::kDotSpacing));

        // Out of sight: the view shows an empty corner of the scene.
        live.view->centerOn(-900, -900);
        const double parked = lbWeb->flowPhase();
        QCOMPARE(live.binder->animator()->advance(0.1), 0);
        QCOMPARE(lbWeb->flowPhase(), parked);

        // A hidden view moves nothing either.
        live.view->centerOn(lbWeb->sceneBoundingRect().center());
        live.view->hide();
        QCOMPARE(live.binder->animator()->advance(0.1), 0);
        QCOMPARE(lbWeb->flowPhase(), parked);
    }

    void newItemsGetFiguresAfterAReset()
    {
        Live live(4);
        live.setUsers(100000);
        live.document.setStage(6); // the scene rebuilds every item (and drops the callout)
        turns();
        QVERIFY(live.component("users")); // still there
        QVERIFY(live.scene->componentItem(QStringLiteral("sessions"))->load());
        QVERIFY(live.binder->callout());
        QCOMPARE(live.binder->callout()->content().text, live.describeBottleneck());
    }

    void unevaluableDiagramShowsNoFigures()
    {
        Live live(4);
        live.setUsers(100000);
        QVERIFY(live.component("web")->load());
        // A diagram the model refuses: figures go, nothing stale stays.
        Architecture broken = live.document.architecture();
        broken.connections.push_back({QStringLiteral("web"), QStringLiteral("lb"), {}});
        live.service.setArchitecture(broken);
        QVERIFY(!live.service.hasNetwork());
        QVERIFY(!live.component("web")->load());
        QVERIFY(!live.connection("lb", "web")->flow());
        QCOMPARE(live.rateLabel("lb", "web"), QString());
        QVERIFY(!live.binder->callout());
    }

    // The pictures a reader sees: nothing the callout covers, labels apart.
    void calloutCoversNoOtherComponent_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<double>("users");
        for (int stage : {4, 6})
            for (double users : {100.0, 100e3, 10e6})
                QTest::addRow("stage %d, %g users", stage, users) << stage << users;
    }
    void calloutCoversNoOtherComponent()
    {
        QFETCH(int, stage);
        QFETCH(double, users);
        Live live(stage);
        live.setUsers(users);
        const BottleneckCallout *callout = live.binder->callout();
        QVERIFY(callout);
        const QRectF box = callout->boxSceneRect();
        for (const Component &c : live.document.architecture().components) {
            const ComponentItem *item = live.scene->componentItem(c.id);
            QVERIFY2(!box.intersects(item->sceneBoundingRect()), qPrintable(c.id));
        }
        // Rate labels: clear of the callout, of components and of each other.
        std::vector<QRectF> labels;
        for (const Connection &c : live.document.architecture().connections) {
            const QRectF r = live.binder->labels()->labelRect(ConnectionId(c.from, c.to));
            if (r.isEmpty())
                continue;
            const QString name = c.from + QStringLiteral(" -> ") + c.to;
            QVERIFY2(!box.intersects(r), qPrintable(name));
            for (const QRectF &other : labels)
                QVERIFY2(!other.intersects(r), qPrintable(name));
            labels.push_back(r);
        }
        if (const QString dir = qEnvironmentVariable("SCALESCOPE_LIVELOAD_SHOTS"); !dir.isEmpty())
            saveShot(live, QDir(dir).filePath(QStringLiteral("stage%1-%2.png").arg(stage).arg(users, 0, 'g', 3)));
    }

private:
    // For looking at by eye (set SCALESCOPE_LIVELOAD_SHOTS to a folder).
    static void saveShot(Live &live, const QString &file)
    {
        const QRectF area = live.scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
        QImage image((area.size() * 1.5).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        live.scene->render(&painter, QRectF(), area);
        painter.end();
        QVERIFY2(image.save(file), qPrintable(file));
    }
};

QTEST_MAIN(TestLiveLoad)
#include "tst_liveload.moc"
