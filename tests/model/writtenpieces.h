#pragma once
// What a report writer hands to its `write` function, gathered: the whole
// text and the number of pieces it came in.

#include <QByteArray>
#include <QByteArrayView>

struct WrittenPieces {
    QByteArray text;
    int pieces = 0;
};

// `writeWith(write)` runs a writer with the gathering `write`.
template <typename WriteWith>
WrittenPieces gathered(WriteWith &&writeWith)
{
    WrittenPieces w;
    writeWith([&w](QByteArrayView piece) {
        w.text.append(piece);
        ++w.pieces;
    });
    return w;
}
