#pragma once
// QSvgGenerator names the font families as Qt knows them, e.g. "Sans Serif",
// a Qt alias that browsers do not know (headless Chromium then draws every
// label in a serif face). This names the family the text was really drawn
// with, followed by the CSS generic family as a fallback.

#include <QByteArray>

namespace scalescope {

QByteArray withBrowserFontFamilies(const QByteArray &svg);

} // namespace scalescope
