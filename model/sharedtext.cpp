#include "sharedtext.h"

#include <QHashFunctions>

#include <mutex>
#include <unordered_set>

namespace scalescope {

namespace {

// Never destroyed: a network may still be read while statics are torn down.
struct TextHash {
    std::size_t operator()(const QString &text) const { return qHash(text); }
};

struct TextSet {
    std::mutex mutex;
    std::unordered_set<QString, TextHash> texts; // nodes stay put: their addresses are the handles
};

TextSet &textSet()
{
    static TextSet *set = new TextSet;
    return *set;
}

} // namespace

const QString &SharedText::interned(const QString &text)
{
    TextSet &set = textSet();
    const std::lock_guard lock(set.mutex);
    return *set.texts.insert(text).first;
}

const QString &SharedText::emptyText()
{
    static const QString &empty = interned(QString());
    return empty;
}

qsizetype SharedText::distinctTexts()
{
    TextSet &set = textSet();
    const std::lock_guard lock(set.mutex);
    return qsizetype(set.texts.size());
}

} // namespace scalescope
