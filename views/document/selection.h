#pragma once
// A set of document items by id: what is selected, copied or deleted.

#include <QList>
#include <QPair>
#include <QStringList>

namespace scalescope {

using ConnectionId = QPair<QString, QString>; // from, to

struct Selection {
    QStringList components;
    QStringList groups;
    QList<ConnectionId> connections;

    bool isEmpty() const { return components.isEmpty() && groups.isEmpty() && connections.isEmpty(); }
    qsizetype size() const { return components.size() + groups.size() + connections.size(); }
    friend bool operator==(const Selection &, const Selection &) = default;
};

} // namespace scalescope
