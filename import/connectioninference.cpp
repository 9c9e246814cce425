#include "connectioninference.h"

#include "propertyaccess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <deque>

namespace scalescope::import {

namespace {

bool oneOf(const QString &type, std::initializer_list<const char *> types)
{
    for (const char *t : types)
        if (type == QLatin1String(t))
            return true;
    return false;
}

// Whether naming `to` from `from` means `from` sends it requests.
bool callsImplied(Role from, Role to)
{
    switch (from) {
    case Role::Compute:
    case Role::Function:
        return to == Role::Cache || to == Role::SqlPrimary || to == Role::SqlReplica || to == Role::NoSql || to == Role::Queue
            || to == Role::ObjectStore || to == Role::Function || to == Role::LoadBalancer;
    case Role::LoadBalancer:
        return to == Role::Compute || to == Role::Function;
    case Role::Cdn:
        return to == Role::LoadBalancer || to == Role::ObjectStore || to == Role::Compute;
    case Role::Dns:
        return to == Role::Cdn || to == Role::LoadBalancer || to == Role::Passthrough || to == Role::ObjectStore;
    default:
        return false;
    }
}

class Inference {
public:
    Inference(const SourceTemplate &source, MappedTemplate &mapped, const Catalog &catalog, ImportReport &into)
        : t(source), m(mapped), cat(catalog), report(into)
    {
        for (const SourceResource &r : t.resources)
            index.insert(r.id, &r);
        for (const Component &c : m.architecture.components)
            componentIds.insert(c.id);
    }

    void run()
    {
        for (const ImportReport::Inferred &s : m.structural)
            add(s.from, s.to, s.how, s.resource);
        for (const SourceResource &r : t.resources)
            explicitRules(r);
        securityGroups();
        for (const SourceResource &r : t.resources)
            references(r);
        users();
    }

private:
    QStringList componentsOf(const QString &sourceId) const { return m.components.value(sourceId); }

    Role roleOf(const QString &componentId) const
    {
        const Component *c = m.architecture.component(componentId);
        const KindSpec *k = c ? cat.kind(c->kind) : nullptr;
        return k ? k->role : Role::Monitoring;
    }

    // What receives the traffic sent to a resource: a target group stands
    // for its targets, a listener for its load balancer.
    QStringList receivers(const QString &sourceId) const
    {
        const SourceResource *r = index.value(sourceId);
        if (r && isTargetGroup(r->type))
            return targetsOf(*r);
        return componentsOf(sourceId);
    }

    static bool isTargetGroup(const QString &type)
    {
        return oneOf(type, {"AWS::ElasticLoadBalancingV2::TargetGroup", "aws_lb_target_group", "aws_alb_target_group"});
    }

    QStringList targetsOf(const SourceResource &tg) const
    {
        QStringList out;
        const auto take = [&](const QStringList &ids) {
            for (const QString &id : ids)
                for (const QString &c : componentsOf(id))
                    if (!out.contains(c))
                        out << c;
        };
        take(referencesAt(tg, QStringLiteral("Targets")));
        for (const SourceResource &r : t.resources) {
            if (oneOf(r.type, {"AWS::AutoScaling::AutoScalingGroup", "aws_autoscaling_group"})
                && referencesAt(r, QStringLiteral("TargetGroupARNs|target_group_arns")).contains(tg.id))
                take({r.id});
            else if (oneOf(r.type, {"AWS::ECS::Service", "aws_ecs_service"})
                     && referencesAt(r, QStringLiteral("LoadBalancers.TargetGroupArn|load_balancer.target_group_arn")).contains(tg.id))
                take({r.id});
            else if (r.type == QLatin1String("aws_lb_target_group_attachment")
                     && referencesAt(r, QStringLiteral("target_group_arn")).contains(tg.id))
                take(referencesAt(r, QStringLiteral("target_id")));
            else if (r.type == QLatin1String("aws_autoscaling_attachment")
                     && referencesAt(r, QStringLiteral("lb_target_group_arn|alb_target_group_arn")).contains(tg.id))
                take(referencesAt(r, QStringLiteral("autoscaling_group_name")));
        }
        return out;
    }

    void connectAll(const QStringList &from, const QStringList &to, const QString &how, const QString &resource)
    {
        for (const QString &f : from)
            for (const QString &x : to)
                add(f, x, how, resource);
    }

    QStringList receiversAt(const SourceResource &r, const QString &paths) const
    {
        QStringList out;
        for (const QString &id : referencesAt(r, paths))
            for (const QString &c : receivers(id))
                if (!out.contains(c))
                    out << c;
        return out;
    }

    QStringList loadBalancerOfListener(const QString &listener) const
    {
        const SourceResource *l = index.value(listener);
        return l ? receiversAt(*l, QStringLiteral("LoadBalancerArn|load_balancer_arn")) : QStringList();
    }

