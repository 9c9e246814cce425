#pragma once
// One line per stage of a scenario: how far it goes and what breaks first.
// The journey table in the app, the CLI's `journey` command and the README
// table all come from here.

#include "bottleneck.h"
#include "catalog.h"
#include "document.h"

#include <QJsonArray>

#include <vector>

namespace scalescope {

struct StageSummary {
    int stage = 0;          // 0 = base
    QString title;
    double ceilingUsers = 0;
    double sloCeilingUsers = 0; // within the p99 targets (+inf: no targets)
    QString component;      // the first to break, its label and resource
    QString componentLabel;
    QString resource;
    LimitKind kind = LimitKind::None;
    // Figures just below the ceiling, where queues are long but finite.
    double atUsers = 0;
    double readLatency = 0;  // seconds, mean
    double writeLatency = 0; // seconds, mean
    double readP50 = 0;      // seconds
    double readP99 = 0;      // seconds
    double writeP99 = 0;     // seconds
    double availability = 1;
    double monthlyCost = 0;
    double costPerUser = 0; // per registered user a month
};

// Users at which the summary's figures are taken, as a share of the ceiling.
inline constexpr double kNearCeiling = 0.9;

struct Network;

// One stage's line from its compiled network; `workloadUsers` is where the
// figures are taken when nothing limits the stage.
StageSummary summarizeStage(const Network &network, int stage, const QString &title, double workloadUsers);
// Every stage, compiled with the scenario's catalog.
std::vector<StageSummary> summarizeStages(const Scenario &scenario, const Catalog &catalog);
// The title a stage's line carries ("Base" for stage 0).
QString stageTitle(const Scenario &scenario, int stage);

QJsonArray journeyJson(const std::vector<StageSummary> &rows);
QByteArray journeyCsv(const std::vector<StageSummary> &rows);
QByteArray journeyMarkdown(const std::vector<StageSummary> &rows);

} // namespace scalescope
