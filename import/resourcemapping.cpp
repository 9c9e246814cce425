#include "resourcemapping.h"

#include "propertyaccess.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scalescope::import {

namespace {

struct ParamFrom {
    const char *param;
    const char *paths; // alternatives separated by '|'
};

struct KindRule {
    const char *kind;
    std::vector<ParamFrom> params;
};

// One row per source type; CloudFormation and Terraform spell the same
// property differently, so each has its own row.
const QHash<QString, KindRule> &componentRules()
{
    static const QHash<QString, KindRule> rules{
        {"AWS::EC2::Instance", {"ec2", {{"instanceType", "InstanceType"}}}},
        {"aws_instance", {"ec2", {{"instanceType", "instance_type"}}}},
        {"AWS::ElasticLoadBalancingV2::LoadBalancer", {"alb", {}}},
        {"aws_lb", {"alb", {}}},
        {"aws_alb", {"alb", {}}},
        {"AWS::ElasticLoadBalancing::LoadBalancer", {"alb", {}}},
        {"aws_elb", {"alb", {}}},
        {"AWS::RDS::DBInstance", {"rds", {{"instanceType", "DBInstanceClass"}, {"multiAz", "MultiAZ"},
                                          {"storageGiB", "MaxAllocatedStorage|AllocatedStorage"}, {"iops", "Iops"}}}},
        {"aws_db_instance", {"rds", {{"instanceType", "instance_class"}, {"multiAz", "multi_az"},
                                     {"storageGiB", "max_allocated_storage|allocated_storage"}, {"iops", "iops"}}}},
        {"AWS::RDS::DBCluster", {"aurora", {{"instanceType", "DBClusterInstanceClass"}, {"storageGiB", "AllocatedStorage"},
                                            {"iops", "Iops"}}}},
        {"aws_rds_cluster", {"aurora", {{"instanceType", "db_cluster_instance_class"}, {"storageGiB", "allocated_storage"},
                                        {"iops", "iops"}}}},
        {"AWS::ElastiCache::ReplicationGroup", {"elasticache", {{"nodeType", "CacheNodeType"}, {"nodes", "NumNodeGroups"}}}},
        {"aws_elasticache_replication_group", {"elasticache", {{"nodeType", "node_type"}, {"nodes", "num_node_groups"}}}},
        {"AWS::ElastiCache::CacheCluster", {"elasticache", {{"nodeType", "CacheNodeType"}, {"nodes", "NumCacheNodes"}}}},
        {"aws_elasticache_cluster", {"elasticache", {{"nodeType", "node_type"}, {"nodes", "num_cache_nodes"}}}},
        {"AWS::DynamoDB::Table", {"dynamodb", {}}},
        {"AWS::DynamoDB::GlobalTable", {"dynamodb", {}}},
        {"AWS::Serverless::SimpleTable", {"dynamodb", {}}},
        {"aws_dynamodb_table", {"dynamodb", {}}},
        {"AWS::SQS::Queue", {"sqs", {{"fifo", "FifoQueue"}}}},
        {"aws_sqs_queue", {"sqs", {{"fifo", "fifo_queue"}}}},
        {"AWS::Lambda::Function", {"lambda", {{"memoryMiB", "MemorySize"}, {"concurrencyLimit", "ReservedConcurrentExecutions"}}}},
        {"AWS::Serverless::Function", {"lambda", {{"memoryMiB", "MemorySize"}, {"concurrencyLimit", "ReservedConcurrentExecutions"}}}},
        {"aws_lambda_function", {"lambda", {{"memoryMiB", "memory_size"}, {"concurrencyLimit", "reserved_concurrent_executions"}}}},
        {"AWS::ApiGateway::RestApi", {"api-gateway", {}}},
        {"AWS::ApiGatewayV2::Api", {"api-gateway", {}}},
        {"AWS::Serverless::Api", {"api-gateway", {}}},
        {"AWS::Serverless::HttpApi", {"api-gateway", {}}},
        {"aws_api_gateway_rest_api", {"api-gateway", {}}},
        {"aws_apigatewayv2_api", {"api-gateway", {}}},
        {"AWS::CloudFront::Distribution", {"cloudfront", {}}},
        {"aws_cloudfront_distribution", {"cloudfront", {}}},
        {"AWS::S3::Bucket", {"s3", {}}},
        {"aws_s3_bucket", {"s3", {}}},
        {"AWS::Route53::HostedZone", {"route53", {}}},
        {"aws_route53_zone", {"route53", {}}},
        {"AWS::ECS::Service", {"ecs", {{"count", "DesiredCount"}}}},
        {"aws_ecs_service", {"ecs", {{"count", "desired_count"}}}},
        {"AWS::EC2::EIP", {"elastic-ip", {}}},
        {"aws_eip", {"elastic-ip", {}}},
    };
    return rules;
}

const QSet<QString> kAutoScalingGroups{"AWS::AutoScaling::AutoScalingGroup", "aws_autoscaling_group"};
const QSet<QString> kLaunchTemplates{"AWS::EC2::LaunchTemplate", "aws_launch_template", "AWS::AutoScaling::LaunchConfiguration",
                                     "aws_launch_configuration"};
const QSet<QString> kScalingPolicies{"AWS::AutoScaling::ScalingPolicy", "aws_autoscaling_policy"};
const QSet<QString> kVpcs{"AWS::EC2::VPC", "aws_vpc"};
const QSet<QString> kSubnets{"AWS::EC2::Subnet", "aws_subnet"};
const QSet<QString> kSubnetGroups{"AWS::RDS::DBSubnetGroup", "aws_db_subnet_group", "AWS::ElastiCache::SubnetGroup",
                                  "aws_elasticache_subnet_group"};
const QSet<QString> kClusterInstances{"aws_rds_cluster_instance"};
const QSet<QString> kRecords{"AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup", "aws_route53_record"};
const QSet<QString> kGlobalKinds{"cloudfront", "route53"};

bool isDbInstance(const QString &type) { return type == QLatin1String("AWS::RDS::DBInstance") || type == QLatin1String("aws_db_instance"); }

class Mapper {
public:
    Mapper(const SourceTemplate &source, const Catalog &catalog, ImportReport &into) : t(source), cat(catalog), report(into)
    {
        for (const SourceResource &r : t.resources)
            index.insert(r.id, &r);
        for (const SourceResource &r : t.resources)
            if (kSubnets.contains(r.type))
                readSubnet(r);
    }

