#pragma once
// Connections from what a template says: listeners to their target groups'
// targets, CloudFront origins, Route 53 alias targets, event source
// mappings (and SAM events), API integrations, replicas, security group
// ingress between groups, and references (!Ref, !GetAtt, ${} in !Sub,
// Terraform references, environment variables) where the pair of kinds
// means one calls the other (a server naming its database, not a database
// naming its subnet group). Then users in front of every entry point.
// Every connection goes into the report with how it was inferred; one
// that would close a cycle or break a rule is left out and reported.

#include "catalog.h"
#include "importreport.h"
#include "resourcemapping.h"
#include "sourcetemplate.h"

namespace scalescope::import {

void inferConnections(const SourceTemplate &source, MappedTemplate &mapped, const Catalog &catalog, ImportReport &report);

} // namespace scalescope::import
