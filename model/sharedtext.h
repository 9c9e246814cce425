#pragma once
// A short text that many parts of a network repeat: a resource's name and
// unit, a bill line's item. A network of 200,000 components holds about a
// million of them and only a few dozen differ, so each distinct text is kept
// once for the whole program and a part holds one pointer to it (8 bytes,
// where a QString is 24).
//
// The texts come from the model's code and its catalog, never from a file's
// free text, so the program-wide set stays that small.

#include <QString>

namespace scalescope {

class SharedText {
public:
    SharedText() noexcept : m_text(&emptyText()) {}
    // Implicit, as the QString it stands in for: `r.name = QStringLiteral(...)`.
    SharedText(const QString &text) : m_text(&interned(text)) {}

    const QString &text() const { return *m_text; }
    operator const QString &() const { return *m_text; }
    const QString *operator->() const { return m_text; }
    bool isEmpty() const { return m_text->isEmpty(); }

    // One copy of each text: the same text is the same pointer.
    friend bool operator==(const SharedText &a, const SharedText &b) { return a.m_text == b.m_text; }
    friend bool operator==(const SharedText &a, const QString &b) { return *a.m_text == b; }
    friend bool operator==(const SharedText &a, QLatin1StringView b) { return *a.m_text == b; }

    // Distinct texts kept so far (a test's check that they stay few).
    static qsizetype distinctTexts();

private:
    static const QString &emptyText();
    static const QString &interned(const QString &text);

    const QString *m_text;
};

} // namespace scalescope