    void explicitRules(const SourceResource &r)
    {
        const QString &type = r.type;
        if (oneOf(type, {"AWS::ElasticLoadBalancingV2::Listener", "aws_lb_listener", "aws_alb_listener"})) {
            for (const QString &tg : referencesAt(r, QStringLiteral("DefaultActions|default_action")))
                connectAll(receiversAt(r, QStringLiteral("LoadBalancerArn|load_balancer_arn")), receivers(tg),
                           QStringLiteral("listener %1 forwards to target group %2").arg(r.id, tg), r.id);
        } else if (oneOf(type, {"AWS::ElasticLoadBalancingV2::ListenerRule", "aws_lb_listener_rule"})) {
            QStringList lbs;
            for (const QString &l : referencesAt(r, QStringLiteral("ListenerArn|listener_arn")))
                lbs << loadBalancerOfListener(l);
            for (const QString &tg : referencesAt(r, QStringLiteral("Actions|action")))
                connectAll(lbs, receivers(tg), QStringLiteral("listener rule %1 forwards to target group %2").arg(r.id, tg), r.id);
        } else if (oneOf(type, {"AWS::ElasticLoadBalancing::LoadBalancer", "aws_elb"})) {
            connectAll(componentsOf(r.id), receiversAt(r, QStringLiteral("Instances|instances")),
                       QStringLiteral("classic load balancer %1 lists the instance").arg(r.id), r.id);
        } else if (oneOf(type, {"AWS::AutoScaling::AutoScalingGroup", "aws_autoscaling_group"})) {
            for (const QString &elb : referencesAt(r, QStringLiteral("LoadBalancerNames|load_balancers")))
                connectAll(componentsOf(elb), componentsOf(r.id),
                           QStringLiteral("auto scaling group %1 registers with load balancer %2").arg(r.id, elb), r.id);
        } else if (oneOf(type, {"AWS::CloudFront::Distribution", "aws_cloudfront_distribution"})) {
            for (const QString &origin : referencesAt(r, QStringLiteral("DistributionConfig.Origins|origin")))
                connectAll(componentsOf(r.id), receivers(origin), QStringLiteral("CloudFront origin %1").arg(origin), r.id);
        } else if (oneOf(type, {"AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup", "aws_route53_record"})) {
            const QString name = textAt(r.properties, QStringLiteral("Name|name"));
            for (const QString &target : referencesAt(r, QStringLiteral("AliasTarget|RecordSets.AliasTarget|alias|ResourceRecords|records")))
                connectAll(componentsOf(r.id), receivers(target),
                           QStringLiteral("Route 53 record %1%2 points at %3").arg(r.id, name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name), target), r.id);
        } else if (oneOf(type, {"AWS::Lambda::EventSourceMapping", "aws_lambda_event_source_mapping"})) {
            connectAll(receiversAt(r, QStringLiteral("EventSourceArn|event_source_arn")), receiversAt(r, QStringLiteral("FunctionName|function_name")),
                       QStringLiteral("event source mapping %1").arg(r.id), r.id);
        } else if (type == QLatin1String("AWS::Serverless::Function")) {
            samEvents(r);
        } else if (oneOf(type, {"AWS::ApiGateway::Method", "aws_api_gateway_integration"})) {
            connectAll(receiversAt(r, QStringLiteral("RestApiId|rest_api_id")), receiversAt(r, QStringLiteral("Integration.Uri|uri")),
                       QStringLiteral("API integration %1").arg(r.id), r.id);
        } else if (oneOf(type, {"AWS::ApiGatewayV2::Integration", "aws_apigatewayv2_integration"})) {
            connectAll(receiversAt(r, QStringLiteral("ApiId|api_id")), receiversAt(r, QStringLiteral("IntegrationUri|integration_uri")),
                       QStringLiteral("API integration %1").arg(r.id), r.id);
        } else if (oneOf(type, {"AWS::Lambda::Permission", "aws_lambda_permission"})) {
            QStringList apis;
            for (const QString &c : receiversAt(r, QStringLiteral("SourceArn|source_arn")))
                if (roleOf(c) == Role::LoadBalancer)
                    apis << c;
            connectAll(apis, receiversAt(r, QStringLiteral("FunctionName|function_name")),
                       QStringLiteral("Lambda permission %1 lets the API invoke the function").arg(r.id), r.id);
        } else if (oneOf(type, {"AWS::EC2::EIP", "aws_eip"})) {
            connectAll(componentsOf(r.id), receiversAt(r, QStringLiteral("InstanceId|instance")),
                       QStringLiteral("Elastic IP %1 is attached to the instance").arg(r.id), r.id);
        } else if (oneOf(type, {"AWS::EC2::EIPAssociation", "aws_eip_association"})) {
            QStringList eips;
            for (const QString &id : referencesAt(r, QStringLiteral("AllocationId|EIP|allocation_id")))
                eips << componentsOf(id);
            connectAll(eips, receiversAt(r, QStringLiteral("InstanceId|instance_id")),
                       QStringLiteral("Elastic IP association %1").arg(r.id), r.id);
        }
    }

