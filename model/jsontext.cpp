#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <iterator>

namespace scalescope {

namespace {

// Printable ASCII without quote or backslash: written as it is.
constexpr bool plainJson(char16_t u)
{
    return u >= 0x20 && u < 0x80 && u != '"' && u != '\\';
}

// `text` quoted, each unit narrowed to a byte, written in place at the end
// of `out`: one resize for the whole string. False (and `out` as it was)
// when a unit is not plain.
template <typename Unit>
bool appendPlain(QByteArray &out, const Unit *text, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size + 2);
    char *to = out.data() + at;
    *to++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = char16_t(static_cast<std::make_unsigned_t<Unit>>(text[i]));
        if (!plainJson(u)) {
            out.truncate(at);
            return false;
        }
        *to++ = char(u);
    }
    *to = '"';
    return true;
}

} // namespace

void JsonText::appendString(QByteArray &out, const QString &s)
{
    // Printable ASCII without quote or backslash goes out as it is; anything
    // else (escapes, UTF-8, broken surrogates) the way QJsonDocument writes it.
    // unicode(), not utf16(): the latter copies a literal's text to the heap
    // (to end it with a zero) and keeps the copy in `s`, which as the
    // network's names and units was a million blocks on 200,000 components.
    if (appendPlain(out, reinterpret_cast<const ushort *>(s.unicode()), s.size()))
        return;
    const QByteArray text = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    out.append(QByteArrayView(text).sliced(1, text.size() - 2));
}

namespace {

// QJsonDocument writes a number with the fewest digits that read back to
// the same double, and with an exponent when that is shorter (2e-04, not
// 0.0002). A fraction from 0.01 up to 1e15 is always shorter without, and
// std::to_chars in fixed notation writes the same, without a QByteArray.
// Decimal digits as QByteArray::number(qint64) writes them, without a QByteArray.
void appendWhole(QByteArray &out, qint64 v)
{
    char text[24];
    const std::to_chars_result end = std::to_chars(std::begin(text), std::end(text), v);
    out.append(text, end.ptr - text);
}

void appendFixed(QByteArray &out, double v)
{
    char text[64];
    const std::to_chars_result end = std::to_chars(std::begin(text), std::end(text), v, std::chars_format::fixed);
    out.append(text, end.ptr - text);
}

// Below 0.01 (a million numbers in a large report): the shorter of the
// fixed and the exponent form, each with the fewest digits, fixed on a tie,
// as QByteArray::number(v, 'g', QLocale::FloatingPointShortest) writes them,
// without a QByteArray a number. (Not for 1e15 and up: there std::to_chars
// writes every digit of the whole number, Qt the fewest and then zeros.)
void appendSmall(QByteArray &out, double v)
{
    char exponent[32];
    const std::to_chars_result e = std::to_chars(std::begin(exponent), std::end(exponent), v, std::chars_format::scientific);
    // Below 1e-5 the fixed form has five zeros after "0." and loses: no need to write it.
    if (std::abs(v) >= 1e-5) {
        char fixed[32];
        const std::to_chars_result f = std::to_chars(std::begin(fixed), std::end(fixed), v, std::chars_format::fixed);
        if (f.ec == std::errc() && f.ptr - fixed <= e.ptr - exponent) {
            out.append(fixed, f.ptr - fixed);
            return;
        }
    }
    out.append(exponent, e.ptr - exponent);
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
        appendWhole(out, qint64(v));
    else if (const double a = std::abs(v); a >= 1e-2 && a < 1e15)
        appendFixed(out, v);
    else if (a < 1e-2)
        appendSmall(out, v);
    else
        out.append(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
}

void JsonText::key(const char *latin1Key)
{
    // ",\n" after a member, the indent, "key": - in one resize.
    const qsizetype separator = m_first ? 0 : 2;
    const qsizetype spaces = 4 * qsizetype(m_level);
    const qsizetype length = qsizetype(std::strlen(latin1Key));
    const qsizetype at = m_out.size();
    m_out.resize(at + separator + spaces + length + 4);
    char *to = m_out.data() + at;
    if (separator) {
        *to++ = ',';
        *to++ = '\n';
    }
    std::memset(to, ' ', size_t(spaces));
    to += spaces;
    *to++ = '"';
    std::memcpy(to, latin1Key, size_t(length));
    to += length;
    std::memcpy(to, "\": ", 3);
    m_first = false;
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
    if (!appendPlain(m_out, latin1, qsizetype(std::strlen(latin1))))
        appendString(m_out, QString::fromLatin1(latin1));
}

void JsonText::null()
{
    beforeValue();
    m_out.append("null");
}

} // namespace scalescope