    MappedTemplate run()
    {
        for (const SourceResource &r : t.resources) {
            if (r.dataSource)
                continue;
            if (kAutoScalingGroups.contains(r.type))
                mapAutoScalingGroup(r);
            else if (isClusterMember(r))
                continue; // with its cluster
            else if (componentRules().contains(r.type))
                mapComponent(r);
        }
        mapRecords();
        mapVpcs();
        for (const SourceResource &r : t.resources)
            account(r);
        pruneEmptyGroups();
        return std::move(out);
    }

private:
    // ---- groups ----
    struct Zone {
        QString vpc; // source id, or empty
        QString az;
    };

    void readSubnet(const SourceResource &r)
    {
        Zone z;
        const QStringList vpcs = referencesAt(r, QStringLiteral("VpcId|vpc_id"));
        z.vpc = vpcs.isEmpty() ? QString() : vpcs.front();
        const QJsonValue az = valueAt(r.properties, QStringLiteral("AvailabilityZone|availability_zone|availability_zone_id"));
        if (az.isString()) {
            z.az = az.toString();
        } else if (const QJsonArray select = az.toObject().value(QStringLiteral("Fn::Select")).toArray(); !select.isEmpty()) {
            // !Select [N, !GetAZs ""]: the region's N+1-th zone.
            const int n = int(select.first().isDouble() ? select.first().toDouble() : select.first().toString().toDouble());
            z.az = QStringLiteral("AZ %1").arg(n + 1);
        } else {
            z.az = QStringLiteral("AZ of %1").arg(r.id);
        }
        subnets.insert(r.id, z);
    }

    QString regionGroup()
    {
        const QString id = QStringLiteral("region");
        if (!out.architecture.group(id)) {
            Group g;
            g.id = id;
            g.kind = QStringLiteral("region");
            g.label = t.region.isEmpty() ? QStringLiteral("AWS region") : t.region;
            out.architecture.groups.push_back(g);
        }
        return id;
    }

    QString vpcGroup(const QString &vpc)
    {
        if (vpc.isEmpty())
            return regionGroup();
        const QString id = importId(vpc);
        if (!out.architecture.group(id)) {
            const QString parent = regionGroup();
            Group g;
            g.id = id;
            g.kind = QStringLiteral("vpc");
            g.parent = parent;
            const SourceResource *r = index.value(vpc);
            const QString name = r ? nameTag(r->properties) : QString();
            const QString cidr = r ? textAt(r->properties, QStringLiteral("CidrBlock|cidr_block")) : QString();
            g.label = !name.isEmpty() ? name : !cidr.isEmpty() ? QStringLiteral("VPC %1").arg(cidr) : vpc;
            out.architecture.groups.push_back(g);
            vpcGroupsMade << vpc;
        }
        return id;
    }

