#include "bottleneck.h"

#include "evaluation.h"

namespace scalescope {

LimitKind classifyLimit(const ComponentModel &c, int resource)
{
    if (resource < 0 || resource >= int(c.resources.size()))
        return LimitKind::None;
    const ResourceModel &r = c.resources[size_t(resource)];
    switch (c.role) {
    case Role::Compute:
        return c.localDatabase ? LimitKind::SingleServer : LimitKind::WebTier;
    case Role::SqlPrimary:
    case Role::SqlReplica:
        if (r.name == QLatin1String("connections"))
            return LimitKind::DatabaseConnections;
        if (r.name == QLatin1String("storage"))
            return LimitKind::DatabaseStorage;
        return r.writeShare >= 0.5 ? LimitKind::DatabaseWrites : LimitKind::DatabaseReads;
    case Role::NoSql:
        return r.writeShare >= 0.5 ? LimitKind::DatabaseWrites : LimitKind::DatabaseReads;
    case Role::Cache:
        return LimitKind::Cache;
    case Role::Cdn:
    case Role::ObjectStore:
        return LimitKind::StaticDelivery;
    case Role::Function:
    case Role::LoadBalancer:
    case Role::Queue:
        return LimitKind::ServiceLimit;
    case Role::Client:
    case Role::Dns:
    case Role::Passthrough:
    case Role::Monitoring:
        break;
    }
    return LimitKind::None;
}

Bottleneck bottleneckAt(const Network &network, double users)
{
    const Evaluation e = evaluate(network, users);
    return {e.bottleneckComponent, e.bottleneckResource, e.bottleneckUtilization};
}

QString limitKindName(LimitKind kind)
{
    switch (kind) {
    case LimitKind::None: return QStringLiteral("nothing");
    case LimitKind::SingleServer: return QStringLiteral("single server");
    case LimitKind::WebTier: return QStringLiteral("web tier");
    case LimitKind::DatabaseReads: return QStringLiteral("database reads");
    case LimitKind::DatabaseWrites: return QStringLiteral("database writes");
    case LimitKind::DatabaseConnections: return QStringLiteral("database connections");
    case LimitKind::DatabaseStorage: return QStringLiteral("database storage");
    case LimitKind::Cache: return QStringLiteral("cache");
    case LimitKind::ServiceLimit: return QStringLiteral("service limit");
    case LimitKind::StaticDelivery: return QStringLiteral("static delivery");
    }
    return {};
}

} // namespace scalescope
