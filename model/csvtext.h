#pragma once
// CSV fields appended straight to a buffer as UTF-8, the bytes the reports'
// rows had when they were QStrings joined by commas and converted at the end.

#include <QByteArray>
#include <QString>

namespace scalescope {

// Text as it is, in UTF-8 (names and units the catalog spells, no quoting).
void appendCsvText(QByteArray &out, const QString &s);
// A field in quotes, its quotes doubled, when it holds a comma, a quote or
// a line break; else as it is.
void appendCsvField(QByteArray &out, const QString &s);
// QString::number(v, 'g', 10), or "inf" when v is not finite.
void appendCsvNumber(QByteArray &out, double v);

} // namespace scalescope
