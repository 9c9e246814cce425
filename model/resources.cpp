// Resources, latency, availability and cost figures of each role
// from the routed per-user traffic.
#include "routing.h"
#include "workload.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

namespace scalescope {

namespace {

constexpr double kMonthSeconds = 730.0 * 3600.0;
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr double kMySqlBytesPerConnection = 12582880.0; // [AWS] RDS MySQL max_connections divisor
// [AWS] RDS gp3 (MySQL, PostgreSQL, MariaDB): 3,000 IOPS under 400 GiB,
// 12,000 from 400 GiB, striped over four volumes (docs/sources.md).
constexpr double kGp3SmallIops = 3000.0;
constexpr double kGp3StripedIops = 12000.0;
constexpr double kGp3StripedFromGiB = 400.0;
constexpr double kEbsGp3IncludedIops = 3000.0; // [AWS] EBS gp3 baseline, any size
// [AWS] RDS gp3 throughput: 125 MiB/s under 400 GiB, 500 MiB/s from 400 GiB.
constexpr double kGp3SmallMiBps = 125.0;
constexpr double kGp3StripedMiBps = 500.0;
constexpr double kInnoDbPageMiB = 16.0 / 1024; // [3P] MySQL innodb_page_size default 16 KiB: what one I/O moves

class Builder {
public:
    Builder(Network &network, const RoutingGraph &graph, const CompileParams &parameters, const Catalog &catalog)
        : net(network), g(graph), params(parameters), cat(catalog), w(network.workload)
    {
        // (The pairs never written would add +0.0 to sums that start at +0.0: skipped, the same bits.)
        for (const ComponentModel &x : network.components) {
            if (x.role == Role::SqlPrimary || x.role == Role::NoSql)
                x.arrival.forEachWritten([this](int, int op, double rate) { allWrites += op == OpDbWrite ? rate : 0.0; });
            if (x.role == Role::Cache)
                x.arrival.forEachWritten([this](int, int op, double rate) { allLookups += op == OpDbRead ? rate : 0.0; });
        }
        // What users reach without a CDN in front: its answers leave AWS as
        // internet data transfer.
        fromInternet.assign(network.components.size(), 0.0);
        for (const ComponentModel &x : network.components)
            if (x.role == Role::Client || x.role == Role::Dns || x.role == Role::Passthrough)
                for (const Flow &f : x.sent)
                    fromInternet[size_t(f.to)] += f.perUser;
    }

    double p(ParamName name) const { return params.number(current, name); }
    bool has(ParamName name) const { return params.has(current, name); }
    bool flag(ParamName name) const { return params.flag(current, name); }
    double total(int op) const { return totals[size_t(op)]; }
    // The component's arrival as a full table, read many times below.
    void readArrival()
    {
        rates = {};
        m->arrival.forEachWritten([this](int cls, int op, double rate) { rates[size_t(cls)][size_t(op)] = rate; });
        for (int op = 0; op < OpCount; ++op) {
            double t = 0;
            for (int cls = 0; cls < ClassCount; ++cls)
                t += rates[size_t(cls)][size_t(op)];
            totals[size_t(op)] = t;
        }
    }
    const InstanceType *type(ParamName param) const
    {
        const ParamSpec *spec = params.spec(current, param);
        return spec ? cat.instanceType(spec->table, params.text(current, param)) : nullptr;
    }
    // A price by its key, a string literal: each key is looked up once per
    // compile, not made into a QString and hashed on every call.
    double price(const char *key) const
    {
        for (const auto &[known, usd] : prices)
            if (known == key)
                return usd;
        const double usd = cat.price(QString::fromLatin1(key));
        prices.emplace_back(key, usd);
        return usd;
    }
    double monthlyRequests(double ratePerUser) const { return ratePerUser / w.peakToAverage * kMonthSeconds; }
    // GB a month per user for KiB/s per user at the peak.
    double monthlyGb(double kibPerSecond) const { return monthlyRequests(kibPerSecond) / (1024.0 * 1024.0); }
    // ... of responses for request rates per user.
    double monthlyGb(double staticRate, double dynamicRate) const
    {
        return monthlyGb(staticRate * w.staticObjectKiB + dynamicRate * w.dynamicResponseKiB);
    }

