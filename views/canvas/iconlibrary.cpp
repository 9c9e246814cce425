#include "iconlibrary.h"

#include <QFile>
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

} // namespace scalescope
