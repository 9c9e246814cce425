#pragma once
// draw.io styles for the catalog's kinds and group kinds: the official AWS
// shapes of draw.io's AWS 2021+ library (mxgraph.aws4.*) with their
// category colours, and the AWS group boxes.

#include <QString>

namespace scalescope {

QString drawioComponentStyle(const QString &kind);
QString drawioGroupStyle(const QString &groupKind);
QString drawioEdgeStyle();

} // namespace scalescope