    // A resource's name or unit, or a bill's item, as the program-wide copy
    // (sharedtext.h). They are literals here: each is looked up in the
    // program's set once per compile, then found by its address in a small
    // table (two literals whose addresses share a slot take turns in it).
    SharedText shared(const QString &text) const
    {
        if (text.capacity() != 0) // not a literal: its buffer may hold another text later
            return SharedText(text);
        const auto address = reinterpret_cast<std::uintptr_t>(text.constData());
        auto &[data, known] = texts[(address >> 4) % texts.size()];
        if (data != text.constData()) {
            data = text.constData();
            known = SharedText(text);
        }
        return known;
    }

    CostLine &bill(CostKind kind, const QString &item)
    {
        CostLine line;
        line.kind = kind;
        line.item = shared(item);
        m->costLines.push_back(std::move(line));
        return m->costLines.back();
    }
    void billFixed(CostKind kind, const QString &item, double usd) { bill(kind, item).monthlyFixed = usd; }
    void billPerInstance(CostKind kind, const QString &item, double usd) { bill(kind, item).perInstance = usd; }
    void billPerUser(CostKind kind, const QString &item, double usd) { bill(kind, item).perUser = usd; }
    // A volume priced by a tier schedule that all components share.
    void billTiered(const char *schedule, const QString &item, double unitsPerUser)
    {
        const QString key = QLatin1String(schedule);
        int index = int(net.priceTierKeys.indexOf(key));
        if (index < 0) {
            const PriceTiers *tiers = cat.priceTiers(key);
            if (!tiers)
                return; // a catalog without the schedule prices nothing for it
            net.priceTiers.push_back(*tiers);
            net.priceTierKeys << key;
            index = int(net.priceTiers.size()) - 1;
        }
        CostLine &line = bill(CostKind::Transfer, item);
        line.perUser = unitsPerUser;
        line.tierSchedule = index;
    }
    // Surplus credits of a burstable type in unlimited mode, per copy.
    void billCredits(const InstanceType *t, const char *price)
    {
        if (!t || t->baseline >= 1 || !unlimited())
            return;
        CostLine &line = bill(CostKind::CpuCredits, QStringLiteral("surplus CPU credits"));
        const QString key = t->creditPrice.isEmpty() ? QString::fromLatin1(price) : t->creditPrice;
        line.perInstance = t->vcpus * cat.price(key) * 730;
        line.creditBaseline = t->baseline;
    }
    bool unlimited() const { return has("unlimitedCredits") && flag("unlimitedCredits"); }
    // A burstable type runs at full speed in unlimited mode, at its baseline in standard mode.
    double speed(const InstanceType *t) const { return !t || unlimited() ? 1.0 : t->baseline; }
    // Availability zones a component serves from: fleets and cache clusters
    // spread over `zones`; a database answers from its primary's (a standby
    // or a follower is one instance in one zone). 0: a regional service
    // (Lambda, DynamoDB, SQS, S3, load balancers), reached at no zone charge.
    double servingZones(size_t k) const
    {
        const ComponentModel &x = net.components[k];
        switch (x.role) {
        case Role::Compute:
        case Role::Cache:
            return std::max(1.0, params.number(k, "zones"));
        case Role::SqlPrimary:
        case Role::SqlReplica:
            return 1;
        default:
            return 0;
        }
    }
    // What a fleet's calls to zonal services pay for crossing zones: with
    // callers spread evenly over `a` zones and callees over `b` that share
    // the smaller set, a call stays in its zone with chance min(a, b) / (a b).
    // Each GB that crosses is billed out of one zone and into the other.
    void billCrossZone(size_t k)
    {
        const double a = servingZones(k);
        double gb = 0;
        for (const Flow &f : m->sent) {
            const double b = servingZones(size_t(f.to));
            if (a <= 0 || b <= 0)
                continue;
            const double crossing = 1.0 - std::min(a, b) / (a * b);
            gb += crossing * monthlyGb(f.kibPerUser);
        }
        if (gb > 0)
            billPerUser(CostKind::Transfer, QStringLiteral("data across zones"), gb * 2 * price("interAzGbEachWay"));
    }

