#pragma once
// A proposal's previewed effect in one line people read at a glance:
// "Ceiling 3,922 -> 101,364 users; then database reads break first
// (Read follower 2 queries); $269 -> $10,499 a month".

#include "advisor.h"

namespace scalescope {

QString proposalEffectText(const Proposal &proposal);

} // namespace scalescope
