#include "devicepictures.h"

#include <QHash>
#include <QPaintEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <cmath>

namespace scalescope {

namespace {

struct PictureKey {
    QString name;
    int width;
    int height;
    friend bool operator==(const PictureKey &, const PictureKey &) = default;
};

size_t qHash(const PictureKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.name, key.width, key.height);
}

constexpr int kLargest = 1024; // device pixels; beyond, vectors are cheaper than a huge pixmap
constexpr int kMostPictures = 1024;

} // namespace

bool isRaster(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

void drawDevicePicture(QPainter *painter, const QString &name, const QRectF &rect, const PicturePainter &paint)
{
    const QTransform t = painter->worldTransform();
    const QRectF device = t.mapRect(rect);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const int width = qRound(device.width() * dpr), height = qRound(device.height() * dpr);
    // SVG and PDF get vectors: a bitmap there would blur and bloat the file.
    if (!isRaster(painter) || t.type() > QTransform::TxScale || width > kLargest || height > kLargest || width < 1
        || height < 1) {
        paint(painter, rect, 1.0);
        return;
    }
    static QHash<PictureKey, QPixmap> cache;
    const PictureKey key{name, width, height};
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        if (cache.size() > kMostPictures) // zoomed through many sizes
            cache.clear();
        QPixmap pixmap(width, height);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        paint(&p, QRectF(0, 0, width, height), double(width) / rect.width());
        p.end();
        it = cache.insert(key, pixmap);
    }
    // Back to device pixels so the pixmap lands unscaled (the transform
    // alone, not the whole painter state: a thousand icons per repaint):
    // at its own size, centred on the rectangle and on whole device pixels.
    // Stretched by the part of a pixel its size was rounded by, each blit
    // resampled the whole pixmap, seven times the cost of a plain copy.
    const QPointF topLeft = device.center() * dpr - QPointF(width, height) / 2;
    const QPointF at = QPointF(std::round(topLeft.x()), std::round(topLeft.y())) / dpr;
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(QRectF(at, QSizeF(width, height) / dpr), *it, QRectF(0, 0, width, height));
    painter->setWorldTransform(t);
}

void drawIcon(QPainter *painter, QSvgRenderer *renderer, const QString &kind, const QRectF &rect)
{
    drawDevicePicture(painter, kind, rect,
                      [renderer](QPainter *p, const QRectF &target, double) { renderer->render(p, target); });
}

} // namespace scalescope