    void billInternetDataOut(size_t k, double http)
    {
        const double share = http > 0 ? std::min(1.0, fromInternet[k] / http) : 0;
        if (share > 0)
            billTiered("internetDataOut", QStringLiteral("data out to the internet"),
                       share * monthlyGb(total(OpStatic), total(OpRead) + total(OpWrite)));
    }

    // A queueing resource whose per-op service times (seconds) set the
    // mean; also records per-class visits and service seconds.
    ResourceModel &queue(const QString &name, const std::array<double, OpCount> &serviceTime, double servers,
                         bool perInstance, double copies, Discipline discipline)
    {
        ResourceModel r;
        r.name = shared(name);
        r.unit = shared(QStringLiteral("req/s"));
        r.type = ResourceType::Queueing;
        r.discipline = discipline;
        double rate = 0, work = 0, squares = 0;
        for (int op = 0; op < OpCount; ++op) {
            const double s = serviceTime[size_t(op)];
            rate += total(op) * (s > 0 ? 1 : 0);
            work += total(op) * s;
            squares += total(op) * 2 * s * s; // an exponential time's second moment
        }
        r.perUser = rate;
        QueueTerms<OpCount>::Figures figures;
        figures.serviceTime = rate > 0 ? work / rate : 0;
        figures.serviceSquaredMean = rate > 0 ? squares / rate : 0;
        figures.servers = servers;
        figures.fixedCopies = copies;
        r.queue.set(figures, serviceTime);
        r.copiesAreInstances = perInstance;
        double writeWork = 0;
        for (int op : {OpWrite, OpDbWrite, OpReplication, OpJob})
            writeWork += total(op) * serviceTime[size_t(op)];
        r.writeShare = work > 0 ? std::min(1.0, writeWork / work) : 0;
        m->cpuWorkPerUser = work;
        m->resources.push_back(std::move(r));
        m->queueResource = std::int16_t(m->resources.size() - 1);
        return m->resources.back();
    }

    ResourceModel &add(const QString &name, const QString &unit, ResourceType type, double perUser, double capacity)
    {
        ResourceModel r;
        r.name = shared(name);
        r.unit = shared(unit);
        r.type = type;
        r.perUser = perUser;
        r.fixedCapacity = capacity;
        m->resources.push_back(std::move(r));
        return m->resources.back();
    }

    double dataShare() const
    {
        // A database holds the share of the data it receives writes for.
        const double mine = total(OpDbWrite) + total(OpReplication);
        return allWrites > 0 ? mine / allWrites : 1.0;
    }

    void connections(size_t k, double maxConnections, double copies)
    {
        ResourceModel &r = add(QStringLiteral("connections"), QStringLiteral("connections"), ResourceType::Capacity, 0,
                               maxConnections * copies);
        std::vector<ResourceExtras::Pool> pools;
        pools.reserve(g.dataSenders[k].size());
        for (int sender : g.dataSenders[k]) {
            const ComponentModel &s = net.components[size_t(sender)];
            if (s.role == Role::Compute)
                pools.emplace_back(sender, params.number(size_t(sender), "dbPoolSize"));
        }
        r.extras.setPools(pools);
    }

