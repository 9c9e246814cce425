#pragma once
// Resource types to catalog kinds: which AWS resource becomes which
// component or group, with which parameters read from which properties, and
// where it is placed (its subnets' availability zones, its VPC, the region).
// Types with no catalog kind go to the report's "not mapped" list; types
// that only shape others (launch templates, target groups, listeners,
// scaling policies, subnets, security groups, ...) are "read into" them.

#include "catalog.h"
#include "document.h"
#include "importreport.h"
#include "sourcetemplate.h"

#include <QHash>
#include <QSet>

namespace scalescope::import {

struct MappedTemplate {
    Architecture architecture;               // components and groups; no connections, no positions
    QHash<QString, QStringList> components;  // source id -> the component ids it stands for
    QSet<QString> internalLoadBalancers;     // component ids not reachable from the internet
    std::vector<ImportReport::Inferred> structural; // primary -> replica, known from the mapping
};

MappedTemplate mapResources(const SourceTemplate &source, const Catalog &catalog, ImportReport &report);

// What a type that is read into other parts is used for (empty for others).
QString foldedTypeUse(const QString &type);
// A component or group id from a logical id or Terraform address.
QString importId(const QString &sourceId);

} // namespace scalescope::import
