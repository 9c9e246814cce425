#include "drawiostyles.h"

#include <QHash>

namespace scalescope {

namespace {

// The AWS 2021+ category colours draw.io's AWS library uses.
const QString kCompute = QStringLiteral("#ED7100");
const QString kDatabase = QStringLiteral("#C925D1");
const QString kNetworking = QStringLiteral("#8C4FFF");
const QString kStorage = QStringLiteral("#7AA116");
const QString kIntegration = QStringLiteral("#E7157B");
const QString kGeneral = QStringLiteral("#232F3D");

const QString kPoints = QStringLiteral(
    "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];");

QString serviceIcon(const QString &icon, const QString &colour)
{
    return QStringLiteral("sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=%1;strokeColor=#ffffff;"
                          "dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;"
                          "fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.%2;")
        .arg(colour, icon);
}

QString resourceShape(const QString &shape, const QString &colour)
{
    return QStringLiteral("sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=%1;strokeColor=none;"
                          "dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;"
                          "fontStyle=0;aspect=fixed;pointerEvents=1;shape=mxgraph.aws4.%2;")
        .arg(colour, shape);
}

QString groupBase()
{
    return kPoints + QStringLiteral("outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;"
                                    "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;");
}

} // namespace

QString drawioComponentStyle(const QString &kind)
{
    static const QHash<QString, QString> styles{
        {"users", resourceShape("users", kGeneral)},
        {"route53", serviceIcon("route_53", kNetworking)},
        {"elastic-ip", resourceShape("elastic_ip_address", kNetworking)},
        {"cloudfront", serviceIcon("cloudfront", kNetworking)},
        {"alb", resourceShape("application_load_balancer", kNetworking)},
        {"api-gateway", serviceIcon("api_gateway", kIntegration)},
        {"ec2", serviceIcon("ec2", kCompute)},
        {"ecs", serviceIcon("ecs", kCompute)},
        {"worker", resourceShape("instances", kCompute)},
        {"lambda", serviceIcon("lambda", kCompute)},
        {"s3", serviceIcon("s3", kStorage)},
        {"elasticache", serviceIcon("elasticache", kDatabase)},
        {"rds", serviceIcon("rds", kDatabase)},
        {"rds-replica", serviceIcon("rds", kDatabase)},
        {"aurora", serviceIcon("aurora", kDatabase)},
        {"aurora-replica", serviceIcon("aurora", kDatabase)},
        {"dynamodb", serviceIcon("dynamodb", kDatabase)},
        {"sqs", serviceIcon("sqs", kIntegration)},
        {"cloudwatch", serviceIcon("cloudwatch_2", kIntegration)},
    };
    return styles.value(kind, serviceIcon(QStringLiteral("general"), kGeneral));
}

QString drawioGroupStyle(const QString &groupKind)
{
    if (groupKind == QLatin1String("region"))
        return groupBase() + QStringLiteral("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;strokeColor=#00A4A6;"
                                            "fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#147EBA;dashed=1;");
    if (groupKind == QLatin1String("vpc"))
        return groupBase() + QStringLiteral("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc2;strokeColor=#8C4FFF;"
                                            "fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#AAB7B8;dashed=0;");
    if (groupKind == QLatin1String("auto-scaling-group"))
        return groupBase() + QStringLiteral("shape=mxgraph.aws4.groupCenter;grIcon=mxgraph.aws4.group_auto_scaling_group;grStroke=1;"
                                            "strokeColor=#D86613;fillColor=none;verticalAlign=top;align=center;fontColor=#D86613;"
                                            "dashed=1;spacingTop=25;");
    // Availability zones are a dashed box without an icon in the AWS set.
    return QStringLiteral("fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;fontStyle=0;fontColor=#147EBA;"
                          "whiteSpace=wrap;html=1;container=1;collapsible=0;");
}

QString drawioEdgeStyle()
{
    return QStringLiteral("edgeStyle=orthogonalEdgeStyle;html=1;endArrow=block;elbow=vertical;startArrow=none;endFill=1;"
                          "strokeColor=#545B64;rounded=0;fontSize=11;labelBackgroundColor=#ffffff;");
}

} // namespace scalescope