    void compute(size_t k)
    {
        const InstanceType *t = type("instanceType");
        const double baseline = speed(t);
        const double servers = p("serversPerInstance");
        const double spi = servers > 0 ? servers : (t ? t->vcpus : 1);
        const bool localDb = flag("localDatabase");
        std::array<double, OpCount> s{};
        s[OpStatic] = p("staticServiceTimeMs") / 1000 / baseline;
        s[OpRead] = s[OpWrite] = p("requestServiceTimeMs") / 1000 / baseline;
        s[OpJob] = p("jobServiceTimeMs") / 1000 / baseline;
        if (localDb) {
            s[OpDbRead] = p("dbReadServiceTimeMs") / 1000 / baseline;
            s[OpDbWrite] = p("dbWriteServiceTimeMs") / 1000 / baseline;
        }
        // A fixed fleet loses its instances in a failed zone; an auto scaling group replaces them.
        m->count = m->autoScaled ? m->minInstances() : std::max(1.0, std::ceil(p("count") * m->survivingShare() - 1e-9));
        m->localDatabase = localDb;
        m->serversPerInstance = spi;
        queue(QStringLiteral("CPU"), s, spi, true, 1, Discipline::ProcessorSharing);

        ResourceModel &mem = add(QStringLiteral("memory"), QStringLiteral("MiB"), ResourceType::Capacity, 0, 0);
        mem.perInstance = p("baseMemoryMiB") + (localDb ? p("dbMemoryMiB") : 0);
        mem.capacityPerInstance = (t ? t->memoryGiB : 1) * 1024;
        if (g.localSessions[k]) {
            const double dynamic = net.classRatePerUser[ClassRead] + net.classRatePerUser[ClassWrite];
            const double share = dynamic > 0 ? (total(OpRead) + total(OpWrite)) / dynamic : 0;
            mem.perUser = peakOnlineShare(w) * share * w.sessionKiB / 1024;
        }
        // A database on the same host keeps its working set in the same memory.
        if (localDb)
            mem.perUser += w.dataPerUserMiB * p("dbWorkingSetShare");
        if (localDb) {
            add(QStringLiteral("disk IOPS"), QStringLiteral("IOPS"), ResourceType::Capacity,
                total(OpDbWrite) * p("iopsPerWrite") + total(OpDbRead) * p("iopsPerRead"), p("ebsIops"));
            add(QStringLiteral("storage"), QStringLiteral("GiB"), ResourceType::Capacity, w.dataPerUserMiB / 1024, p("ebsGiB"));
        }
        const double zones = p("zones");
        m->availability = p("instanceAvailability");
        m->zoneCap = zones >= 2 ? p("multiAzAvailability") : p("instanceAvailability");
        m->fleetAvailability = true;
        billPerInstance(CostKind::Compute, QStringLiteral("instances"), (t ? t->hourlyUsd : 0) * 730);
        billCredits(t, "ec2CpuCreditVcpuHour");
        billPerInstance(CostKind::Storage, QStringLiteral("EBS volumes"), p("ebsGiB") * price("ebsGbMonth"));
        if (const double ebsIops = p("ebsIops"); ebsIops > kEbsGp3IncludedIops)
            billPerInstance(CostKind::Storage, QStringLiteral("provisioned IOPS"),
                            (ebsIops - kEbsGp3IncludedIops) * price("ebsGp3IopsMonth"));
        billInternetDataOut(k, total(OpStatic) + total(OpRead) + total(OpWrite));
        billCrossZone(k);
    }

    // The engine keeps what it can of the working set in its buffer pool, a
    // share of the instance's memory. Reads of older data miss it anyway
    // (`iopsPerRead`); reads of the working set miss it in the share that
    // does not fit, which grows with the data once the working set is larger
    // than the pool: with W(u) = w u and pool B, the extra misses are
    // reads x (1 - B / W(u)) = reads/user x (u - B / w), from u = B / w on.
    void bufferPoolMisses(ResourceModel &io, const InstanceType *t, double dataGiBPerUser)
    {
        const double workingGiBPerUser = dataGiBPerUser * p("dbWorkingSetShare");
        const double poolGiB = (t ? t->memoryGiB : 0) * p("bufferPoolShare");
        if (!(workingGiBPerUser > 0) || !(poolGiB > 0))
            return;
        io.extras.setAbove(poolGiB / workingGiBPerUser, total(OpDbRead) * (1 - std::min(1.0, p("iopsPerRead"))));
    }