    QString zoneGroup(const Zone &z)
    {
        const QString parent = vpcGroup(z.vpc);
        const QString id = parent + u'-' + importId(z.az).toLower();
        if (!out.architecture.group(id)) {
            Group g;
            g.id = id;
            g.kind = QStringLiteral("availability-zone");
            g.label = z.az;
            g.parent = parent;
            out.architecture.groups.push_back(g);
        }
        return id;
    }

    QStringList subnetsOf(const SourceResource &r) const
    {
        QStringList found;
        for (const SourceReference &ref : r.references) {
            const SourceResource *target = index.value(ref.target);
            if (!target)
                continue;
            if (kSubnets.contains(target->type) && !found.contains(target->id))
                found << target->id;
            else if (kSubnetGroups.contains(target->type))
                for (const SourceReference &inner : target->references)
                    if (subnets.contains(inner.target) && !found.contains(inner.target))
                        found << inner.target;
        }
        return found;
    }

    struct Placement {
        QString group;
        int zones = 0;
    };

    Placement place(const SourceResource &r, const QString &kind)
    {
        if (kGlobalKinds.contains(kind))
            return {};
        QStringList azs;
        QString vpc;
        for (const QString &s : subnetsOf(r)) {
            const Zone &z = subnets[s];
            if (!azs.contains(z.az))
                azs << z.az;
            if (vpc.isEmpty())
                vpc = z.vpc;
        }
        if (azs.size() == 1)
            return {zoneGroup(Zone{vpc, azs.front()}), 1};
        if (azs.size() > 1)
            return {vpcGroup(vpc), int(azs.size())};
        for (const SourceReference &ref : r.references)
            if (const SourceResource *target = index.value(ref.target); target && kVpcs.contains(target->type))
                return {vpcGroup(target->id), 0};
        return {regionGroup(), 0};
    }

    // ---- parameters ----
    QString label(const SourceResource &r) const
    {
        const QString name = nameTag(r.properties);
        if (!name.isEmpty())
            return name;
        const QString named = textAt(r.properties, QStringLiteral("FunctionName|TableName|QueueName|BucketName|function_name|name"));
        if (!named.isEmpty() && named.size() <= 60)
            return named;
        if (t.format == SourceFormat::TerraformPlan) {
            // "aws_db_instance.main" -> "main", or "main (db_instance)" when the name repeats.
            const QString local = r.id.section(u'.', -1);
            int same = 0;
            for (const SourceResource &other : t.resources)
                same += other.id.section(u'.', -1) == local ? 1 : 0;
            QString type = r.type;
            type.remove(QRegularExpression(QStringLiteral("^aws_")));
            return same > 1 ? QStringLiteral("%1 (%2)").arg(local, type) : local;
        }
        return r.id;
    }

    // A property's value, through a CloudFormation parameter's default.
    QJsonValue resolved(const SourceResource &r, const QString &paths, QString *via) const
    {
        QJsonValue v = valueAt(r.properties, paths);
        const QJsonValue ref = v.toObject().value(QStringLiteral("Ref"));
        if (ref.isString() && t.parameters.contains(ref.toString())) {
            *via = QStringLiteral(" (parameter %1's default)").arg(ref.toString());
            return t.parameters.value(ref.toString());
        }
        return v;
    }

    void setParam(Component &c, const SourceResource &r, const QString &param, const QString &paths)
    {
        QString via;
        const QJsonValue v = resolved(r, paths, &via);
        if (v.isUndefined() || v.isNull())
            return;
        const KindSpec *kind = cat.kind(c.kind);
        const ParamSpec *spec = kind ? kind->param(param) : nullptr;
        if (!spec)
            return;
        const QString property = paths.section(u'|', 0, 0);
        if (v.isObject() || v.isArray()) {
            notes << QStringLiteral("%1 is computed in the template; %2 keeps the catalog default").arg(property, param);
            return;
        }
        switch (spec->type) {
        case ParamType::Choice: {
            const QString text = v.toVariant().toString();
            const bool known = !spec->table.isEmpty() ? cat.instanceType(spec->table, text) != nullptr : spec->options.contains(text);
            if (known) {
                c.params.insert(param, text);
                if (!via.isEmpty())
                    notes << QStringLiteral("%1 %2%3").arg(param, text, via);
            } else {
                notes << QStringLiteral("%1 %2 is not in the catalog; the default %3 is used")
                             .arg(property, text, cat.text(*kind, {}, param));
            }
            return;
        }
        case ParamType::Flag: {
            const bool on = v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            c.params.insert(param, on);
            return;
        }
        case ParamType::Number:
        case ParamType::Integer: {
            bool ok = v.isDouble();
            double d = ok ? v.toDouble() : v.toString().toDouble(&ok);
            if (!ok || !std::isfinite(d)) {
                notes << QStringLiteral("%1 '%2' is no number; %3 keeps the catalog default").arg(property, v.toVariant().toString(), param);
                return;
            }
            if (param == QLatin1String("concurrencyLimit") && d < 0)
                return; // Terraform's -1: no reserved concurrency
            setNumber(c, *spec, d, property);
            return;
        }
        }
    }

