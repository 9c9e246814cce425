#include "idletraffic.h"

#include "connectionrates.h"

namespace scalescope {

namespace {

using OpMask = unsigned;
constexpr OpMask bit(Op op) { return 1u << unsigned(op); }
constexpr OpMask kHttp = bit(OpStatic) | bit(OpRead) | bit(OpWrite);

// What a role passes on, and what it takes, as routing.cpp routes them (a
// pass-through takes HTTP only when something behind it serves it; that is
// checked apart, as NothingBehind).
OpMask sends(Role role)
{
    switch (role) {
    case Role::Client: case Role::Dns: case Role::Passthrough: case Role::LoadBalancer: case Role::Cdn:
        return kHttp;
    case Role::Compute: case Role::Function:
        return bit(OpRead) | bit(OpWrite) | bit(OpDbRead) | bit(OpDbWrite) | bit(OpSession);
    case Role::Cache: return bit(OpDbRead);
    case Role::SqlPrimary: return bit(OpDbRead) | bit(OpReplication);
    case Role::Queue: return bit(OpJob);
    case Role::ObjectStore: case Role::SqlReplica: case Role::NoSql: case Role::Monitoring:
        return 0;
    }
    return 0;
}

OpMask takes(Role role)
{
    switch (role) {
    case Role::Dns: case Role::Passthrough: case Role::LoadBalancer: case Role::Cdn: return kHttp;
    case Role::ObjectStore: return bit(OpStatic);
    case Role::Compute: return kHttp | bit(OpJob);
    case Role::Function: return bit(OpRead) | bit(OpWrite) | bit(OpJob);
    case Role::Cache: return bit(OpDbRead) | bit(OpSession);
    case Role::SqlPrimary: return bit(OpDbRead) | bit(OpDbWrite);
    case Role::SqlReplica: return bit(OpDbRead) | bit(OpReplication);
    case Role::NoSql: return bit(OpDbRead) | bit(OpDbWrite) | bit(OpSession);
    case Role::Queue: return bit(OpDbWrite);
    case Role::Client: case Role::Monitoring: return 0;
    }
    return 0;
}

bool passesOn(Role role) { return role == Role::Dns || role == Role::Passthrough || role == Role::LoadBalancer; }

QString nameOf(const ComponentModel &m) { return m.label.isEmpty() ? m.id : m.label; }

bool carries(const ComponentModel &m) { return m.arrivalPerUser() > 0 || !m.sent.empty(); }

} // namespace

IdleCause idleCause(const Architecture &a, const Network &n, const QString &id)
{
    const int k = n.indexOf(id);
    if (k < 0)
        return IdleCause::Busy;
    const ComponentModel &m = n.components[size_t(k)];
    if (m.role == Role::Client)
        return m.sent.empty() ? IdleCause::Client : IdleCause::Busy;
    if (m.role == Role::Monitoring)
        return IdleCause::Monitoring;
    if (m.arrivalPerUser() > 0)
        return IdleCause::Busy;
    bool sender = false;
    bool couldFeed = false; // a sender with traffic that sends something it takes
    for (const Connection &c : a.connections) {
        if (c.to != id)
            continue;
        sender = true;
        const int from = n.indexOf(c.from);
        if (from >= 0) {
            const ComponentModel &s = n.components[size_t(from)];
            couldFeed = couldFeed || ((sends(s.role) & takes(m.role)) != 0 && (carries(s) || s.role == Role::Client));
        }
    }
    if (!sender)
        return IdleCause::NotConnected;
    if (passesOn(m.role) && couldFeed)
        return IdleCause::NothingBehind;
    return IdleCause::NotRouted;
}

std::optional<QString> idleConnectionReason(const Architecture &a, const Network &n, const QString &from, const QString &to)
{
    if (a.connectionIndex(from, to) < 0)
        return std::nullopt;
    return idleConnectionReason(n, n.indexOf(from), n.indexOf(to));
}

std::optional<QString> idleConnectionReason(const Network &n, int f, int t)
{
    const int size = int(n.components.size());
    if (f < 0 || t < 0 || f >= size || t >= size || flowBetween(n, f, t))
        return std::nullopt;
    const ComponentModel &sender = n.components[size_t(f)];
    const ComponentModel &target = n.components[size_t(t)];
    if (sends(sender.role) == 0)
        return QStringLiteral("%1 sends no requests on, so the model ignores this connection").arg(nameOf(sender));
    if ((sends(sender.role) & takes(target.role)) == 0)
        return QStringLiteral("%1 takes none of the requests %2 sends, so the model ignores this connection")
            .arg(nameOf(target), nameOf(sender));
    if (passesOn(target.role) && !carries(target))
        return QStringLiteral("%1 has nothing behind it that serves requests yet, so nothing flows to it")
            .arg(nameOf(target));
    if (!carries(sender) && sender.role != Role::Client)
        return QStringLiteral("%1 receives no traffic itself, so nothing flows on to %2").arg(nameOf(sender), nameOf(target));
    QStringList others;
    for (const Flow &flow : sender.sent)
        others << nameOf(n.components[size_t(flow.to)]);
    if (others.isEmpty())
        return QStringLiteral("the model sends nothing from %1 to %2").arg(nameOf(sender), nameOf(target));
    return QStringLiteral("the model sends %1's requests to %2 instead, so this connection carries none")
        .arg(nameOf(sender), others.join(QStringLiteral(", ")));
}

} // namespace scalescope