    void sql(size_t k)
    {
        const InstanceType *t = type("instanceType");
        const double baseline = speed(t);
        const double servers = p("serversPerInstance");
        const double spi = servers > 0 ? servers : (t ? t->vcpus : 1);
        // A replica of a sharded primary stands for one replica per shard.
        const double shards = has("shards") ? p("shards") : g.replicaCopies[k];
        const double replicationCost = has("replicationCost") ? p("replicationCost") : 0;
        std::array<double, OpCount> s{};
        s[OpDbRead] = p("readServiceTimeMs") / 1000 / baseline;
        s[OpDbWrite] = p("writeServiceTimeMs") / 1000 / baseline;
        s[OpReplication] = s[OpDbWrite] * replicationCost;
        queue(QStringLiteral("queries"), s, spi, false, shards, Discipline::ProcessorSharing);
        const double iopsPerWrite = p("iopsPerWrite");
        const double writeIops = total(OpDbWrite) * iopsPerWrite + total(OpReplication) * iopsPerWrite * replicationCost;
        const double iops = writeIops + total(OpDbRead) * p("iopsPerRead");
        const double provisionedIops = p("iops");
        ResourceModel &io = add(QStringLiteral("IOPS"), QStringLiteral("IOPS"), ResourceType::Capacity, iops,
                                (provisionedIops > 0 ? provisionedIops : kGp3SmallIops) * shards);
        io.writeShare = iops > 0 ? writeIops / iops : 0;
        const double gibPerUser = w.dataPerUserMiB / 1024 * dataShare() / shards; // on each copy
        bufferPoolMisses(io, t, gibPerUser);
        // Storage autoscaling grows the volume with the data; from 400 GiB it
        // is striped, with more IOPS and throughput.
        const double stripedFrom = gibPerUser > 0 ? kGp3StripedFromGiB / gibPerUser : std::numeric_limits<double>::infinity();
        if (provisionedIops <= 0)
            io.extras.setStep(stripedFrom, (kGp3StripedIops - kGp3SmallIops) * shards);
        const double ioWriteShare = io.writeShare;
        const double ioAboveUsers = io.aboveUsers(), ioPerUserAbove = io.perUserAbove();
        // RDS gp3 volumes carry a throughput setting; Aurora's cluster volume
        // has neither that nor provisioned IOPS.
        const bool gp3 = has("storageThroughputMiBps");
        const double provisionedThroughput = gp3 ? p("storageThroughputMiBps") : 0;
        if (gp3) {
            // Each I/O moves a page; the volume's throughput follows its size like its IOPS.
            const double provisioned = provisionedThroughput;
            ResourceModel &bytes = add(QStringLiteral("throughput"), QStringLiteral("MiB/s"), ResourceType::Capacity,
                                       iops * kInnoDbPageMiB, (provisioned > 0 ? provisioned : kGp3SmallMiBps) * shards);
            bytes.writeShare = ioWriteShare;
            bytes.extras.setAbove(ioAboveUsers, ioPerUserAbove * kInnoDbPageMiB);
            if (provisioned <= 0)
                bytes.extras.setStep(stripedFrom, (kGp3StripedMiBps - kGp3SmallMiBps) * shards);
        }
        double maxConnections = p("maxConnections");
        if (maxConnections <= 0 && t)
            maxConnections = t->maxConnections > 0 ? t->maxConnections : std::floor(t->memoryGiB * kGiB / kMySqlBytesPerConnection);
        connections(k, maxConnections, shards);
        add(QStringLiteral("storage"), QStringLiteral("GiB"), ResourceType::Capacity,
            w.dataPerUserMiB / 1024 * dataShare(), p("storageGiB") * shards);
        const bool multiAz = has("multiAz") && flag("multiAz");
        m->availability = multiAz ? p("multiAzAvailability") : p("availability");
        const double copies = shards * (multiAz ? 2 : 1);
        billFixed(CostKind::Compute, multiAz ? QStringLiteral("instances with standby") : QStringLiteral("instances"),
                  copies * (t ? t->hourlyUsd : 0) * 730);
        // Only the serving copies burn credits (a standby only applies the log).
        if (t && t->baseline < 1 && unlimited()) {
            billCredits(t, "rdsCpuCreditVcpuHour");
            m->costLines.back().perInstance *= shards;
        }
        // gp3 IOPS and throughput are provisioned from 400 GiB, where 12,000
        // IOPS and 500 MiB/s come with the volume; only what is above them is
        // billed (on the standby too).
        if (gp3 && provisionedIops > kGp3StripedIops)
            billFixed(CostKind::Storage, QStringLiteral("provisioned IOPS"),
                      copies * (provisionedIops - kGp3StripedIops) * price("rdsGp3IopsMonth"));
        if (gp3 && provisionedThroughput > kGp3StripedMiBps)
            billFixed(CostKind::Storage, QStringLiteral("provisioned throughput"),
                      copies * (provisionedThroughput - kGp3StripedMiBps) * price("rdsGp3ThroughputMiBpsMonth"));
        // Storage grows with the data and is billed on what is used (twice with a standby).
        billPerUser(CostKind::Storage, QStringLiteral("storage"),
                    w.dataPerUserMiB / 1024 * dataShare() * (multiAz ? 2 : 1) * price("rdsStorageGbMonth"));
    }

