#pragma once
// What the fuzzer and tst_fuzzregressions both do with one input, so a
// finding replays through exactly the steps that found it: parse; a failure
// must say what went wrong and name the file; a success must round-trip
// through the writer, and every stage must validate, compile and evaluate.
// Header-only because the test's CMake turns one tst_*.cpp into one test.

#include "evaluation.h"
#include "network.h"
#include "scenariofile.h"
#include "stages.h"
#include "validation.h"

#include <QByteArray>
#include <QString>

#include <exception>

namespace scalescope::fuzzing {

struct StepsOutcome {
    bool parsed = false;
    QString violation; // empty when every check held
};

// User counts across the slider's range, saturated and idle alike.
inline constexpr double kUserCounts[] = {1, 1e3, 1e6, 1e8};

inline QString checkStages(const Scenario &s)
{
    Evaluation reused; // reused like the slider does, so stale buffers are exercised too
    for (int k = 0; k <= int(s.stages.size()); ++k) {
        const Architecture a = architectureAt(s, k);
        if (const auto problem = validateArchitecture(a, Catalog::builtin()))
            return QStringLiteral("stage %1 does not validate: %2: %3").arg(k).arg(problem->path, problem->message);
        // What loaded is within the limits the editor and exports rely on.
        if (const auto problem = limitProblem(a))
            return QStringLiteral("stage %1 is over the limits: %2: %3").arg(k).arg(problem->path, problem->message);
        const Network network = compileNetwork(a);
        for (double users : kUserCounts)
            evaluate(network, users, reused);
        evaluate(network, a.workload.users, reused);
    }
    return {};
}

inline StepsOutcome runLoaderSteps(const QByteArray &bytes, const QString &fileName)
{
    StepsOutcome out;
    LoadError error;
    const std::optional<Scenario> scenario = parseScenario(bytes, fileName, &error);
    if (!scenario) {
        if (error.message.isEmpty())
            out.violation = QStringLiteral("the load failed without a message");
        else if (error.file != fileName || !error.toString().contains(fileName))
            out.violation = QStringLiteral("the message does not name the file: ") + error.toString();
        return out;
    }
    out.parsed = true;
    const QByteArray saved = serializeScenario(*scenario);
    LoadError again;
    const std::optional<Scenario> reread = parseScenario(saved, fileName, &again);
    if (!reread) {
        out.violation = QStringLiteral("the saved scenario does not load: ") + again.toString();
        return out;
    }
    if (!(*reread == *scenario)) {
        out.violation = QStringLiteral("the saved scenario loads as a different document");
        return out;
    }
    try {
        out.violation = checkStages(*scenario);
    } catch (const std::exception &e) {
        // compileNetwork throws only on what validation should have refused.
        out.violation = QStringLiteral("a loaded stage threw: ") + QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace scalescope::fuzzing
