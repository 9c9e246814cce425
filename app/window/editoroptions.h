#pragma once
// What the editor is asked to open with: `scalescope [FILE] [--stage N|last]
// [--users N] [--workshop]`. A trainer's launcher (or a screenshot script)
// opens the journey at the right step, load and mode in one go.

#include <QString>
#include <QStringList>

#include <optional>

namespace scalescope {

struct EditorOptions {
    QString file;              // empty: the default built-in scenario
    std::optional<int> stage;  // -1: the last stage
    std::optional<double> users;
    bool workshop = false;
};

// Empty error on success; otherwise what is wrong with which argument.
EditorOptions parseEditorOptions(const QStringList &args, QString *error);

} // namespace scalescope
