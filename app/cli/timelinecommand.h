#pragma once
// scalescope timeline: a day of traffic against a stage, minute by minute,
// with auto scaling's lag, and what it cost against a fleet fixed for the peak.

#include <QStringList>
#include <QTextStream>

namespace scalescope {

extern const char *const kTimelineUsage;

// Exit code 0 on success, 1 when the scenario or the profile file cannot be
// used, 2 for bad usage.
int runTimelineCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace scalescope
