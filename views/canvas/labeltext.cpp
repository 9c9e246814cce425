#include "labeltext.h"

#include <QTextBoundaryFinder>

namespace scalescope {

QString boundedDisplayText(const QString &text, int maxClusters)
{
    // The common case, short and plain, costs one scan and no copy.
    if (text.size() <= maxClusters)
        return text;
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    QString out;
    qsizetype start = 0;
    bool cut = false;
    for (int n = 0; start < text.size(); ++n) {
        if (n == maxClusters) {
            cut = true;
            break;
        }
        clusters.setPosition(start);
        qsizetype end = clusters.toNextBoundary();
        if (end < 0)
            end = text.size();
        qsizetype keep = std::min<qsizetype>(end - start, kMaxClusterUnits);
        if (keep < end - start) {
            cut = true;
            if (text.at(start + keep - 1).isHighSurrogate()) // never half a code point
                --keep;
        }
        out += QStringView(text).mid(start, keep);
        start = end;
    }
    if (cut)
        out += QChar(0x2026);
    return out;
}

} // namespace scalescope
