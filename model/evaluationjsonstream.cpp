#include "evaluationjsonstream.h"

#include <QJsonDocument>

namespace scalescope {

namespace {

// QJsonDocument indents four spaces a level; the components are the
// elements of an array at the second level.
constexpr qsizetype kElementIndent = 8;
// How the summary writes its empty array (a line each for "[" and "]").
constexpr QByteArrayView kEmptyComponents = "\n    \"components\": [\n    ]";

// `object` as an element of the components array: each of its lines
// indented (JSON text has no line breaks inside strings).
void appendElement(QByteArray &out, const QJsonObject &object, bool last)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        if (end > from) {
            out.append(kElementIndent, ' ');
            out.append(QByteArrayView(text).sliced(from, end - from));
            if (end + 1 < text.size())
                out.append('\n');
        }
        from = end + 1;
    }
    out.append(last ? "\n" : ",\n");
}

} // namespace

void writeEvaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage,
                         const std::function<void(QByteArrayView)> &write)
{
    const QByteArray summary = QJsonDocument(evaluationSummaryJson(n, e, stage)).toJson(QJsonDocument::Indented);
    const qsizetype at = summary.indexOf(kEmptyComponents);
    if (n.components.empty() || at < 0) { // nothing to put in, or a layout this does not know: the whole report
        write(QJsonDocument(evaluationJson(n, e, stage)).toJson(QJsonDocument::Indented));
        return;
    }
    // Up to and including the array's opening line; its closing line last.
    const qsizetype open = at + kEmptyComponents.size() - qsizetype(sizeof("    ]") - 1);
    write(QByteArrayView(summary).first(open));
    constexpr qsizetype kPiece = 64 * 1024; // a few dozen components a write
    QByteArray piece;
    piece.reserve(kPiece + 4096);
    for (size_t i = 0; i < n.components.size(); ++i) {
        appendElement(piece, componentJson(n, e, i), i + 1 == n.components.size());
        if (piece.size() >= kPiece) {
            write(piece);
            piece.clear();
        }
    }
    write(piece);
    write(QByteArrayView(summary).sliced(open));
}

} // namespace scalescope
