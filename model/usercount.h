#pragma once
#include <QString>

#include <optional>

namespace scalescope {

inline constexpr double kMinUsers = 1;
inline constexpr double kMaxUsers = 100'000'000;

// Reads a user count as people type it: "2500", "2,500", "10k", "2.5M",
// "1e6". Returns nothing for anything else (negative, NaN, junk).
std::optional<double> parseUserCount(const QString &text);

// The one rule for a user count given on the command line or typed in:
// parseUserCount, within kMinUsers to kMaxUsers (the slider's range).
std::optional<double> parseUserCountInRange(const QString &text);
// Says what parseUserCountInRange accepts, for error messages.
QString userCountRule();

} // namespace scalescope
