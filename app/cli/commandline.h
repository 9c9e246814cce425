#pragma once
// The headless command line: validate, evaluate and sweep a scenario.

#include <QStringList>
#include <QTextStream>

namespace scalescope {

// True when args (without the program name) start with a command this
// handles, so main() knows not to start the window.
bool isCommandLineCommand(const QStringList &args);
// Runs a command; returns the process exit code (0 success, 1 bad input,
// 2 bad usage). Writes results to out and messages to err.
// `processEndsAfter`: the caller exits right after, so the compiled network
// and its evaluation are left to the exit rather than freed block by block
// (on 200,000 components, over two million of them).
int runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err, bool processEndsAfter = false);

} // namespace scalescope