    void setNumber(Component &c, const ParamSpec &spec, double d, const QString &property)
    {
        if (spec.type == ParamType::Integer)
            d = std::round(d);
        if (spec.maximum > spec.minimum && (d < spec.minimum || d > spec.maximum)) {
            const double kept = std::clamp(d, spec.minimum, spec.maximum);
            notes << QStringLiteral("%1 %2 is outside %3..%4; %5 is used").arg(property).arg(d).arg(spec.minimum).arg(spec.maximum).arg(kept);
            d = kept;
        }
        c.params.insert(spec.name, d);
    }

    // ---- components ----
    Component &addComponent(const SourceResource &r, const QString &kind, const QString &idSuffix = QString())
    {
        Component c;
        c.id = uniqueId(importId(r.id) + idSuffix);
        c.kind = kind;
        c.label = label(r);
        out.architecture.components.push_back(c);
        out.components[r.id] << c.id;
        return out.architecture.components.back();
    }

    QString uniqueId(const QString &base)
    {
        QString id = base.left(190);
        for (int n = 2; taken.contains(id); ++n)
            id = base.left(190) + QStringLiteral("-%1").arg(n);
        taken.insert(id);
        return id;
    }

    void finishMapped(const SourceResource &r, const Component &c)
    {
        report.mapped.push_back({r.id, r.type, c.id, QStringLiteral("component %1").arg(c.kind), notes});
        notes.clear();
    }

    void mapComponent(const SourceResource &r)
    {
        const KindRule &rule = componentRules()[r.type];
        QString kind = QString::fromLatin1(rule.kind);
        const bool replica = isDbInstance(r.type) && !referencesAt(r, QStringLiteral("SourceDBInstanceIdentifier|replicate_source_db")).isEmpty();
        if (replica)
            kind = QStringLiteral("rds-replica");
        const bool cluster = kind == QLatin1String("aurora");
        if (cluster && !textAt(r.properties, QStringLiteral("Engine|engine")).startsWith(QLatin1String("aurora"))
            && !textAt(r.properties, QStringLiteral("Engine|engine")).isEmpty()) {
            kind = QStringLiteral("rds");
            notes << QStringLiteral("a Multi-AZ DB cluster of %1: an RDS primary with a standby").arg(textAt(r.properties, QStringLiteral("Engine|engine")));
        }
        const Placement p = place(r, kind);
        const QString id = addComponent(r, kind).id;
        const auto c = [&]() -> Component & { return *out.architecture.component(id); }; // the list grows below
        c().group = p.group;
        for (const ParamFrom &from : rule.params)
            setParam(c(), r, QString::fromLatin1(from.param), QString::fromLatin1(from.paths));
        if (kind == QLatin1String("ec2") && !c().params.contains(QStringLiteral("instanceType")))
            for (const SourceReference &ref : r.references)
                if (const SourceResource *lt = index.value(ref.target); lt && kLaunchTemplates.contains(lt->type)) {
                    // An instance launched from a template without a type of its own.
                    setParam(c(), *lt, QStringLiteral("instanceType"), QStringLiteral("LaunchTemplateData.InstanceType|instance_type"));
                    used(*lt, QStringLiteral("instance type of %1").arg(r.id));
                    break;
                }
        if (cat.kind(kind)->param(QStringLiteral("zones")) && p.zones > 1)
            setNumber(c(), *cat.kind(kind)->param(QStringLiteral("zones")), p.zones, QStringLiteral("subnets"));
        if (replica) {
            out.structural.push_back({primaryOf(r), id, QStringLiteral("read replica of %1").arg(primaryOf(r)), r.id});
            const Component *primary = out.architecture.component(primaryOf(r));
            if (primary && p.group == regionGroup() && !primary->group.isEmpty())
                c().group = primary->group; // no subnets of its own: where its primary runs
        }
        if (kind == QLatin1String("rds") && cluster)
            c().params.insert(QStringLiteral("multiAz"), true);
        if (isDbInstance(r.type) && !numberAt(r.properties, QStringLiteral("MaxAllocatedStorage|max_allocated_storage"))
            && c().params.contains(QStringLiteral("storageGiB")))
            notes << QStringLiteral("no storage autoscaling: the allocated %1 GiB is the storage limit")
                         .arg(std::get<double>(c().params.value(QStringLiteral("storageGiB"))));
        if (cluster)
            mapClusterMembers(r, id);
        if (kind == QLatin1String("dynamodb"))
            readCapacityMode(r, c());
        if (kind == QLatin1String("elasticache"))
            readCacheReplicas(r, c());
        if (kind == QLatin1String("alb")) {
            const QString scheme = textAt(r.properties, QStringLiteral("Scheme"));
            const std::optional<bool> internal = flagAt(r.properties, QStringLiteral("internal"));
            if (scheme == QLatin1String("internal") || internal.value_or(false))
                out.internalLoadBalancers.insert(id);
            const QString type = textAt(r.properties, QStringLiteral("Type|load_balancer_type"));
            if (type == QLatin1String("network") || type == QLatin1String("gateway"))
                notes << QStringLiteral("a %1 load balancer, modelled as the load balancer kind").arg(type);
        }
        if (r.type == QLatin1String("AWS::Serverless::Function"))
            readSamEvents(r);
        finishMapped(r, c());
    }

