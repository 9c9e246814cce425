// Rate labels that show the same text share one laid-out text
// (flowlabellayer.h): each must look exactly as it does when it is the
// only label with that text. Labels far enough apart not to touch are drawn
// all at once and one at a time, and the pictures compared pixel for pixel,
// at 100% and at a zoom with a fraction in it; then after new texts.
#include "canvas/flowlabellayer.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <vector>

using namespace scalescope;

namespace {

constexpr double kApart = 150; // far wider than any rate label

// Twelve labels in a row; texts repeat every three.
std::vector<FlowLabelLayer::Label> labels(const QStringList &texts)
{
    std::vector<FlowLabelLayer::Label> all;
    for (int i = 0; i < 12; ++i)
        all.push_back({texts.at(i % texts.size()), QPointF(80 + i * kApart, 40), i % 4 == 1});
    return all;
}

std::vector<ConnectionId> ids(size_t count)
{
    std::vector<ConnectionId> all;
    for (size_t i = 0; i < count; ++i)
        all.push_back({QStringLiteral("a%1").arg(i), QStringLiteral("b%1").arg(i)});
    return all;
}

// The scene drawn at `zoom` into an image of its own.
QImage drawn(const std::vector<FlowLabelLayer::Label> &shown, double zoom)
{
    QGraphicsScene scene;
    auto *layer = new FlowLabelLayer;
    scene.addItem(layer);
    layer->setSlots(ids(shown.size()));
    layer->setLabels(shown);
    const QRectF area(0, 0, 80 + 12 * kApart, 80);
    QImage image((area.size() * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), area.size() * zoom), area);
    return image;
}

// Every label alone, each drawn where it is; together the same picture,
// since none reaches another.
QImage drawnOneByOne(const std::vector<FlowLabelLayer::Label> &all, double zoom)
{
    QImage result;
    for (const FlowLabelLayer::Label &label : all) {
        const QImage alone = drawn({label}, zoom);
        if (result.isNull()) {
            result = alone;
            continue;
        }
        for (int y = 0; y < alone.height(); ++y)
            for (int x = 0; x < alone.width(); ++x)
                if (alone.pixel(x, y) != qRgb(255, 255, 255))
                    result.setPixel(x, y, alone.pixel(x, y));
    }
    return result;
}

} // namespace

class TestFlowLabelShare : public QObject
{
    Q_OBJECT
private slots:
    void sharedTextsLookAsTheirOwn_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("73%") << 0.73;
    }

    void sharedTextsLookAsTheirOwn()
    {
        QFETCH(double, zoom);
        const auto first = labels({QStringLiteral("1,230 req/s"), QStringLiteral("45 req/s"), QStringLiteral("7.5 req/s")});
        const QImage together = drawn(first, zoom);
        QVERIFY(together != drawn({}, zoom)); // something is drawn
        QCOMPARE(together, drawnOneByOne(first, zoom));

        // New texts on the same layer (a slider move): laid out afresh.
        QGraphicsScene scene;
        auto *layer = new FlowLabelLayer;
        scene.addItem(layer);
        layer->setSlots(ids(first.size()));
        layer->setLabels(first);
        const QRectF area(0, 0, 80 + 12 * kApart, 80);
        const auto render = [&] {
            QImage image((area.size() * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(QPointF(0, 0), area.size() * zoom), area);
            return image;
        };
        QCOMPARE(render(), together);
        const auto second = labels({QStringLiteral("88 req/s"), QStringLiteral("1,230 req/s"), QStringLiteral("3 req/s")});
        QCOMPARE(layer->setLabels(second), 12);
        QCOMPARE(render(), drawnOneByOne(second, zoom));
    }
};

QTEST_MAIN(TestFlowLabelShare)
#include "tst_flowlabelshare.moc"
