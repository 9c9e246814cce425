#include "overloaded.h"
#include "advisor.h"

#include "report.h"

#include "evaluation.h"
#include "network.h"
#include "sloceiling.h"
#include "stages.h"
#include "validation.h"

#include <cmath>
#include <optional>

namespace scalescope {

namespace {

Proposal step(StepKind kind, const QString &title, const QString &sentence, std::vector<Edit> edits)
{
    Proposal p;
    p.kind = kind;
    p.title = title;
    p.sentence = sentence;
    p.edits = std::move(edits);
    return p;
}

class Advisor {
public:
    Advisor(const Architecture &arch, const Catalog &catalog) : a(arch), cat(catalog) {}

    Role roleOf(const QString &id) const { return cat.kind(a.component(id)->kind)->role; }
    double number(const Component &c, const char *name) const
    {
        const KindSpec *k = cat.kind(c.kind);
        return k->param(QLatin1String(name)) ? cat.number(*k, c.params, QLatin1String(name)) : 0;
    }
    QString text(const Component &c, const char *name) const
    {
        return cat.text(*cat.kind(c.kind), c.params, QLatin1String(name));
    }
    QStringList senders(const QString &id) const
    {
        QStringList out;
        for (const Connection &c : a.connections)
            if (c.to == id)
                out << c.from;
        return out;
    }
    QStringList targets(const QString &id, Role role) const
    {
        QStringList out;
        for (const Connection &c : a.connections)
            if (c.from == id && roleOf(c.to) == role)
                out << c.to;
        return out;
    }
    QString freshId(const QString &base) const
    {
        QString id = base;
        for (int n = 2; a.component(id) || a.group(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        return id;
    }
    Component make(const QString &base, const char *kind, const QString &label, const Component &near, double dx, double dy,
                   ParamMap params = {}) const
    {
        Component c;
        c.id = freshId(base);
        c.kind = QLatin1String(kind);
        c.label = label;
        c.group = near.group;
        c.position = {near.position.x + dx, near.position.y + dy};
        c.params = std::move(params);
        return c;
    }
    const Group *autoScalingGroupOf(const Component &c) const
    {
        QString g = c.group;
        for (size_t guard = 0; !g.isEmpty() && guard <= a.groups.size(); ++guard) {
            const Group *group = a.group(g);
            if (!group)
                return nullptr;
            if (group->kind == QLatin1String("auto-scaling-group"))
                return group;
            g = group->parent;
        }
        return nullptr;
    }
    // The primary a database resource belongs to (a replica's source).
    const Component *primaryOf(const Component &c) const
    {
        if (roleOf(c.id) == Role::SqlPrimary)
            return &c;
        for (const Connection &x : a.connections)
            if (x.to == c.id && roleOf(x.from) == Role::SqlPrimary)
                return a.component(x.from);
        return nullptr;
    }

    // ---- the steps ----
    Proposal separateDatabase(const Component &server) const
    {
        const Component db = make(QStringLiteral("db"), "rds", QStringLiteral("Database"), server, 240, 0,
                                  {{"instanceType", QStringLiteral("db.m5.large")}});
        return step(StepKind::SeparateDatabase, QStringLiteral("Separate database"),
                QStringLiteral("Move the database off %1 to its own RDS instance, so web server and database stop "
                               "competing for one machine and can grow apart.").arg(server.label),
                {ChangeComponent{server.id, {}, {}, {}, {{"localDatabase", false}}, {}}, AddComponent{db},
                 AddConnection{{server.id, db.id, std::nullopt}}});
    }

    // Servers of the same kind fed by the same senders (DNS round robin).
    QStringList peers(const Component &web) const
    {
        QStringList out{web.id};
        for (const QString &s : senders(web.id))
            for (const Connection &c : a.connections)
                if (c.from == s && c.to != web.id && a.component(c.to)->kind == web.kind && !out.contains(c.to))
                    out << c.to;
        return out;
    }

    Proposal loadBalancer(const Component &web) const
    {
        const Component lb = make(QStringLiteral("lb"), "alb", QStringLiteral("Load balancer"), web, -200, 0);
        std::vector<Edit> edits{AddComponent{lb}};
        QStringList fed;
        for (const QString &peer : peers(web)) {
            for (const QString &s : senders(peer)) {
                edits.push_back(RemoveConnection{s, peer});
                if (!fed.contains(s)) {
                    edits.push_back(AddConnection{{s, lb.id, std::nullopt}});
                    fed << s;
                }
            }
            edits.push_back(AddConnection{{lb.id, peer, std::nullopt}});
            edits.push_back(ChangeComponent{peer, {}, {}, {}, {{"count", std::max(2.0, number(*a.component(peer), "count"))}, {"zones", 2.0}}, {}});
        }
        return step(StepKind::ScaleWebTier, QStringLiteral("Load balancer and a second zone"),
                QStringLiteral("Put a load balancer with health checks in front of %1 and run at least two of them in two "
                               "availability zones.").arg(web.label),
                edits);
    }

    Proposal statelessAutoScaling(const Component &web, bool localSessions) const
    {
        std::vector<Edit> edits;
        if (localSessions) {
            const Component cache = make(QStringLiteral("sessions"), "elasticache", QStringLiteral("Sessions cache"), web, 200, 140,
                                         {{"sessionStore", true}, {"zones", 2.0}});
            edits.push_back(AddComponent{cache});
            edits.push_back(AddConnection{{web.id, cache.id, std::nullopt}});
        }
        if (!autoScalingGroupOf(web)) {
            Group asg;
            asg.id = freshId(QStringLiteral("asg"));
            asg.kind = QStringLiteral("auto-scaling-group");
            asg.label = web.label;
            asg.parent = web.group;
            asg.rect = {web.position.x - 70, web.position.y - 70, 200, 200};
            const double count = std::max(2.0, number(web, "count"));
            asg.params = {{"minSize", count}, {"maxSize", std::max(10.0, count * 5)}};
            edits.push_back(AddGroup{asg});
            edits.push_back(ChangeComponent{web.id, {}, asg.id, {}, {}, {}});
        }
        return step(StepKind::ScaleWebTier, QStringLiteral("Stateless web tier with auto scaling"),
                QStringLiteral("Keep sessions in ElastiCache instead of on %1, so servers can come and go, and let an auto "
                               "scaling group add them as load grows.").arg(web.label),
                edits);
    }

    Proposal raiseAutoScaling(const Component &web, const Group &asg) const
    {
        const double max = cat.number(*cat.groupKind(asg.kind), asg.params, QStringLiteral("maxSize"));
        return step(StepKind::ScaleWebTier, QStringLiteral("Larger auto scaling group"),
                QStringLiteral("%1 runs at its auto scaling maximum of %2 instances: allow %3.").arg(web.label, humanNumber(max), humanNumber(max * 2)),
                {ChangeGroup{asg.id, {}, {}, {}, {{"maxSize", max * 2}}, {}}});
    }

    // Another replica like `like` (the one that broke): same source share and
    // the same direct readers, so a regional replica gets a regional sibling.
    Proposal readReplica(const Component &primary, const Component *like) const
    {
        const bool aurora = primary.kind == QLatin1String("aurora");
        const int existing = int(targets(primary.id, Role::SqlReplica).size());
        const Component &near = like ? *like : primary;
        const Component replica = make(QStringLiteral("replica"), aurora ? "aurora-replica" : "rds-replica",
                                       QStringLiteral("Read replica %1").arg(existing + 1), near, like ? 0 : 220,
                                       like ? 140 : 120.0 * existing,
                                       {{"instanceType", text(like ? *like : primary, "instanceType")}});
        std::optional<double> share;
        std::vector<Edit> edits{AddComponent{replica}};
        if (like) {
            const int i = a.connectionIndex(primary.id, like->id);
            share = i >= 0 ? a.connections[size_t(i)].share : std::nullopt;
            for (const QString &s : senders(like->id))
                if (s != primary.id)
                    edits.push_back(AddConnection{{s, replica.id, a.connections[size_t(a.connectionIndex(s, like->id))].share}});
        }
        edits.insert(edits.begin() + 1, AddConnection{{primary.id, replica.id, share}});
        return step(StepKind::ScaleReads, QStringLiteral("Read replica"),
                QStringLiteral("Add a read replica of %1 to take read-only queries off it.").arg(primary.label),
                edits);
    }

    std::optional<Proposal> cache(const Component &primary) const
    {
        QStringList apps;
        for (const QString &s : senders(primary.id))
            if (roleOf(s) == Role::Compute || roleOf(s) == Role::Function)
                apps << s;
        if (apps.isEmpty())
            return std::nullopt;
        const Component cache = make(QStringLiteral("cache"), "elasticache", QStringLiteral("Cache"), primary, -200, 160,
                                     {{"zones", 2.0}});
        std::vector<Edit> edits{AddComponent{cache}, AddConnection{{cache.id, primary.id, std::nullopt}}};
        for (const QString &app : apps)
            edits.push_back(AddConnection{{app, cache.id, std::nullopt}});
        return step(StepKind::ScaleReads, QStringLiteral("Cache"),
                        QStringLiteral("Put an ElastiCache cache in front of %1 so popular reads never reach it.").arg(primary.label),
                        edits);
    }

    Proposal shard(const Component &primary) const
    {
        const double shards = std::max(1.0, number(primary, "shards"));
        return step(StepKind::ScaleWrites, QStringLiteral("Sharding"),
                QStringLiteral("Split %1 into %2 shards by key, so each primary takes a share of the writes.").arg(primary.label, humanNumber(shards * 2)),
                {ChangeComponent{primary.id, {}, {}, {}, {{"shards", shards * 2}}, {}}});
    }

    std::optional<Proposal> writeQueue(const Component &primary) const
    {
        QStringList apps;
        for (const QString &s : senders(primary.id))
            if (roleOf(s) == Role::Compute && a.component(s)->kind != QLatin1String("worker"))
                apps << s;
        if (apps.isEmpty())
            return std::nullopt;
        const Component queue = make(QStringLiteral("write-queue"), "sqs", QStringLiteral("Write queue"), primary, -200, 280);
        const Component worker = make(QStringLiteral("workers"), "worker", QStringLiteral("Queue workers"), primary, -20, 280,
                                      {{"count", 2.0}, {"zones", 2.0}});
        std::vector<Edit> edits{AddComponent{queue}, AddComponent{worker}, AddConnection{{queue.id, worker.id, std::nullopt}},
                                AddConnection{{worker.id, primary.id, std::nullopt}}};
        for (const QString &app : apps)
            edits.push_back(AddConnection{{app, queue.id, std::nullopt}});
        return step(StepKind::ScaleWrites, QStringLiteral("Queue in front of writes"),
                        QStringLiteral("Send writes to an SQS queue and let workers apply them to %1 at the average rate instead "
                                       "of the peak.").arg(primary.label),
                        edits);
    }

    // The cheapest type with more memory and, for CPU limits, more vCPUs.
    std::optional<Proposal> largerInstance(const Component &c, StepKind kind, bool moreCpu) const
    {
        const ParamSpec *spec = cat.kind(c.kind)->param(QStringLiteral("instanceType"));
        if (!spec)
            return std::nullopt;
        const InstanceType *current = cat.instanceType(spec->table, text(c, "instanceType"));
        const InstanceType *next = nullptr;
        for (const InstanceType &t : cat.instanceTypes(spec->table))
            if (current && t.arm64 == current->arm64 && t.memoryGiB > current->memoryGiB && t.baseline >= current->baseline
                && (moreCpu ? t.vcpus > current->vcpus : t.vcpus >= current->vcpus)
                && (!next || t.hourlyUsd < next->hourlyUsd))
                next = &t;
        if (!next)
            return std::nullopt;
        return step(kind, QStringLiteral("Larger instance"),
                        QStringLiteral("Move %1 from %2 to %3.").arg(c.label, current->name, next->name),
                        {ChangeComponent{c.id, {}, {}, {}, {{"instanceType", next->name}}, {}}});
    }

    // Every follower of `replica`'s primary one size up: readers hold a pool
    // at each follower, so another follower or one larger one leaves the
    // others' connections where they were.
    std::optional<Proposal> largerFollowers(const Component &replica) const
    {
        const Component *primary = primaryOf(replica);
        const ParamSpec *spec = cat.kind(replica.kind)->param(QStringLiteral("instanceType"));
        if (!primary || !spec)
            return std::nullopt;
        const InstanceType *current = cat.instanceType(spec->table, text(replica, "instanceType"));
        const InstanceType *next = nullptr;
        for (const InstanceType &t : cat.instanceTypes(spec->table))
            if (current && t.arm64 == current->arm64 && t.memoryGiB > current->memoryGiB && t.vcpus >= current->vcpus && (!next || t.hourlyUsd < next->hourlyUsd))
                next = &t;
        if (!next)
            return std::nullopt;
        std::vector<Edit> edits;
        for (const QString &id : targets(primary->id, Role::SqlReplica))
            if (const Component *f = a.component(id); f && text(*f, "instanceType") == current->name)
                edits.push_back(ChangeComponent{id, {}, {}, {}, {{"instanceType", next->name}}, {}});
        return step(StepKind::ScaleReads, QStringLiteral("Larger read followers"),
                    QStringLiteral("Move the read followers of %1 from %2 to %3: more memory holds more connections.")
                        .arg(primary->label, current->name, next->name),
                    edits);
    }

    Proposal scaleParam(const Component &c, const char *param, StepKind kind, const QString &title, const QString &sentence) const
    {
        const double v = number(c, param);
        return step(kind, title, sentence.arg(c.label, humanNumber(v * 2)), {ChangeComponent{c.id, {}, {}, {}, {{QLatin1String(param), v * 2}}, {}}});
    }

    std::vector<Proposal> candidates(const ComponentModel &m, int resource, LimitKind limit) const
    {
        const Component &c = *a.component(m.id);
        std::vector<Proposal> out;
        auto add = [&](std::optional<Proposal> p) {
            if (p)
                out.push_back(std::move(*p));
        };
        switch (limit) {
        case LimitKind::SingleServer:
            out.push_back(separateDatabase(c));
            break;
        case LimitKind::WebTier: {
            bool balanced = false;
            for (const QString &s : senders(c.id))
                balanced = balanced || roleOf(s) == Role::LoadBalancer;
            const bool localSessions = m.resources.size() > 1 && m.resources[1].perUser > 0;
            const Group *asg = autoScalingGroupOf(c);
            if (!balanced)
                out.push_back(loadBalancer(c));
            if (localSessions || !asg)
                out.push_back(statelessAutoScaling(c, localSessions));
            if (asg)
                out.push_back(raiseAutoScaling(c, *asg));
            add(largerInstance(c, StepKind::ScaleWebTier, true));
            break;
        }
        case LimitKind::DatabaseReads: {
            const Component *primary = primaryOf(c);
            if (!primary)
                break;
            const bool replicas = !targets(primary->id, Role::SqlReplica).isEmpty();
            bool cached = false;
            for (const QString &s : senders(primary->id))
                cached = cached || roleOf(s) == Role::Cache;
            const Component *like = roleOf(c.id) == Role::SqlReplica ? &c : nullptr;
            if (!replicas)
                out.push_back(readReplica(*primary, nullptr));
            if (!cached)
                add(cache(*primary));
            if (replicas)
                out.push_back(readReplica(*primary, like));
            add(largerInstance(c, StepKind::ScaleReads, true));
            break;
        }
        case LimitKind::DatabaseWrites: {
            const Component *primary = primaryOf(c);
            if (!primary) {
                if (m.role == Role::NoSql)
                    out.push_back(scaleParam(c, "tableWriteLimit", StepKind::RaiseLimit, QStringLiteral("Higher table quota"),
                                             QStringLiteral("Ask AWS to raise %1's write quota to %2 units/s.")));
                break;
            }
            out.push_back(shard(*primary));
            add(writeQueue(*primary));
            break;
        }
        case LimitKind::DatabaseConnections:
            if (m.role == Role::SqlReplica)
                add(largerFollowers(c));
            [[fallthrough]];
        case LimitKind::DatabaseStorage:
            add(largerInstance(c, StepKind::ScaleWrites, false));
            if (const Component *primary = primaryOf(c))
                out.push_back(shard(*primary));
            break;
        case LimitKind::Cache:
            out.push_back(scaleParam(c, "nodes", StepKind::ScaleReads, QStringLiteral("More cache nodes"),
                                     QStringLiteral("Grow %1 to %2 nodes.")));
            break;
        case LimitKind::StaticDelivery:
            if (m.role == Role::ObjectStore)
                out.push_back(scaleParam(c, "prefixes", StepKind::OffloadStatic, QStringLiteral("More S3 prefixes"),
                                         QStringLiteral("Spread %1 over %2 key prefixes: S3's request rates apply per prefix.")));
            else
                out.push_back(scaleParam(c, "rpsLimit", StepKind::RaiseLimit, QStringLiteral("Higher CloudFront quota"),
                                         QStringLiteral("Ask AWS to raise %1's request quota to %2 req/s.")));
            break;
        case LimitKind::ServiceLimit: {
            const ResourceModel &r = m.resources[size_t(resource)];
            const char *param = m.role == Role::Function ? "concurrencyLimit" : m.role == Role::Queue ? "fifoLimit" : "rpsLimit";
            out.push_back(scaleParam(c, param, StepKind::RaiseLimit, QStringLiteral("Higher quota"),
                                     QStringLiteral("Ask AWS to raise %1's ") + r.name + QStringLiteral(" quota to %2.")));
            break;
        }
        case LimitKind::None:
            break;
        }
        return out;
    }

private:
    const Architecture &a;
    const Catalog &cat;
};

} // namespace

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::SeparateDatabase: return QStringLiteral("separate database");
    case StepKind::ScaleWebTier: return QStringLiteral("scale the web tier");
    case StepKind::ScaleReads: return QStringLiteral("scale reads");
    case StepKind::ScaleWrites: return QStringLiteral("scale writes");
    case StepKind::OffloadStatic: return QStringLiteral("offload static files");
    case StepKind::RaiseLimit: return QStringLiteral("raise a quota");
    case StepKind::Resilience: return QStringLiteral("resilience");
    }
    return {};
}

std::vector<Proposal> propose(const Architecture &a, double users, const Catalog &catalog)
{
    return propose(a, compileNetwork(a, catalog), users, catalog);
}

std::vector<Proposal> propose(const Architecture &a, const Network &before, double users, const Catalog &catalog)
{
    if (before.ceilingComponent < 0 || before.ceilingResource < 0)
        return {};
    const ComponentModel &first = before.components[size_t(before.ceilingComponent)];
    const LimitKind limit = classifyLimit(first, before.ceilingResource);
    const double costBefore = evaluate(before, users).monthlyCost;
    const double sloBefore = sloCeilingUsers(before);

    std::vector<Proposal> out;
    for (Proposal &p : Advisor(a, catalog).candidates(first, before.ceilingResource, limit)) {
        Architecture after = a;
        bool applies = true;
        for (const Edit &e : p.edits)
            applies = applies && applyEdit(after, e, nullptr);
        if (!applies || validateArchitecture(after, catalog))
            continue;
        const Network n = compileNetwork(after, catalog);
        if (!(n.ceilingUsers > before.ceilingUsers))
            continue;
        p.ceilingBefore = before.ceilingUsers;
        p.ceilingAfter = n.ceilingUsers;
        p.sloCeilingBefore = sloBefore;
        p.sloCeilingAfter = sloCeilingUsers(n);
        if (n.ceilingComponent >= 0 && n.ceilingResource >= 0) {
            const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
            p.limitAfter = classifyLimit(c, n.ceilingResource);
            p.firstToBreakAfter = c.label + ' ' + c.resources[size_t(n.ceilingResource)].name;
        }
        p.monthlyCostBefore = costBefore;
        p.monthlyCostAfter = evaluate(n, users).monthlyCost;
        out.push_back(std::move(p));
    }
    return out;
}

namespace {

std::optional<StepKind> kindOfAdded(const Component &c, const Architecture &before, const Catalog &cat)
{
    const KindSpec *k = cat.kind(c.kind);
    const bool sessions = k->param(QStringLiteral("sessionStore")) && cat.flag(*k, c.params, QStringLiteral("sessionStore"));
    switch (k->role) {
    case Role::LoadBalancer:
    case Role::Compute:
        return c.kind == QLatin1String("worker") ? StepKind::ScaleWrites : StepKind::ScaleWebTier;
    case Role::SqlReplica:
        return StepKind::ScaleReads;
    case Role::Cache:
        return sessions ? StepKind::ScaleWebTier : StepKind::ScaleReads;
    case Role::NoSql:
        return sessions ? StepKind::ScaleWebTier : StepKind::ScaleWrites;
    case Role::SqlPrimary: {
        for (const Component &x : before.components)
            if (cat.kind(x.kind)->param(QStringLiteral("localDatabase")) && cat.flag(*cat.kind(x.kind), x.params, QStringLiteral("localDatabase")))
                return StepKind::SeparateDatabase;
        return StepKind::ScaleWrites; // federation: another primary
    }
    case Role::Queue:
        return StepKind::ScaleWrites;
    case Role::Cdn:
    case Role::ObjectStore:
        return StepKind::OffloadStatic;
    default:
        return std::nullopt;
    }
}

} // namespace

std::set<StepKind> stepKinds(const Architecture &before, const std::vector<Edit> &edits, const Catalog &cat)
{
    std::set<StepKind> kinds;
    Architecture a = before;
    for (const Edit &edit : edits) {
        std::visit(Overloaded{
            [&](const AddComponent &e) {
                if (auto k = kindOfAdded(e.component, a, cat))
                    kinds.insert(*k);
            },
            [&](const ChangeComponent &e) {
                const Component *c = a.component(e.id);
                if (!c)
                    return;
                const Role role = cat.kind(c->kind)->role;
                for (auto it = e.set.begin(); it != e.set.end(); ++it) {
                    const QString &p = it.key();
                    if (p == QLatin1String("localDatabase"))
                        kinds.insert(StepKind::SeparateDatabase);
                    else if (p.endsWith(QLatin1String("Limit")))
                        kinds.insert(StepKind::RaiseLimit);
                    else if (p == QLatin1String("shards"))
                        kinds.insert(StepKind::ScaleWrites);
                    else if (p == QLatin1String("prefixes"))
                        kinds.insert(StepKind::OffloadStatic);
                    else if (p == QLatin1String("multiAz"))
                        kinds.insert(StepKind::Resilience);
                    else if (role == Role::Compute && (p == QLatin1String("count") || p == QLatin1String("instanceType")))
                        kinds.insert(StepKind::ScaleWebTier);
                    else if ((role == Role::SqlReplica || role == Role::Cache) && p != QLatin1String("sessionStore"))
                        kinds.insert(StepKind::ScaleReads);
                    else if (role == Role::SqlPrimary && (p == QLatin1String("iops") || p == QLatin1String("instanceType")))
                        kinds.insert(StepKind::ScaleWrites);
                    else if (p == QLatin1String("zones"))
                        kinds.insert(StepKind::Resilience);
                }
                if (e.group && a.group(*e.group) && a.group(*e.group)->kind == QLatin1String("auto-scaling-group"))
                    kinds.insert(StepKind::ScaleWebTier);
            },
            [&](const AddGroup &e) {
                if (e.group.kind == QLatin1String("auto-scaling-group"))
                    kinds.insert(StepKind::ScaleWebTier);
                else if (e.group.kind != QLatin1String("vpc"))
                    kinds.insert(StepKind::Resilience);
            },
            [&](const ChangeGroup &e) {
                if (e.set.contains(QStringLiteral("maxSize")))
                    kinds.insert(StepKind::ScaleWebTier);
            },
            [](const auto &) {},
        }, edit);
        applyEdit(a, edit, nullptr);
    }
    return kinds;
}

} // namespace scalescope
