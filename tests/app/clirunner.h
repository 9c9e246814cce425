#pragma once
// Runs the scalescope binary as a user would and keeps what it printed.
#include <QProcess>
#include <QStringList>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runScalescope(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SCALESCOPE_BINARY), args);
    Run r;
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
        r.err = "the process did not finish normally: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The short name, for tests that do not also see the scalescope namespace.
inline Run scalescope(const QStringList &args) { return runScalescope(args); }

} // namespace
