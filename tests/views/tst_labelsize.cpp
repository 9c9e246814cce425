// Component labels on the canvas are drawn only when they can be read:
// below a size on screen they are left out (the tool tip names the
// component), above it they are drawn.
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "testsupport.h"

#include <QTest>

using namespace scalescope;

class TestLabelSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void labelsTooSmallToReadAreLeftOut_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("drawn");
        // The label font is 11 px at zoom 1; labels under 5 px are left out.
        QTest::newRow("4.4 px") << 0.4 << false;
        QTest::newRow("5.5 px") << 0.5 << true;
        QTest::newRow("11 px") << 1.0 << true;
    }

    void labelsTooSmallToReadAreLeftOut()
    {
        QFETCH(double, zoom);
        QFETCH(bool, drawn);
        Scenario s;
        s.title = QStringLiteral("one");
        s.base.components.push_back(
            Component{QStringLiteral("web"), QStringLiteral("ec2"), QStringLiteral("Web servers"), QString(), Point{0, 0}, {}});
        ScenarioDocument doc;
        doc.setScenario(s);
        CanvasScene scene(&doc);
        scene.setGridVisible(false);
        CanvasView view(&scene);
        view.setFixedSize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.centerOn(0, 40);
        const QRect label = view.mapFromScene(ComponentItem::labelBounds().adjusted(0, 0, 0, -15)).boundingRect();
        const QImage image = view.viewport()->grab().toImage();
        QCOMPARE(test::ink(image, label) > 0, drawn);
        QVERIFY(!scene.componentItem(QStringLiteral("web"))->toolTip().isEmpty()); // named on hover either way
    }
};

QTEST_MAIN(TestLabelSize)
#include "tst_labelsize.moc"
