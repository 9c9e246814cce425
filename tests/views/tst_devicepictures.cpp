// A device picture (devicepictures.h) is made at its device size rounded
// to whole pixels and lands unscaled on whole device pixels, centred on
// where its rectangle falls: every pixel is the picture's own, none is
// resampled (a stretch by the fraction of a pixel the size was rounded by
// blended every edge). The same call on the same transform draws the same
// pixels wherever the painter is clipped.
#include "canvas/devicepictures.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace scalescope;

namespace {

const QColor kFill(0x20, 0x60, 0xC0);
const QColor kCorner(0xE0, 0x30, 0x10);

// An opaque square with its top-left pixel marked: where the picture's
// first pixel lands shows where it went, and any blending shows at its edges.
void paintMarkedSquare(QPainter *p, const QRectF &target, double)
{
    p->fillRect(target, kFill);
    p->fillRect(QRectF(target.topLeft(), QSizeF(1, 1)), kCorner);
}

QImage blank()
{
    QImage image(120, 120, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

// An 80-unit square centred on the item's origin, the item at (150, 210)
// of a scene drawn at 21%.
void drawAt(QImage *image, const QRect &clip = QRect())
{
    QPainter p(image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    if (!clip.isNull())
        p.setClipRect(clip);
    p.setWorldTransform(QTransform::fromTranslate(150, 210) * QTransform::fromScale(0.21, 0.21));
    drawDevicePicture(&p, QStringLiteral("test: marked square"), QRectF(-40, -40, 80, 80), paintMarkedSquare);
}

} // namespace

class TestDevicePictures : public QObject
{
    Q_OBJECT
private slots:
    void landsUnscaledOnWholePixels()
    {
        QImage image = blank();
        drawAt(&image);
        // By hand: the square is 80 * 0.21 = 16.8 pixels wide, so the
        // picture is 17; its centre falls at (150 * 0.21, 210 * 0.21) =
        // (31.5, 44.1), so it starts at (31.5 - 8.5, 44.1 - 8.5) = (23, 35.6),
        // on whole pixels (23, 36).
        const QRect expected(23, 36, 17, 17);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor want = QPoint(x, y) == expected.topLeft() ? kCorner
                                    : expected.contains(x, y)           ? kFill
                                                                        : QColor(Qt::transparent);
                if (image.pixelColor(x, y).rgba() != want.rgba())
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is %3, not %4")
                                         .arg(x)
                                         .arg(y)
                                         .arg(image.pixelColor(x, y).name(QColor::HexArgb),
                                              want.name(QColor::HexArgb))));
            }
    }

    // A repaint of part of it (a clip through the picture) draws the same
    // pixels there as a whole repaint.
    void aClippedRepaintDrawsTheSamePixels()
    {
        QImage whole = blank();
        drawAt(&whole);
        const QRect part(30, 40, 20, 9);
        QImage clipped = blank();
        drawAt(&clipped, part);
        for (int y = 0; y < whole.height(); ++y)
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb want = part.contains(x, y) ? whole.pixel(x, y) : qRgba(0, 0, 0, 0);
                QCOMPARE(clipped.pixel(x, y), want);
            }
    }
};

QTEST_MAIN(TestDevicePictures)
#include "tst_devicepictures.moc"
