#pragma once
// Evaluations and sweeps as JSON, CSV and Markdown, for the command line
// and for anyone who wants the numbers outside the app.

#include "evaluation.h"
#include "sweep.h"

#include <QByteArrayView>
#include <QJsonObject>

#include <functional>

namespace scalescope {

struct StageInfo {
    int index = 0;      // 0 = base
    QString title;
};

QJsonObject evaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage);
// The same with the SLO ceiling already searched (sloCeilingUsers(n)).
QJsonObject evaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage, double sloCeiling);
// One row per component and resource, handed to `write` in consecutive
// pieces (reportcsv.cpp).
void writeEvaluationCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write);
// The month's bill, one row per component and line, the same way.
void writeCostsCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write);
// `sloCeiling` gives sloCeilingUsers(n) (none: worked out here); it is asked
// for after the component table is made, so a caller can search meanwhile.
QByteArray evaluationMarkdown(const Network &n, const Evaluation &e, const StageInfo &stage,
                              const std::function<double()> &sloCeiling = {});

QJsonObject sweepJson(const Network &n, const Sweep &s, const StageInfo &stage);
QByteArray sweepCsv(const Network &n, const Sweep &s);

// "Primary DB write IOPS 118% (2,360 of 2,000 IOPS)"-style phrase.
QString describeLoad(const ComponentModel &c, int resource, const ResourceResult &r);
// What else a person needs to read a resource's load, or empty: where a
// database's working set outgrows its buffer pool and reads go to storage.
QString resourceNote(const ResourceModel &r);
// The one way a figure is written for people (users, rates, counts, money,
// in the window, the exports, the advice and the command line): three
// significant digits below 100 ("0.37", "12.5"), whole with thousands
// separators up to a million ("12,345"), then millions and billions to three
// significant digits ("2.5M", "16.8M", "1.2B").
QString humanNumber(double value);

} // namespace scalescope
