#include "importreport.h"

#include <QJsonArray>

namespace scalescope::import {

void ImportReport::addNote(const QString &resource, const QString &note)
{
    for (Mapped &m : mapped)
        if (m.resource == resource) {
            m.notes << note;
            return;
        }
    notes << QStringLiteral("%1: %2").arg(resource, note);
}

QString ImportReport::markdown() const
{
    QString s;
    s += QStringLiteral("# Import of %1 (%2)\n\n").arg(source, format);
    s += QStringLiteral("%1 resources mapped, %2 read into others, %3 not mapped; %4 connections inferred.\n")
             .arg(mapped.size()).arg(used.size()).arg(notMapped.size()).arg(connections.size());
    s += QStringLiteral("\n## Mapped\n\n");
    for (const Mapped &m : mapped) {
        s += QStringLiteral("- %1 (%2) -> %3 `%4`").arg(m.resource, m.type, m.as, m.target);
        if (!m.notes.isEmpty())
            s += QStringLiteral(": ") + m.notes.join(QStringLiteral("; "));
        s += u'\n';
    }
    if (!used.empty()) {
        s += QStringLiteral("\n## Read into other parts\n\n");
        for (const Used &u : used)
            s += QStringLiteral("- %1 (%2): %3\n").arg(u.resource, u.type, u.how);
    }
    s += QStringLiteral("\n## Connections inferred\n\n");
    if (connections.empty())
        s += QStringLiteral("None.\n");
    for (const Inferred &c : connections)
        s += QStringLiteral("- %1 -> %2: %3\n").arg(c.from, c.to, c.how);
    if (!skipped.empty()) {
        s += QStringLiteral("\n## Connections left out\n\n");
        for (const Skipped &c : skipped)
            s += QStringLiteral("- %1 -> %2: %3\n").arg(c.from, c.to, c.why);
    }
    s += QStringLiteral("\n## Not mapped\n\n");
    if (notMapped.empty())
        s += QStringLiteral("None.\n");
    for (const NotMapped &n : notMapped)
        s += QStringLiteral("- %1 (%2)%3\n").arg(n.resource, n.type, n.why.isEmpty() ? QString() : QStringLiteral(": ") + n.why);
    if (!notes.isEmpty()) {
        s += QStringLiteral("\n## Notes\n\n");
        for (const QString &n : notes)
            s += QStringLiteral("- %1\n").arg(n);
    }
    return s;
}

QJsonObject ImportReport::json() const
{
    QJsonArray m, u, c, k, n;
    for (const Mapped &x : mapped)
        m.append(QJsonObject{{"resource", x.resource}, {"type", x.type}, {"target", x.target}, {"as", x.as},
                             {"notes", QJsonArray::fromStringList(x.notes)}});
    for (const Used &x : used)
        u.append(QJsonObject{{"resource", x.resource}, {"type", x.type}, {"how", x.how}});
    for (const Inferred &x : connections)
        c.append(QJsonObject{{"from", x.from}, {"to", x.to}, {"how", x.how}, {"resource", x.resource}});
    for (const Skipped &x : skipped)
        k.append(QJsonObject{{"from", x.from}, {"to", x.to}, {"why", x.why}});
    for (const NotMapped &x : notMapped)
        n.append(QJsonObject{{"resource", x.resource}, {"type", x.type}, {"why", x.why}});
    return QJsonObject{{"source", source}, {"format", format}, {"mapped", m}, {"used", u}, {"connections", c},
                       {"skipped", k}, {"notMapped", n}, {"notes", QJsonArray::fromStringList(notes)}};
}

} // namespace scalescope::import
