#pragma once
// Line and column (1-based) of a byte offset, for JSON files whose parser
// (QJsonParseError) reports places as offsets.

#include <QByteArray>

#include <algorithm>
#include <vector>

namespace scalescope::import {

struct TextPosition {
    int line = 1;
    int column = 1;
};

class LineIndex {
public:
    explicit LineIndex(const QByteArray &bytes)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            if (bytes[i] == '\n')
                m_starts.push_back(i + 1);
    }
    TextPosition at(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const auto line = std::distance(m_starts.begin(), it); // >= 1
        return TextPosition{int(line), int(offset - m_starts[size_t(line - 1)] + 1)};
    }

private:
    std::vector<qsizetype> m_starts;
};

inline TextPosition positionOf(const QByteArray &bytes, qsizetype offset)
{
    return LineIndex(bytes).at(offset);
}

} // namespace scalescope::import
