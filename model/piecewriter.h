#pragma once
// Text for a `write` function, gathered in pieces of about 64 KiB: a large
// report goes out in a few thousand calls and is never held whole.

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace scalescope {

class PieceWriter {
public:
    explicit PieceWriter(const std::function<void(QByteArrayView)> &write) : m_write(write)
    {
        m_piece.reserve(kPiece + 4096);
    }
    PieceWriter(const PieceWriter &) = delete;
    PieceWriter &operator=(const PieceWriter &) = delete;

    // Where the next text is appended.
    QByteArray &text() { return m_piece; }
    // Hands the piece over once it is full: call between rows or objects.
    void pieceDone()
    {
        if (m_piece.size() >= kPiece)
            flush();
    }
    // Hands over what is left.
    void flush()
    {
        if (m_piece.isEmpty())
            return;
        m_write(m_piece);
        m_piece.resize(0); // keeps its buffer (clear() would give it back)
    }

private:
    static constexpr qsizetype kPiece = 64 * 1024;
    const std::function<void(QByteArrayView)> &m_write;
    QByteArray m_piece;
};

} // namespace scalescope