    void samEvents(const SourceResource &r)
    {
        const QJsonObject events = r.properties.value(QStringLiteral("Events")).toObject();
        for (auto it = events.begin(); it != events.end(); ++it) {
            const QString type = it.value().toObject().value(QStringLiteral("Type")).toString();
            const QString path = QStringLiteral("Events.%1.Properties").arg(it.key());
            const QString how = QStringLiteral("SAM event %1 (%2) of %3").arg(it.key(), type, r.id);
            if (type == QLatin1String("Api") || type == QLatin1String("HttpApi")) {
                QStringList apis = receiversAt(r, path + QStringLiteral(".RestApiId|") + path + QStringLiteral(".ApiId"));
                if (apis.isEmpty())
                    apis = componentsOf(type == QLatin1String("Api") ? QStringLiteral("ServerlessRestApi") : QStringLiteral("ServerlessHttpApi"));
                connectAll(apis, componentsOf(r.id), how, r.id);
            } else if (type == QLatin1String("SQS") || type == QLatin1String("DynamoDB") || type == QLatin1String("Kinesis")
                       || type == QLatin1String("S3")) {
                connectAll(receiversAt(r, path), componentsOf(r.id), how, r.id);
            }
        }
    }

    // Components that run with a security group: the group's members.
    void securityGroups()
    {
        const auto isGroup = [&](const QString &id) {
            const SourceResource *r = index.value(id);
            return r && oneOf(r->type, {"AWS::EC2::SecurityGroup", "aws_security_group"});
        };
        QHash<QString, QStringList> members;
        for (const SourceResource &r : t.resources) {
            const QStringList owners = componentsOf(r.id);
            if (owners.isEmpty())
                continue;
            for (const SourceReference &ref : r.references)
                if (isGroup(ref.target))
                    for (const QString &c : owners)
                        if (!members[ref.target].contains(c))
                            members[ref.target] << c;
        }
        const auto admit = [&](const QString &group, const QStringList &sources, const QString &rule) {
            for (const QString &source : sources)
                if (isGroup(source) && source != group)
                    for (const QString &from : members.value(source))
                        for (const QString &to : members.value(group))
                            if (from != to && callsImplied(roleOf(from), roleOf(to)))
                                add(from, to, QStringLiteral("security group %1 admits %2 (%3)").arg(group, source, rule), rule);
        };
        for (const SourceResource &r : t.resources) {
            if (oneOf(r.type, {"AWS::EC2::SecurityGroup", "aws_security_group"}))
                admit(r.id, referencesAt(r, QStringLiteral("SecurityGroupIngress.SourceSecurityGroupId|ingress.security_groups")), r.id);
            else if (oneOf(r.type, {"AWS::EC2::SecurityGroupIngress"}))
                for (const QString &g : referencesAt(r, QStringLiteral("GroupId")))
                    admit(g, referencesAt(r, QStringLiteral("SourceSecurityGroupId")), r.id);
            else if (r.type == QLatin1String("aws_security_group_rule") && textAt(r.properties, QStringLiteral("type")) == QLatin1String("ingress"))
                for (const QString &g : referencesAt(r, QStringLiteral("security_group_id")))
                    admit(g, referencesAt(r, QStringLiteral("source_security_group_id")), r.id);
            else if (r.type == QLatin1String("aws_vpc_security_group_ingress_rule"))
                for (const QString &g : referencesAt(r, QStringLiteral("security_group_id")))
                    admit(g, referencesAt(r, QStringLiteral("referenced_security_group_id")), r.id);
        }
    }

    // A component's resource (or one read into it, as a launch template or
    // a task definition) naming another component it would call.
    void references(const SourceResource &r)
    {
        QStringList owners = componentsOf(r.id);
        if (oneOf(r.type, {"AWS::ECS::TaskDefinition", "aws_ecs_task_definition"}))
            for (const SourceResource &s : t.resources)
                if (oneOf(s.type, {"AWS::ECS::Service", "aws_ecs_service"})
                    && referencesAt(s, QStringLiteral("TaskDefinition|task_definition")).contains(r.id))
                    owners << componentsOf(s.id);
        if (owners.isEmpty())
            return;
        for (const SourceReference &ref : r.references) {
            // DependsOn orders creation; SAM events are connections of their own.
            if (ref.form == QLatin1String("DependsOn") || ref.path.startsWith(QLatin1String("Events.")))
                continue;
            for (const QString &to : componentsOf(ref.target))
                for (const QString &from : owners)
                    if (from != to && callsImplied(roleOf(from), roleOf(to)))
                        add(from, to, describe(ref), r.id);
        }
    }