    QString primaryOf(const SourceResource &r) const
    {
        const QStringList primary = referencesAt(r, QStringLiteral("SourceDBInstanceIdentifier|replicate_source_db"));
        const QStringList ids = out.components.value(primary.value(0));
        return ids.isEmpty() ? importId(primary.value(0)) : ids.front();
    }

    bool isClusterMember(const SourceResource &r) const
    {
        if (kClusterInstances.contains(r.type))
            return true;
        return isDbInstance(r.type) && !referencesAt(r, QStringLiteral("DBClusterIdentifier")).isEmpty();
    }

    // Instances of a cluster: the first is the writer (its class sizes the
    // cluster); the others are replicas behind the reader endpoint.
    void mapClusterMembers(const SourceResource &cluster, const QString &clusterComponent)
    {
        int members = 0;
        for (const SourceResource &r : t.resources) {
            if (!isClusterMember(r) || !referencesAt(r, QStringLiteral("DBClusterIdentifier|cluster_identifier")).contains(cluster.id))
                continue;
            Component *primary = out.architecture.component(clusterComponent);
            if (members++ == 0) {
                std::swap(notes, writerNotes);
                setParam(*primary, r, QStringLiteral("instanceType"), QStringLiteral("DBInstanceClass|instance_class"));
                out.components[r.id] << clusterComponent;
                report.mapped.push_back({r.id, r.type, clusterComponent, QStringLiteral("writer of %1").arg(cluster.id), notes});
                notes.clear();
                std::swap(notes, writerNotes);
                continue;
            }
            if (primary->kind == QLatin1String("aurora"))
                primary->params.insert(QStringLiteral("multiAz"), true);
            const QString replicaKind = primary->kind == QLatin1String("aurora") ? QStringLiteral("aurora-replica") : QStringLiteral("rds-replica");
            const QString group = primary->group;
            std::swap(notes, writerNotes);
            Component &replica = addComponent(r, replicaKind);
            replica.group = group;
            setParam(replica, r, QStringLiteral("instanceType"), QStringLiteral("DBInstanceClass|instance_class"));
            out.structural.push_back({clusterComponent, replica.id, QStringLiteral("replica in cluster %1").arg(cluster.id), r.id});
            finishMapped(r, out.architecture.components.back());
            std::swap(notes, writerNotes);
        }
        if (members > 1)
            notes << QStringLiteral("%1 instances: a writer and %2 replicas").arg(members).arg(members - 1);
    }

    void readCapacityMode(const SourceResource &r, Component &c)
    {
        const QString mode = textAt(r.properties, QStringLiteral("BillingMode|billing_mode"));
        const std::optional<double> reads = numberAt(r.properties, QStringLiteral("ProvisionedThroughput.ReadCapacityUnits|read_capacity"));
        const std::optional<double> writes = numberAt(r.properties, QStringLiteral("ProvisionedThroughput.WriteCapacityUnits|write_capacity"));
        if (mode == QLatin1String("PAY_PER_REQUEST") || (!reads && !writes)) {
            notes << QStringLiteral("on-demand capacity: the per-table quota limits it");
            return;
        }
        const KindSpec *kind = cat.kind(c.kind);
        if (reads && *reads > 0)
            setNumber(c, *kind->param(QStringLiteral("tableReadLimit")), *reads, QStringLiteral("read capacity units"));
        if (writes && *writes > 0)
            setNumber(c, *kind->param(QStringLiteral("tableWriteLimit")), *writes, QStringLiteral("write capacity units"));
        notes << QStringLiteral("provisioned capacity: %1 read and %2 write units a second are its limits")
                     .arg(reads.value_or(0)).arg(writes.value_or(0));
    }

