#include "scenariostream.h"

#include "sizelimits.h"

#include <QHash>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace scalescope {

namespace {

constexpr double kCoordinateLimit = 1e7; // as the ordinary reader
constexpr int kMaxIdLength = 200;       // as the ordinary reader's ids

// Reads the strict subset; every function returns false to give up.
class Stream {
public:
    Stream(QByteArrayView text, const Catalog &catalog, const ParamCheck &check)
        : m_p(text.data()), m_end(text.data() + text.size()), m_catalog(catalog), m_check(check) {}

    std::optional<StreamedScenario> scenario()
    {
        StreamedScenario out;
        bool sawBase = false;
        std::vector<QByteArray> keys;
        out.others.append('{');
        if (!punct('{'))
            return std::nullopt;
        if (!peek('}')) {
            do {
                const char *keyStart = (space(), m_p);
                QByteArrayView key;
                if (!plainKey(key))
                    return std::nullopt;
                const char *keyEnd = m_p;
                if (!punct(':'))
                    return std::nullopt;
                for (const QByteArray &k : keys)
                    if (k == key)
                        return std::nullopt;
                keys.emplace_back(key.toByteArray());
                if (key == "base") {
                    sawBase = true;
                    if (!architecture(out.base))
                        return std::nullopt;
                    continue;
                }
                space();
                const char *valueStart = m_p;
                if (!skipValue(0))
                    return std::nullopt;
                if (out.others.size() > 1)
                    out.others.append(',');
                out.others.append(keyStart, keyEnd - keyStart); // the key, quoted
                out.others.append(':');
                out.others.append(valueStart, m_p - valueStart);
            } while (punctIf(','));
        }
        if (!punct('}') || (space(), m_p != m_end) || !sawBase)
            return std::nullopt;
        out.others.append('}');
        return out;
    }

private:
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }
    bool punct(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool punctIf(char c) { return punct(c); }

    // A string of printable ASCII with the simple escapes; its text decoded
    // into `out` (a view of the file when it holds no escape).
    bool string(QByteArrayView &out)
    {
        if (!punct('"'))
            return false;
        const char *start = m_p;
        bool escaped = false;
        while (m_p < m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x7f)
                return false;
            if (c == '\\') {
                escaped = true;
                if (++m_p == m_end)
                    return false;
                if (!std::strchr("\"\\/bfnrt", *m_p) || *m_p == '\0')
                    return false; // \u and the rest: the ordinary reader's
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const char *stop = m_p++;
        m_escaped = escaped;
        if (!escaped) {
            out = QByteArrayView(start, stop - start);
            return true;
        }
        m_unescaped.clear();
        for (const char *q = start; q < stop; ++q) {
            if (*q != '\\') {
                m_unescaped.push_back(*q);
                continue;
            }
            switch (*++q) {
            case 'b': m_unescaped.push_back('\b'); break;
            case 'f': m_unescaped.push_back('\f'); break;
            case 'n': m_unescaped.push_back('\n'); break;
            case 'r': m_unescaped.push_back('\r'); break;
            case 't': m_unescaped.push_back('\t'); break;
            default: m_unescaped.push_back(*q); break; // " \ /
            }
        }
        out = QByteArrayView(m_unescaped.data(), qsizetype(m_unescaped.size()));
        return true;
    }
    bool string(QString &out)
    {
        QByteArrayView text;
        if (!string(text))
            return false;
        out = QString::fromLatin1(text);
        return true;
    }
    // A key at the top of the file: no escapes, so its text is the file's.
    bool plainKey(QByteArrayView &out) { return string(out) && !m_escaped; }

    // A number as QJsonDocument reads it (a whole number as a 64-bit integer
    // first, -0 as 0), in the JSON grammar; false for anything it might
    // read differently (long integers, out of range, under- or overflow).
    bool number(double &out)
    {
        space();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        if (m_p == digits)
            return false;
        bool whole = true;
        if (m_p < m_end && *m_p == '.') {
            whole = false;
            const char *fraction = ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == fraction)
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            whole = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
                ++m_p;
            const char *exponent = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == exponent || m_p - exponent > 3)
                return false;
        }
        if (m_p == m_end)
            return false;
        if (whole) {
            if (m_p - digits > 15)
                return false;
            long long n = 0;
            if (std::from_chars(start, m_p, n).ptr != m_p)
                return false;
            out = double(n);
            return true;
        }
        double d = 0;
        const std::from_chars_result r = std::from_chars(start, m_p, d);
        if (r.ptr != m_p || r.ec != std::errc() || !std::isfinite(d) || (d != 0 && std::abs(d) < 1e-300))
            return false;
        out = d == 0 ? 0.0 : d; // -0.0 is read as the whole number 0
        return true;
    }

