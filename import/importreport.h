#pragma once
// What an import did with every resource of the template, so nothing is
// dropped silently: what became a component or a group, what was read into
// something else (a target group, a launch template, a scaling policy),
// which connections were inferred and from what, which were left out and
// why, and every resource that was not mapped, with its type.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace scalescope::import {

struct ImportReport {
    struct Mapped {
        QString resource;
        QString type;
        QString target; // component or group id
        QString as;     // "component ec2", "group vpc"
        QStringList notes;
    };
    struct Used {
        QString resource;
        QString type;
        QString how;
    };
    struct Inferred {
        QString from;
        QString to;
        QString how;      // "listener HttpListener forwards to target group WebTargets"
        QString resource; // the resource that says so
    };
    struct Skipped {
        QString from;
        QString to;
        QString why;
    };
    struct NotMapped {
        QString resource;
        QString type;
        QString why;
    };

    QString source;
    QString format; // "CloudFormation", "Terraform plan"
    std::vector<Mapped> mapped;
    std::vector<Used> used;
    std::vector<Inferred> connections;
    std::vector<Skipped> skipped;
    std::vector<NotMapped> notMapped;
    QStringList notes;

    void addNote(const QString &resource, const QString &note);
    QString markdown() const;
    QJsonObject json() const;
};

} // namespace scalescope::import