    void readCacheReplicas(const SourceResource &r, Component &c)
    {
        std::optional<double> replicas = numberAt(r.properties, QStringLiteral("ReplicasPerNodeGroup|replicas_per_node_group"));
        if (!replicas)
            if (const auto clusters = numberAt(r.properties, QStringLiteral("NumCacheClusters|num_cache_clusters")))
                replicas = *clusters - 1;
        const bool multiAz = flagAt(r.properties, QStringLiteral("MultiAZEnabled|multi_az_enabled|AutomaticFailoverEnabled|automatic_failover_enabled")).value_or(false);
        if (replicas && *replicas >= 1) {
            setNumber(c, *cat.kind(c.kind)->param(QStringLiteral("zones")), *replicas + 1, QStringLiteral("replicas"));
            notes << QStringLiteral("%1 replica(s) per shard%2").arg(*replicas).arg(multiAz ? QStringLiteral(" with automatic failover") : QString());
        }
    }

    void readSamEvents(const SourceResource &r)
    {
        const QJsonObject events = r.properties.value(QStringLiteral("Events")).toObject();
        for (auto it = events.begin(); it != events.end(); ++it) {
            const QString type = it.value().toObject().value(QStringLiteral("Type")).toString();
            const QJsonObject props = it.value().toObject().value(QStringLiteral("Properties")).toObject();
            const bool api = type == QLatin1String("Api") || type == QLatin1String("HttpApi");
            if (api && !props.contains(QStringLiteral("RestApiId")) && !props.contains(QStringLiteral("ApiId")))
                implicitApi(type == QLatin1String("Api") ? QStringLiteral("ServerlessRestApi") : QStringLiteral("ServerlessHttpApi"));
            if (!api && type != QLatin1String("SQS") && type != QLatin1String("DynamoDB") && type != QLatin1String("Kinesis")
                && type != QLatin1String("S3"))
                notes << QStringLiteral("event %1 (%2) starts no request the model follows").arg(it.key(), type);
        }
    }

    // SAM makes an API for functions with Api events and no RestApiId.
    void implicitApi(const QString &id)
    {
        if (out.components.contains(id))
            return;
        Component c;
        c.id = uniqueId(id);
        c.kind = QStringLiteral("api-gateway");
        c.label = id;
        c.group = regionGroup();
        out.architecture.components.push_back(c);
        out.components[id] << c.id;
        report.mapped.push_back({id, QStringLiteral("AWS::Serverless implicit API"), c.id, QStringLiteral("component api-gateway"),
                                 {QStringLiteral("made by SAM for Api events without RestApiId")}});
    }

    // ---- auto scaling ----
    void mapAutoScalingGroup(const SourceResource &r)
    {
        const Placement p = place(r, QStringLiteral("ec2"));
        Group g;
        g.id = uniqueId(importId(r.id));
        g.kind = QStringLiteral("auto-scaling-group");
        g.label = label(r);
        g.parent = p.group;
        const std::optional<double> min = numberAt(r.properties, QStringLiteral("MinSize|min_size"));
        const std::optional<double> max = numberAt(r.properties, QStringLiteral("MaxSize|max_size"));
        const std::optional<double> desired = numberAt(r.properties, QStringLiteral("DesiredCapacity|desired_capacity"));
        if (min)
            g.params.insert(QStringLiteral("minSize"), std::max(0.0, std::round(*min)));
        if (max)
            g.params.insert(QStringLiteral("maxSize"), std::max(1.0, std::round(*max)));
        readScalingPolicies(r, g);

        Component c;
        c.id = uniqueId(importId(r.id) + QStringLiteral("-servers"));
        c.kind = QStringLiteral("ec2");
        c.label = label(r) + QStringLiteral(" servers");
        c.group = g.id;
        const ParamSpec *count = cat.kind(c.kind)->param(QStringLiteral("count"));
        if (desired || min)
            setNumber(c, *count, std::max(1.0, desired.value_or(*min)), QStringLiteral("DesiredCapacity"));
        if (p.zones > 1)
            setNumber(c, *cat.kind(c.kind)->param(QStringLiteral("zones")), p.zones, QStringLiteral("subnets"));
        for (const SourceReference &ref : r.references) {
            const SourceResource *lt = index.value(ref.target);
            if (!lt || !kLaunchTemplates.contains(lt->type))
                continue;
            setParam(c, *lt, QStringLiteral("instanceType"), QStringLiteral("LaunchTemplateData.InstanceType|InstanceType|instance_type"));
            used(*lt, QStringLiteral("instance type of the servers in %1").arg(r.id));
            out.components[lt->id] << c.id; // its user data and security groups speak for the servers
            break;
        }
        out.architecture.groups.push_back(g);
        out.architecture.components.push_back(c);
        out.components[r.id] << c.id;
        report.mapped.push_back({r.id, r.type, g.id, QStringLiteral("group auto-scaling-group with component %1").arg(c.id), notes});
        notes.clear();
    }

