#pragma once
// The evaluation report as JSON text written piece by piece: the same bytes
// as QJsonDocument(evaluationJson(...)).toJson(QJsonDocument::Indented), but
// one component at a time, so a large architecture's report (about 2 KB a
// component) is never held whole, nor as a QJsonObject tree.

#include "report.h"

#include <QByteArrayView>

#include <functional>

namespace scalescope {

// The parts evaluationJson puts together: one component's object, and the
// rest of the report with an empty "components" array; `sloCeiling` is
// sloCeilingUsers(n), worked out by the caller.
QJsonObject componentJson(const Network &n, const Evaluation &e, size_t component);
QJsonObject evaluationSummaryJson(const Network &n, const Evaluation &e, const StageInfo &stage, double sloCeiling);

// Calls `write` with consecutive pieces of the indented JSON text.
// `sloCeiling` gives sloCeilingUsers(n) (none: it is worked out here); it
// is asked for only after the components are written, where the figure
// comes in the report, so a caller can search for it meanwhile on another
// thread.
void writeEvaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage,
                         const std::function<void(QByteArrayView)> &write,
                         const std::function<double()> &sloCeiling = {});

} // namespace scalescope