    // A whole value, checked for the grammar and skipped.
    bool skipValue(int depth)
    {
        if (depth > 64)
            return false;
        space();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            ++m_p;
            if (punctIf('}'))
                return true;
            do {
                if (!skipString() || !punct(':') || !skipValue(depth + 1))
                    return false;
            } while (punctIf(','));
            return punct('}');
        case '[':
            ++m_p;
            if (punctIf(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (punctIf(','));
            return punct(']');
        case '"': return skipString();
        case 't': return word("true");
        case 'f': return word("false");
        case 'n': return word("null");
        default: {
            double ignored = 0;
            return number(ignored);
        }
        }
    }
    // Any string: its bytes are checked again by QJsonDocument, which reads
    // the members handed back.
    bool skipString()
    {
        if (!punct('"'))
            return false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && ++m_p == m_end)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        return true;
    }
    bool word(const char *w)
    {
        const size_t n = std::strlen(w);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, w, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool id(QString &out)
    {
        QByteArrayView text;
        if (!string(text) || text.isEmpty() || text.size() > kMaxIdLength)
            return false;
        out = shared(text);
        return true;
    }
    // A string that names something (an id, a reference to one, a parameter
    // and its text value): the same text read again shares the first one's
    // buffer. On 200,000 components each connection's two ends were a
    // buffer of their own, a tenth of the document.
    bool sharedString(QString &out)
    {
        QByteArrayView text;
        if (!string(text))
            return false;
        out = shared(text);
        return true;
    }
    QString shared(QByteArrayView text)
    {
        if (m_escaped) // its text is in m_unescaped, which the next string overwrites
            return QString::fromLatin1(text);
        const auto found = m_shared.constFind(text);
        if (found != m_shared.constEnd())
            return *found;
        const QString s = QString::fromLatin1(text);
        m_shared.insert(text, s); // a view of the file, which outlives the stream
        return s;
    }
    bool coordinate(double &out, double lo)
    {
        double d = 0;
        if (!number(d) || d < lo || d > kCoordinateLimit)
            return false;
        out = d;
        return true;
    }

    // {"name": value, ...} checked by the ordinary reader's rules.
    bool params(const KindSpec &kind, ParamMap &out)
    {
        if (!punct('{'))
            return false;
        if (punctIf('}'))
            return true;
        do {
            QString name;
            if (!sharedString(name) || !punct(':') || out.contains(name))
                return false;
            space();
            if (m_p == m_end)
                return false;
            QJsonValue value;
            QString text; // a string value, to share with the parameter read
            if (*m_p == '"') {
                if (!sharedString(text))
                    return false;
                value = text;
            } else if (*m_p == 't' || *m_p == 'f') {
                const bool b = *m_p == 't';
                if (!word(b ? "true" : "false"))
                    return false;
                value = b;
            } else {
                double d = 0;
                if (!number(d))
                    return false;
                value = d;
            }
            ParamValue v;
            if (!m_check(kind, name, value, v))
                return false;
            if (QString *read = std::get_if<QString>(&v); read && !text.isNull() && *read == text)
                *read = text;
            out.insert(name, v);
        } while (punctIf(','));
        return punct('}');
    }

    // An object's members in any order, each key once: `member` reads the
    // value of a key it knows (its bit in `seen`), false for any other.
    template <typename F>
    bool members(F member)
    {
        if (!punct('{'))
            return false;
        if (punctIf('}'))
            return true;
        unsigned seen = 0;
        do {
            QByteArrayView key;
            if (!string(key) || !punct(':'))
                return false;
            const int bit = member(key);
            if (bit < 0 || (seen & (1u << bit)))
                return false;
            seen |= 1u << bit;
        } while (punctIf(','));
        return punct('}');
    }

    bool component(Component &c)
    {
        bool haveId = false, haveKind = false, haveParams = false;
        const char *paramsAt = nullptr, *paramsEnd = nullptr;
        const bool read = members([&](QByteArrayView key) -> int {
            if (key == "id")
                return (haveId = id(c.id)) ? 0 : -1;
            if (key == "kind")
                return (haveKind = string(c.kind)) ? 1 : -1;
            if (key == "label")
                return label(c) ? 2 : -1;
            if (key == "group")
                return sharedString(c.group) ? 3 : -1;
            if (key == "x")
                return coordinate(c.position.x, -kCoordinateLimit) ? 4 : -1;
            if (key == "y")
                return coordinate(c.position.y, -kCoordinateLimit) ? 5 : -1;
            if (key == "params") {
                // Typed by the kind, which may come after it: read once the kind is known.
                haveParams = true;
                space();
                paramsAt = m_p;
                const bool skipped = skipValue(0);
                paramsEnd = m_p;
                return skipped ? 6 : -1;
            }
            return -1;
        });
        if (!read || !haveId || !haveKind)
            return false;
        const KindSpec *kind = m_catalog.kind(c.kind);
        if (!kind)
            return false;
        c.kind = kind->id; // the same text, shared
        return !haveParams || paramsFrom(QByteArrayView(paramsAt, paramsEnd - paramsAt), *kind, c.params);
    }

    // A label that repeats its component's id (as generated and imported
    // architectures' do) shares the id's text rather than holding a copy.
    bool label(Component &c)
    {
        QByteArrayView text;
        if (!string(text))
            return false;
        if (!c.id.isEmpty() && QLatin1StringView(text) == c.id)
            c.label = c.id;
        else
            c.label = QString::fromLatin1(text);
        return true;
    }

    bool group(Group &g)
    {
        bool haveId = false, haveKind = false, haveParams = false;
        const char *paramsAt = nullptr, *paramsEnd = nullptr;
        const bool read = members([&](QByteArrayView key) -> int {
            if (key == "id")
                return (haveId = id(g.id)) ? 0 : -1;
            if (key == "kind")
                return (haveKind = string(g.kind)) ? 1 : -1;
            if (key == "label")
                return string(g.label) ? 2 : -1;
            if (key == "parent")
                return sharedString(g.parent) ? 3 : -1;
            if (key == "x")
                return coordinate(g.rect.x, -kCoordinateLimit) ? 4 : -1;
            if (key == "y")
                return coordinate(g.rect.y, -kCoordinateLimit) ? 5 : -1;
            if (key == "width")
                return coordinate(g.rect.width, 0) ? 6 : -1;
            if (key == "height")
                return coordinate(g.rect.height, 0) ? 7 : -1;
            if (key == "params") {
                haveParams = true;
                space();
                paramsAt = m_p;
                const bool skipped = skipValue(0);
                paramsEnd = m_p;
                return skipped ? 8 : -1;
            }
            return -1;
        });
        if (!read || !haveId || !haveKind)
            return false;
        const KindSpec *kind = m_catalog.groupKind(g.kind);
        if (!kind)
            return false;
        g.kind = kind->id;
        return !haveParams || paramsFrom(QByteArrayView(paramsAt, paramsEnd - paramsAt), *kind, g.params);
    }

    // Reads the params object `text`, then returns to where the stream was.
    // The same text for the same kind reads the same: such components share
    // one map (a large file repeats a few, and a map is a heap block and one
    // more for each parameter and string).
    bool paramsFrom(QByteArrayView text, const KindSpec &kind, ParamMap &out)
    {
        const std::pair<const KindSpec *, QByteArrayView> key(&kind, text);
        if (const auto found = m_sharedParams.constFind(key); found != m_sharedParams.constEnd()) {
            out = *found;
            return true;
        }
        const char *resume = m_p;
        m_p = text.data();
        const bool ok = params(kind, out) && m_p == text.data() + text.size();
        m_p = resume;
        if (ok)
            m_sharedParams.insert(key, out);
        return ok;
    }

    bool connection(Connection &c)
    {
        bool haveFrom = false, haveTo = false;
        const bool read = members([&](QByteArrayView key) -> int {
            if (key == "from")
                return (haveFrom = id(c.from)) ? 0 : -1;
            if (key == "to")
                return (haveTo = id(c.to)) ? 1 : -1;
            if (key == "share") {
                double s = 0;
                if (!number(s) || s < 0 || s > 1)
                    return -1;
                c.share = s;
                return 2;
            }
            return -1;
        });
        return read && haveFrom && haveTo;
    }

    template <typename T, typename F>
    bool list(std::vector<T> &out, qsizetype most, F read)
    {
        if (!punct('['))
            return false;
        if (punctIf(']'))
            return true;
        do {
            if (qsizetype(out.size()) >= most)
                return false; // over the limits: the ordinary reader says so
            T item;
            if (!read(item))
                return false;
            out.push_back(std::move(item));
        } while (punctIf(','));
        return punct(']');
    }

    bool architecture(Architecture &a)
    {
        return members([&](QByteArrayView key) -> int {
            if (key == "components")
                return list(a.components, kMaxComponents, [this](Component &c) { return component(c); }) ? 0 : -1;
            if (key == "connections")
                return list(a.connections, kMaxConnections, [this](Connection &c) { return connection(c); }) ? 1 : -1;
            if (key == "groups")
                return list(a.groups, kMaxGroups, [this](Group &g) { return group(g); }) ? 2 : -1;
            return -1;
        });
    }

    const char *m_p;
    const char *m_end;
    const Catalog &m_catalog;
    const ParamCheck &m_check;
    QHash<QByteArrayView, QString> m_shared; // see shared()
    QHash<std::pair<const KindSpec *, QByteArrayView>, ParamMap> m_sharedParams; // see paramsFrom()
    std::string m_unescaped; // the last escaped string's text
    bool m_escaped = false;  // whether the last string had escapes
};

} // namespace

std::optional<StreamedScenario> streamScenario(QByteArrayView text, const Catalog &catalog, const ParamCheck &check)
{
    return Stream(text, catalog, check).scenario();
}

} // namespace scalescope
