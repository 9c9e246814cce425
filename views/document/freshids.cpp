#include "freshids.h"

namespace scalescope {

QSet<QString> idsInUse(const Scenario &s)
{
    QSet<QString> ids;
    for (const Component &c : s.base.components)
        ids.insert(c.id);
    for (const Group &g : s.base.groups)
        ids.insert(g.id);
    for (const Stage &stage : s.stages)
        for (const Edit &e : stage.edits) {
            if (const auto *add = std::get_if<AddComponent>(&e))
                ids.insert(add->component.id);
            else if (const auto *group = std::get_if<AddGroup>(&e))
                ids.insert(group->group.id);
        }
    return ids;
}

QString freshId(const QString &stem, QSet<QString> &taken)
{
    if (!taken.contains(stem)) {
        taken.insert(stem);
        return stem;
    }
    // Pasting "web-3" again should give "web-4", not "web-3-2".
    QString base = stem;
    const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
    bool numbered = false;
    if (dash > 0)
        stem.mid(dash + 1).toInt(&numbered);
    if (numbered)
        base = stem.left(dash);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    taken.insert(id);
    return id;
}

} // namespace scalescope
