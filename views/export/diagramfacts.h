#pragma once
// What an exported picture says in words: which scenario and stage, and the
// key figures at the user count shown (users, bottleneck, ceiling, latency,
// availability, cost), as label and value pairs ready to print.

#include "document.h"

#include <QList>
#include <QPair>
#include <QString>

namespace scalescope {

struct Evaluation;
struct Network;

struct DiagramFacts {
    QString scenarioTitle;
    int stage = 0; // 0 = the base
    int stageCount = 0;
    QString stageTitle;
    QString narrative;
    double users = 0;
    QList<QPair<QString, QString>> figures; // ("Users", "2.5k (480 req/s at the peak)"), ...

    // "Stage 3 of 6: 1,000 users: a second availability zone", "Base architecture".
    QString heading() const;
};

// The stage's words without figures (an architecture that does not evaluate).
DiagramFacts stageFacts(const Scenario &scenario, int stage, double users);
// The same with the figures of the evaluation at `users`.
DiagramFacts stageFacts(const Scenario &scenario, int stage, const Network &network, const Evaluation &evaluation);

// The user count a stage is shown at when nobody chose one: the start of the
// range the stage is meant for (its title names it), else the workload's.
double stageUsers(const Scenario &scenario, int stage);

} // namespace scalescope
