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
// rest of the report with an empty "components" array.
QJsonObject componentJson(const Network &n, const Evaluation &e, size_t component);
QJsonObject evaluationSummaryJson(const Network &n, const Evaluation &e, const StageInfo &stage);

// Calls `write` with consecutive pieces of the indented JSON text.
void writeEvaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage,
                         const std::function<void(QByteArrayView)> &write);

} // namespace scalescope
