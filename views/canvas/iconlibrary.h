#pragma once
// One SVG renderer per kind, shared by every item of that kind. Items paint
// the vector artwork at the current zoom, so icons stay crisp at any scale.

#include <QString>

#include <map>
#include <memory>

class QSvgRenderer;

namespace scalescope {

class IconLibrary {
public:
    IconLibrary();
    ~IconLibrary();
    IconLibrary(const IconLibrary &) = delete;
    IconLibrary &operator=(const IconLibrary &) = delete;

    // The official AWS icon of a kind or group kind (:/aws/<id>.svg), or
    // null when it has none (an availability zone is a plain dashed box).
    QSvgRenderer *renderer(const QString &kindId);
    // Whether the icon is dark line art on nothing (Users, Client): on a
    // dark canvas it needs a light ground to be seen.
    bool isDarkLineArt(const QString &kindId);

private:
    std::map<QString, std::unique_ptr<QSvgRenderer>> m_renderers;
    std::map<QString, bool> m_darkLineArt;
};

} // namespace scalescope