    void readScalingPolicies(const SourceResource &asg, Group &g)
    {
        for (const SourceResource &p : t.resources) {
            if (!kScalingPolicies.contains(p.type) || !referencesAt(p, QStringLiteral("AutoScalingGroupName|autoscaling_group_name")).contains(asg.id))
                continue;
            const QString metric = textAt(p.properties, QStringLiteral(
                "TargetTrackingConfiguration.PredefinedMetricSpecification.PredefinedMetricType|"
                "target_tracking_configuration.predefined_metric_specification.predefined_metric_type"));
            const std::optional<double> target = numberAt(p.properties, QStringLiteral("TargetTrackingConfiguration.TargetValue|target_tracking_configuration.target_value"));
            if (metric == QLatin1String("ASGAverageCPUUtilization") && target) {
                const double share = std::clamp(*target / 100, 0.05, 1.0);
                g.params.insert(QStringLiteral("targetCpu"), share);
                used(p, QStringLiteral("target tracking at %1% average CPU for %2").arg(*target).arg(asg.id));
            } else {
                used(p, QStringLiteral("scaling policy of %1 (%2): only CPU target tracking is modelled, so the group "
                                       "keeps the catalog's CPU target").arg(asg.id, metric.isEmpty() ? QStringLiteral("not target tracking") : metric));
            }
        }
    }

    // ---- DNS ----
    // A record's zone: the hosted zone it names, else one Route 53
    // component per zone name the template only mentions.
    void mapRecords()
    {
        for (const SourceResource &r : t.resources) {
            if (!kRecords.contains(r.type))
                continue;
            QStringList zones;
            for (const QString &z : referencesAt(r, QStringLiteral("HostedZoneId|zone_id")))
                zones << out.components.value(z);
            if (zones.isEmpty()) {
                QString name = textAt(r.properties, QStringLiteral("HostedZoneName|HostedZoneId|zone_id"));
                if (name.isEmpty())
                    name = QStringLiteral("dns");
                const QString key = QStringLiteral("zone:") + name;
                if (!out.components.contains(key)) {
                    Component c;
                    c.id = uniqueId(importId(QStringLiteral("dns-") + name).toLower());
                    c.kind = QStringLiteral("route53");
                    c.label = name;
                    out.architecture.components.push_back(c);
                    out.components[key] << c.id;
                    report.mapped.push_back({name, QStringLiteral("Route 53 hosted zone (named by records)"), c.id,
                                             QStringLiteral("component route53"), {QStringLiteral("the zone is not in the template")}});
                }
                zones = out.components.value(key);
            }
            out.components[r.id] = zones;
            used(r, QStringLiteral("DNS record in %1").arg(zones.join(QStringLiteral(", "))));
        }
    }

    void mapVpcs()
    {
        for (const SourceResource &r : t.resources) {
            if (kVpcs.contains(r.type)) {
                const QString id = vpcGroup(r.id);
                report.mapped.push_back({r.id, r.type, id, QStringLiteral("group vpc"), {}});
            } else if (kSubnets.contains(r.type)) {
                used(r, QStringLiteral("places what runs in it in availability zone %1").arg(subnets[r.id].az));
            }
        }
    }

    // ---- the report ----
    void used(const SourceResource &r, const QString &how)
    {
        if (accounted.contains(r.id))
            return;
        accounted.insert(r.id);
        report.used.push_back({r.id, r.type, how});
    }

    void account(const SourceResource &r)
    {
        if (accounted.contains(r.id))
            return;
        for (const ImportReport::Mapped &m : report.mapped)
            if (m.resource == r.id)
                return;
        if (r.dataSource) {
            report.notMapped.push_back({r.id, r.type, QStringLiteral("a data source: read by Terraform, not created")});
        } else if (isClusterMember(r)) {
            report.notMapped.push_back({r.id, r.type, QStringLiteral("its cluster is not in the template")});
        } else if (const QString use = foldedTypeUse(r.type); !use.isEmpty()) {
            used(r, use);
        } else {
            report.notMapped.push_back({r.id, r.type, QStringLiteral("no catalog kind for this type")});
        }
    }

