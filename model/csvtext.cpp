#include "csvtext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace scalescope {

void appendCsvText(QByteArray &out, const QString &s)
{
    const QChar *text = s.unicode();
    for (qsizetype i = 0; i < s.size(); ++i)
        if (text[i].unicode() >= 0x80) {
            out.append(s.toUtf8());
            return;
        }
    // ASCII (ids, names, units): one byte a character, no conversion.
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char *to = out.data() + at;
    for (qsizetype i = 0; i < s.size(); ++i)
        to[i] = char(text[i].unicode());
}

void appendCsvField(QByteArray &out, const QString &s)
{
    if (!s.contains(',') && !s.contains('"') && !s.contains('\n')) {
        appendCsvText(out, s);
        return;
    }
    out.append('"');
    appendCsvText(out, QString(s).replace('"', QStringLiteral("\"\"")));
    out.append('"');
}

void appendCsvNumber(QByteArray &out, double v)
{
    if (!std::isfinite(v)) {
        out.append("inf");
        return;
    }
    if (v == 0) { // Qt writes no sign on a negative zero
        out.append('0');
        return;
    }
    // std::to_chars writes what printf's %.10g does, which is Qt's 'g' with
    // ten digits except on an exact tie: a value whose eleventh significant
    // digit is its last and a 5 rounds to even there, away from zero in
    // Qt. An eleventh digit of 5 (one number in ten) goes to Qt itself.
    char eleven[32];
    const std::to_chars_result e = std::to_chars(std::begin(eleven), std::end(eleven), v, std::chars_format::scientific, 10);
    const char *exponent = std::find(std::begin(eleven), e.ptr, 'e');
    if (exponent[-1] == '5') {
        out.append(QByteArray::number(v, 'g', 10));
        return;
    }
    char text[32];
    const std::to_chars_result t = std::to_chars(std::begin(text), std::end(text), v, std::chars_format::general, 10);
    out.append(text, t.ptr - text);
}

} // namespace scalescope
