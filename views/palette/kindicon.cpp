#include "kindicon.h"

#include "canvas/groupstyle.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>

namespace scalescope {

namespace {

// Drawn at `size` logical pixels, `dpr` device pixels to each.
QPixmap dashedBox(const QString &kindId, int size, int dpr)
{
    QPixmap pixmap(size * dpr, size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(groupStyle(kindId).border, std::max(1.0, size / 16.0));
    pen.setDashPattern({3, 2});
    p.setPen(pen);
    const double m = size / 8.0;
    p.drawRect(QRectF(m, m, size - 2 * m, size - 2 * m));
    return pixmap;
}

} // namespace

QIcon kindIcon(const QString &kindId)
{
    const QString path = QStringLiteral(":/aws/%1.svg").arg(kindId);
    if (QFile::exists(path))
        return QIcon(path);
    QIcon icon;
    // Sharp on a screen of device pixel ratio 2 as well.
    for (int dpr : {1, 2})
        for (int size : {16, 24, 32, 48, 64})
            icon.addPixmap(dashedBox(kindId, size, dpr));
    return icon;
}

} // namespace scalescope
