#pragma once
// What the importer reads out of a CloudFormation template or a Terraform
// plan before anything is mapped: resources with their type, their
// properties as JSON values, and the references they make to each other,
// with where each reference sits. Both readers produce this, so the mapping
// and the connection inference do not care which format it came from.

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace scalescope::import {

enum class SourceFormat { CloudFormation, TerraformPlan };

// One resource naming another. `path` is where: the property keys from the
// resource's properties down, joined with '.', list positions left out
// ("DefaultActions.TargetGroupArn", "environment.variables.TABLE_NAME").
struct SourceReference {
    QString target; // the other resource's id
    QString path;
    QString form;   // "!Ref", "!GetAtt", "!Sub", "DependsOn", "reference"
};

struct SourceResource {
    QString id;              // logical id, or the Terraform address
    QString type;            // "AWS::EC2::Instance", "aws_instance"
    QJsonObject properties;  // CloudFormation intrinsics kept as {"Ref": ...}
    std::vector<SourceReference> references; // to other resources only
    int line = 0;            // 1-based, 0 when unknown
    int column = 0;
    bool dataSource = false; // a Terraform data source: read, not created
};

struct SourceTemplate {
    SourceFormat format = SourceFormat::CloudFormation;
    QString file;
    QString description;
    QString region;          // when the source says it
    QHash<QString, QJsonValue> parameters; // CloudFormation parameters' defaults
    std::vector<SourceResource> resources;

    const SourceResource *resource(const QString &id) const;
};

// A template that cannot be read: the file, where and what.
struct ImportError {
    QString file;
    int line = 0; // 1-based, 0 when the problem has no place
    int column = 0;
    QString message;

    QString toString() const;
};

// Far beyond a real stack (CloudFormation itself allows 500 resources per
// template) and small enough that layout and evaluation stay interactive.
inline constexpr int kMaxImportResources = 2000;
inline constexpr qint64 kMaxTemplateBytes = 16 * 1024 * 1024;

} // namespace scalescope::import