    void pruneEmptyGroups()
    {
        Architecture &a = out.architecture;
        for (bool removed = true; removed;) {
            removed = false;
            QSet<QString> holding;
            for (const Component &c : a.components)
                holding.insert(c.group);
            for (const Group &g : a.groups)
                holding.insert(g.parent);
            for (auto it = a.groups.begin(); it != a.groups.end();) {
                if (!holding.contains(it->id)) {
                    report.notes << QStringLiteral("group %1 (%2) holds nothing that was mapped; left out").arg(it->label, it->kind);
                    it = a.groups.erase(it);
                    removed = true;
                } else {
                    ++it;
                }
            }
        }
    }

    const SourceTemplate &t;
    const Catalog &cat;
    ImportReport &report;
    QHash<QString, const SourceResource *> index;
    QHash<QString, Zone> subnets;
    QStringList vpcGroupsMade;
    QSet<QString> taken;
    QSet<QString> accounted;
    QStringList notes;       // for the resource being mapped
    QStringList writerNotes; // its cluster's while a member is read
    MappedTemplate out;
};

} // namespace

QString importId(const QString &sourceId)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString id = sourceId;
    id.replace(other, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    return id.isEmpty() ? QStringLiteral("resource") : id.left(190);
}

QString foldedTypeUse(const QString &type)
{
    static const QHash<QString, QString> uses{
        {"AWS::ElasticLoadBalancingV2::TargetGroup", "target group: its targets get what the listeners forward"},
        {"aws_lb_target_group", "target group: its targets get what the listeners forward"},
        {"aws_alb_target_group", "target group: its targets get what the listeners forward"},
        {"AWS::ElasticLoadBalancingV2::Listener", "listener: connects its load balancer to target groups"},
        {"aws_lb_listener", "listener: connects its load balancer to target groups"},
        {"aws_alb_listener", "listener: connects its load balancer to target groups"},
        {"AWS::ElasticLoadBalancingV2::ListenerRule", "listener rule: connects its load balancer to target groups"},
        {"aws_lb_listener_rule", "listener rule: connects its load balancer to target groups"},
        {"aws_lb_target_group_attachment", "adds a target to a target group"},
        {"aws_autoscaling_attachment", "adds an auto scaling group to a target group"},
        {"aws_elb_attachment", "adds an instance to a classic load balancer"},
        {"AWS::Lambda::EventSourceMapping", "event source mapping: a connection from the source to the function"},
        {"aws_lambda_event_source_mapping", "event source mapping: a connection from the source to the function"},
        {"AWS::Lambda::Permission", "lets a service invoke a function"},
        {"aws_lambda_permission", "lets a service invoke a function"},
        {"AWS::EC2::SecurityGroup", "security group: ingress from another group implies calls"},
        {"aws_security_group", "security group: ingress from another group implies calls"},
        {"AWS::EC2::SecurityGroupIngress", "ingress rule between security groups"},
        {"aws_security_group_rule", "rule between security groups"},
        {"aws_vpc_security_group_ingress_rule", "ingress rule between security groups"},
        {"AWS::RDS::DBSubnetGroup", "subnet group: places a database in its subnets' zones"},
        {"aws_db_subnet_group", "subnet group: places a database in its subnets' zones"},
        {"AWS::ElastiCache::SubnetGroup", "subnet group: places a cache in its subnets' zones"},
        {"aws_elasticache_subnet_group", "subnet group: places a cache in its subnets' zones"},
        {"AWS::ApiGateway::Method", "API method: its integration connects the API to a backend"},
        {"aws_api_gateway_integration", "API integration: connects the API to a backend"},
        {"AWS::ApiGatewayV2::Integration", "API integration: connects the API to a backend"},
        {"aws_apigatewayv2_integration", "API integration: connects the API to a backend"},
        {"AWS::ECS::TaskDefinition", "task definition: its environment names what the service calls"},
        {"aws_ecs_task_definition", "task definition: its environment names what the service calls"},
        {"AWS::EC2::EIPAssociation", "attaches an Elastic IP to an instance"},
        {"aws_eip_association", "attaches an Elastic IP to an instance"},
        {"AWS::EC2::LaunchTemplate", "launch template used by no auto scaling group"},
        {"aws_launch_template", "launch template used by no auto scaling group"},
        {"AWS::AutoScaling::ScalingPolicy", "scaling policy of an auto scaling group not in the template"},
        {"aws_autoscaling_policy", "scaling policy of an auto scaling group not in the template"},
    };
    return uses.value(type);
}

MappedTemplate mapResources(const SourceTemplate &source, const Catalog &catalog, ImportReport &report)
{
    return Mapper(source, catalog, report).run();
}

} // namespace scalescope::import
