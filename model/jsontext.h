#pragma once
// JSON text appended straight to a buffer, in exactly the layout
// QJsonDocument::toJson(QJsonDocument::Indented) gives: four spaces a level,
// "key": value, numbers as a QJsonValue holding them is written. For reports too large
// to build as a QJsonObject tree first. The caller writes an object's keys
// in the order QJsonObject keeps them (sorted).

#include <QByteArray>
#include <QString>

namespace scalescope {

class JsonText {
public:
    // `out` is appended to; `level` is the nesting depth of the first value.
    JsonText(QByteArray &out, int level) : m_out(out), m_level(level) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // The next member's key (inside an object); its value follows.
    void key(const char *latin1Key);

    void value(double v);       // null when not finite, as QJsonDocument
    void value(bool v);
    void value(const QString &s);
    void value(const char *latin1);
    void null();

    template<typename T>
    void member(const char *latin1Key, const T &v)
    {
        key(latin1Key);
        value(v);
    }

    // A string as QJsonDocument escapes it, quotes included.
    static void appendString(QByteArray &out, const QString &s);
    static void appendNumber(QByteArray &out, double v);

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent(int level) { m_out.append(4 * qsizetype(level), ' '); }

    QByteArray &m_out;
    int m_level;
    bool m_first = true;    // no member yet in the open container
    bool m_afterKey = false; // a key was written; its value comes next
};

} // namespace scalescope
