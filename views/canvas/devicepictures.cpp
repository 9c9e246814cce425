#include "iconpixmaps.h"

#include <QHash>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace scalescope {

void drawIcon(QPainter *painter, QSvgRenderer *renderer, const QString &kind, const QRectF &rect)
{
    // Vector devices (SVG, PDF, print) get the vectors: a cached pixmap would
    // put a bitmap into an export.
    const QPaintEngine *engine = painter->paintEngine();
    const QTransform t = painter->worldTransform();
    if (!engine || engine->type() != QPaintEngine::Raster || t.type() > QTransform::TxScale) {
        renderer->render(painter, rect);
        return;
    }
    const QRectF device = t.mapRect(rect);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QSize pixels(qMax(1, qRound(device.width() * dpr)), qMax(1, qRound(device.height() * dpr)));
    if (pixels.width() > 1024 || pixels.height() > 1024) { // zoomed far in: vectors are cheaper than a huge pixmap
        renderer->render(painter, rect);
        return;
    }
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1 %2x%3").arg(kind).arg(pixels.width()).arg(pixels.height());
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        if (cache.size() > 512) // zoomed through many sizes
            cache.clear();
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer->render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
        p.end();
        it = cache.insert(key, pixmap);
    }
    // Back to device pixels so the pixmap lands unscaled.
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(QRectF(device.topLeft(), device.size()), *it, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter->restore();
}

} // namespace scalescope