    void cache(size_t)
    {
        const InstanceType *t = type("nodeType");
        const double nodes = p("nodes");
        std::array<double, OpCount> s{};
        s[OpDbRead] = s[OpSession] = p("opServiceTimeMs") / 1000;
        queue(QStringLiteral("operations"), s, p("serversPerNode"), false, nodes, Discipline::Fcfs);
        const double share = allLookups > 0 ? total(OpDbRead) / allLookups : 0;
        double perUser = p("hotDataPerUserKiB") / 1024 * share;
        if (flag("sessionStore"))
            perUser += peakOnlineShare(w) * w.sessionKiB / 1024;
        add(QStringLiteral("memory"), QStringLiteral("MiB"), ResourceType::Capacity, perUser,
            nodes * (t ? t->memoryGiB : 1) * 1024);
        const double zones = p("zones");
        m->availability = zones >= 2 ? p("multiAzAvailability") : p("availability");
        billFixed(CostKind::Compute, zones >= 2 ? QStringLiteral("nodes with replicas") : QStringLiteral("nodes"),
                  nodes * (zones >= 2 ? 2 : 1) * (t ? t->hourlyUsd : 0) * 730);
    }

    void build(size_t k)
    {
        current = k;
        m = &net.components[k];
        readArrival();
        m->resources.clear();
        m->costLines.clear();
        m->count = 1;
        m->availability = has("availability") ? p("availability") : 1.0;
        const double fixedLatency = has("latencyMs") ? p("latencyMs") / 1000 : 0;
        m->extras.update([fixedLatency](auto &t) { t.fixedLatency = fixedLatency; });
        const double http = total(OpStatic) + total(OpRead) + total(OpWrite);
        switch (m->role) {
        case Role::Client:
            break;
        case Role::Dns:
            billFixed(CostKind::Other, QStringLiteral("hosted zone"), price("route53ZoneMonth"));
            if (flag("healthChecks"))
                billFixed(CostKind::Other, QStringLiteral("health checks"),
                          double(g.targetCounts[k]) * price("route53HealthCheckMonth"));
            billPerUser(CostKind::Requests, QStringLiteral("queries"),
                        monthlyRequests(http * p("queriesPerRequest")) * price("route53PerMillion") / 1e6);
            break;
        case Role::Passthrough:
            if (m->kind->id == QLatin1String("elastic-ip"))
                billFixed(CostKind::Other, QStringLiteral("public IPv4 address"), price("elasticIpHour") * 730);
            break;
        case Role::Cdn:
            add(QStringLiteral("requests"), QStringLiteral("req/s"), ResourceType::Limit, http, p("rpsLimit"));
            billPerUser(CostKind::Requests, QStringLiteral("HTTPS requests"),
                        monthlyRequests(http) * price("cloudfrontPer10kRequests") / 1e4);
            billTiered("cloudfrontDataOut", QStringLiteral("data out to the internet"),
                       monthlyGb(total(OpStatic), total(OpRead) + total(OpWrite)));
            break;
        case Role::ObjectStore:
            add(QStringLiteral("GET requests"), QStringLiteral("req/s"), ResourceType::Limit, total(OpStatic),
                p("getLimitPerPrefix") * p("prefixes"));
            billFixed(CostKind::Storage, QStringLiteral("storage"), p("storageGiB") * price("s3GbMonth"));
            billPerUser(CostKind::Requests, QStringLiteral("GET requests"),
                        monthlyRequests(total(OpStatic)) * price("s3GetPer1k") / 1e3);
            billInternetDataOut(k, http);
            break;
        case Role::LoadBalancer: {
            if (p("rpsLimit") > 0)
                add(QStringLiteral("requests"), QStringLiteral("req/s"), ResourceType::Limit, http, p("rpsLimit"));
            // LCUs at the average rate: the larger of new connections and bytes processed.
            const double avg = 1.0 / w.peakToAverage;
            const double lcuConn = http * avg * p("newConnectionsPerRequest") / price("albNewConnectionsPerLcu");
            const double lcuBytes = (total(OpStatic) * w.staticObjectKiB + (total(OpRead) + total(OpWrite)) * w.dynamicResponseKiB)
                * avg * 3600 / (1024.0 * 1024.0) / price("albGbPerLcuHour");
            billFixed(CostKind::Compute, QStringLiteral("load balancer hours"), p("hourlyUsd") * 730);
            billPerUser(CostKind::Requests, QStringLiteral("capacity units"),
                        std::max(lcuConn, lcuBytes) * p("lcuHourUsd") * 730
                            + monthlyRequests(http) * p("perMillionRequestsUsd") / 1e6);
            billInternetDataOut(k, http);
            break;
        }
        case Role::Compute:
            compute(k);
            break;
        case Role::Function: {
            const double invocations = total(OpRead) + total(OpWrite) + total(OpJob);
            const double seconds = p("durationMs") / 1000;
            const double coldStart = p("coldStartMs") / 1000;
            add(QStringLiteral("concurrency"), QStringLiteral("executions"), ResourceType::Limit,
                invocations * seconds, p("concurrencyLimit"));
            m->extras.update([&](auto &t) {
                t.coldStartSeconds = coldStart;
                for (int cls = 0; cls < kUserClasses; ++cls) {
                    const auto &a = rates[size_t(cls)];
                    const double rate = net.classRatePerUser[size_t(cls)];
                    t.serviceSeconds[size_t(cls)] = rate > 0 ? (a[OpRead] + a[OpWrite] + a[OpJob]) * seconds / rate : 0;
                }
            });
            billPerUser(CostKind::Requests, QStringLiteral("invocations"),
                        monthlyRequests(invocations) * price("lambdaPerMillion") / 1e6);
            billPerUser(CostKind::Compute, QStringLiteral("GB-seconds"),
                        monthlyRequests(invocations) * seconds * p("memoryMiB") / 1024 * price("lambdaGbSecond"));
            billInternetDataOut(k, http);
            break;
        }
        case Role::Cache:
            cache(k);
            break;
        case Role::SqlPrimary:
            sql(k);
            break;
        case Role::SqlReplica:
            sql(k);
            break;
        case Role::NoSql: {
            const double reads = (total(OpDbRead) + total(OpSession)) * p("readUnitsPerRead");
            const double writes = total(OpDbWrite) * p("writeUnitsPerWrite");
            add(QStringLiteral("read units"), QStringLiteral("RRU/s"), ResourceType::Limit, reads, p("tableReadLimit"));
            add(QStringLiteral("write units"), QStringLiteral("WRU/s"), ResourceType::Limit, writes, p("tableWriteLimit")).writeShare = 1;
            billPerUser(CostKind::Requests, QStringLiteral("read request units"),
                        monthlyRequests(reads) * price("dynamoPerMillionRead") / 1e6);
            billPerUser(CostKind::Requests, QStringLiteral("write request units"),
                        monthlyRequests(writes) * price("dynamoPerMillionWrite") / 1e6);
            billPerUser(CostKind::Storage, QStringLiteral("storage"),
                        w.dataPerUserMiB / 1024 * dataShare() * price("dynamoGbMonth"));
            break;
        }
        case Role::Queue: {
            const bool fifo = flag("fifo");
            if (fifo)
                add(QStringLiteral("messages"), QStringLiteral("msg/s"), ResourceType::Limit, total(OpDbWrite), p("fifoLimit")).writeShare = 1;
            billPerUser(CostKind::Requests, QStringLiteral("requests"),
                        monthlyRequests(total(OpDbWrite) * p("requestsPerMessage"))
                            * price(fifo ? "sqsFifoPerMillion" : "sqsPerMillion") / 1e6);
            break;
        }
        case Role::Monitoring:
            billFixed(CostKind::Other, QStringLiteral("monthly fee"), p("monthlyUsd"));
            break;
        }
        for (int cls = 0; cls < kUserClasses; ++cls) {
            double visits = 0;
            for (double r : rates[size_t(cls)])
                visits += r;
            const double rate = net.classRatePerUser[size_t(cls)];
            m->visits[size_t(cls)] = rate > 0 ? visits / rate : 0;
        }
    }

private:
    Network &net;
    const RoutingGraph &g;
    const CompileParams &params;
    const Catalog &cat;
    const Workload &w;
    size_t current = 0; // the component being built, and its model
    ComponentModel *m = nullptr;
    std::array<std::array<double, OpCount>, ClassCount> rates{}; // m's arrival, every pair
    std::array<double, OpCount> totals{};                         // per op, all classes
    double allWrites = 0;  // data writes over all primary stores
    double allLookups = 0; // cache look-ups over all caches
    mutable std::vector<std::pair<const char *, double>> prices; // read so far, by the literal's address
    mutable std::array<std::pair<const QChar *, SharedText>, 64> texts{}; // made shared lately, by the literal's address
    std::vector<double> fromInternet; // per component: req/s per user that users send it directly
};

} // namespace

void buildResources(Network &net, const RoutingGraph &graph, const CompileParams &params, const Catalog &catalog)
{
    Builder b(net, graph, params, catalog);
    // Each component's resources are built in one vector that keeps its room
    // from component to component, then moved to a vector of their exact
    // size: growing a vector per component (1, 2, 4, 8 places of 240 bytes)
    // and trimming its slack was a tenth of compiling.
    // The bill's lines likewise.
    CompactVector<ResourceModel> room;
    CompactVector<CostLine> lineRoom;
    for (size_t k = 0; k < net.components.size(); ++k) {
        CompactVector<ResourceModel> &resources = net.components[k].resources;
        CompactVector<CostLine> &lines = net.components[k].costLines;
        room.clear();
        lineRoom.clear();
        resources.swap(room);
        lines.swap(lineRoom);
        b.build(k);
        resources.swap(room);
        lines.swap(lineRoom);
        resources.assign(std::make_move_iterator(room.begin()), std::make_move_iterator(room.end()));
        lines.assign(std::make_move_iterator(lineRoom.begin()), std::make_move_iterator(lineRoom.end()));
    }
}

} // namespace scalescope
