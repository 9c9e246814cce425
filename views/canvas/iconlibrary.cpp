#include "iconlibrary.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace scalescope {

IconLibrary::IconLibrary() = default;
IconLibrary::~IconLibrary() = default;

QSvgRenderer *IconLibrary::renderer(const QString &kindId)
{
    auto it = m_renderers.find(kindId);
    if (it == m_renderers.end()) {
        const QString path = QStringLiteral(":/aws/%1.svg").arg(kindId);
        std::unique_ptr<QSvgRenderer> r;
        if (QFile::exists(path)) {
            r = std::make_unique<QSvgRenderer>(path);
            if (!r->isValid())
                r.reset();
        }
        it = m_renderers.emplace(kindId, std::move(r)).first;
    }
    return it->second.get();
}

bool IconLibrary::isDarkLineArt(const QString &kindId)
{
    auto it = m_darkLineArt.find(kindId);
    if (it != m_darkLineArt.end())
        return it->second;
    bool dark = false;
    if (QSvgRenderer *r = renderer(kindId)) {
        // Rendered small once: how much of it is ink, and how light the ink is.
        constexpr int kSide = 32;
        QImage image(kSide, kSide, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter p(&image);
        r->render(&p, QRectF(0, 0, kSide, kSide));
        p.end();
        int ink = 0;
        double lightness = 0;
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 128) {
                    ++ink;
                    lightness += c.lightnessF();
                }
            }
        // Service icons are filled squares; line art covers a small part.
        dark = ink > 0 && ink < kSide * kSide / 2 && lightness / ink < 0.35;
    }
    m_darkLineArt.emplace(kindId, dark);
    return dark;
}

} // namespace scalescope
