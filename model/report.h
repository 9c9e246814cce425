#pragma once
// Evaluations and sweeps as JSON, CSV and Markdown, for the command line
// and for anyone who wants the numbers outside the app.

#include "evaluation.h"
#include "sweep.h"

#include <QJsonObject>

namespace scalescope {

struct StageInfo {
    int index = 0;      // 0 = base
    QString title;
};

QJsonObject evaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage);
QByteArray evaluationCsv(const Network &n, const Evaluation &e);
// The month's bill, one row per component and line.
QByteArray costsCsv(const Network &n, const Evaluation &e);
QByteArray evaluationMarkdown(const Network &n, const Evaluation &e, const StageInfo &stage);

QJsonObject sweepJson(const Network &n, const Sweep &s, const StageInfo &stage);
QByteArray sweepCsv(const Network &n, const Sweep &s);

// "Primary DB write IOPS 118% (2,360 of 2,000 IOPS)"-style phrase.
QString describeLoad(const ComponentModel &c, int resource, const ResourceResult &r);
// 12,345 / 2.5M / 0.37: numbers people read at a glance.
QString humanNumber(double value);

} // namespace scalescope