    static QString describe(const SourceReference &ref)
    {
        const QStringList keys = ref.path.split(u'.');
        const qsizetype env = std::max(keys.indexOf(QStringLiteral("Variables")), keys.indexOf(QStringLiteral("variables")));
        if (env >= 0 && env + 1 < keys.size())
            return QStringLiteral("environment variable %1 names %2 (%3)").arg(keys[env + 1], ref.target, ref.form);
        if (keys.contains(QStringLiteral("Environment")) || keys.contains(QStringLiteral("environment")))
            return QStringLiteral("an environment variable names %1 (%2)").arg(ref.target, ref.form);
        if (keys.contains(QStringLiteral("UserData")) || keys.contains(QStringLiteral("user_data")))
            return QStringLiteral("the user data names %1 (%2)").arg(ref.target, ref.form);
        return QStringLiteral("%1 %2 in %3").arg(ref.form, ref.target, ref.path.isEmpty() ? QStringLiteral("the properties") : ref.path);
    }

    // Users reach what nothing else in the template sends traffic to: DNS,
    // CDNs and internet-facing load balancers and APIs; failing those, the
    // servers and functions.
    void users()
    {
        if (m.architecture.components.empty())
            return;
        QSet<QString> reached;
        for (const Connection &c : m.architecture.connections)
            reached.insert(c.to);
        QStringList entries;
        const auto collect = [&](std::initializer_list<Role> roles) {
            for (const Component &c : m.architecture.components)
                if (!reached.contains(c.id) && !m.internalLoadBalancers.contains(c.id)
                    && std::find(roles.begin(), roles.end(), roleOf(c.id)) != roles.end())
                    entries << c.id;
        };
        collect({Role::Dns, Role::Cdn, Role::LoadBalancer, Role::Passthrough});
        if (entries.isEmpty())
            collect({Role::Compute, Role::Function});
        if (entries.isEmpty())
            collect({Role::ObjectStore});
        Component u;
        u.id = QStringLiteral("users");
        for (int n = 2; componentIds.contains(u.id); ++n)
            u.id = QStringLiteral("users-%1").arg(n);
        u.kind = QStringLiteral("users");
        u.label = QStringLiteral("Users");
        m.architecture.components.insert(m.architecture.components.begin(), u);
        componentIds.insert(u.id);
        for (const QString &e : entries)
            add(u.id, e, QStringLiteral("entry point: nothing in the template sends traffic to %1").arg(e), QString());
        for (const QString &lb : m.internalLoadBalancers)
            if (!reached.contains(lb))
                report.notes << QStringLiteral("%1 is internal and nothing in the template calls it").arg(lb);
    }

    bool reaches(const QString &from, const QString &to) const
    {
        std::deque<QString> queue{from};
        QSet<QString> seen{from};
        while (!queue.empty()) {
            const QString v = queue.front();
            queue.pop_front();
            if (v == to)
                return true;
            for (const QString &w : sent.value(v))
                if (!seen.contains(w)) {
                    seen.insert(w);
                    queue.push_back(w);
                }
        }
        return false;
    }

    void add(const QString &from, const QString &to, const QString &how, const QString &resource)
    {
        if (from == to || !componentIds.contains(from) || !componentIds.contains(to))
            return;
        if (sent.value(from).contains(to)) {
            // Said twice: the report keeps every reason.
            for (ImportReport::Inferred &c : report.connections)
                if (c.from == from && c.to == to && !c.how.contains(how))
                    c.how += QStringLiteral("; also ") + how;
            return;
        }
        const Role target = roleOf(to);
        const Role source = roleOf(from);
        if (target == Role::Client || target == Role::Monitoring || source == Role::Monitoring) {
            report.skipped.push_back({from, to, QStringLiteral("%1 (%2) carries no traffic this way").arg(to, how)});
            return;
        }
        if (reaches(to, from)) {
            report.skipped.push_back({from, to, QStringLiteral("would close a cycle (%1)").arg(how)});
            return;
        }
        sent[from] << to;
        m.architecture.connections.push_back(Connection{from, to, std::nullopt});
        report.connections.push_back({from, to, how, resource});
    }

    const SourceTemplate &t;
    MappedTemplate &m;
    const Catalog &cat;
    ImportReport &report;
    QHash<QString, const SourceResource *> index;
    QSet<QString> componentIds;
    QHash<QString, QStringList> sent; // the connections so far, by sender
};

} // namespace

void inferConnections(const SourceTemplate &source, MappedTemplate &mapped, const Catalog &catalog, ImportReport &report)
{
    Inference(source, mapped, catalog, report).run();
}

} // namespace scalescope::import
