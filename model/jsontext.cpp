#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <iterator>

namespace scalescope {

void JsonText::appendString(QByteArray &out, const QString &s)
{
    // Printable ASCII without quote or backslash goes out as it is; anything
    // else (escapes, UTF-8, broken surrogates) the way QJsonDocument writes it.
    bool plain = true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append('"');
        for (const QChar c : s)
            out.append(char(c.unicode()));
        out.append('"');
        return;
    }
    const QByteArray text = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    out.append(QByteArrayView(text).sliced(1, text.size() - 2));
}

namespace {

// QJsonDocument writes a number with the fewest digits that read back to
// the same double, and with an exponent when that is shorter (2e-04, not
// 0.0002). A fraction from 0.01 up to 1e15 is always shorter without, and
// std::to_chars in fixed notation writes the same, without a QByteArray.
void appendFixed(QByteArray &out, double v)
{
    char text[64];
    const std::to_chars_result end = std::to_chars(std::begin(text), std::end(text), v, std::chars_format::fixed);
    out.append(text, end.ptr - text);
}

} // namespace

void JsonText::appendNumber(QByteArray &out, double v)
{
    // A QJsonValue holding a whole number a double represents exactly (up to
    // 2^53) is stored, and written, as an integer: 1e6 is "1000000", -0.0 "0".
    constexpr double kTwoTo53 = 9007199254740992.0;
    if (!std::isfinite(v))
        out.append("null");
    else if (v >= -kTwoTo53 && v <= kTwoTo53 && double(qint64(v)) == v)
        out.append(QByteArray::number(qint64(v)));
    else if (const double a = std::abs(v); a >= 1e-2 && a < 1e15)
        appendFixed(out, v);
    else
        out.append(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
}

void JsonText::key(const char *latin1Key)
{
    if (!m_first)
        m_out.append(",\n");
    m_first = false;
    indent(m_level);
    m_out.append('"');
    m_out.append(latin1Key);
    m_out.append("\": ");
    m_afterKey = true;
}

void JsonText::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    // An array element (or the outermost value).
    if (!m_first)
        m_out.append(",\n");
    m_first = false;
    indent(m_level);
}

void JsonText::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    m_out.append('\n');
    ++m_level;
    m_first = true;
}

void JsonText::close(char bracket)
{
    if (!m_first)
        m_out.append('\n');
    --m_level;
    indent(m_level);
    m_out.append(bracket);
    m_first = false;
}

void JsonText::value(double v)
{
    beforeValue();
    appendNumber(m_out, v);
}

void JsonText::value(bool v)
{
    beforeValue();
    m_out.append(v ? "true" : "false");
}

void JsonText::value(const QString &s)
{
    beforeValue();
    appendString(m_out, s);
}

void JsonText::value(const char *latin1)
{
    beforeValue();
    appendString(m_out, QString::fromLatin1(latin1));
}

void JsonText::null()
{
    beforeValue();
    m_out.append("null");
}

} // namespace scalescope
