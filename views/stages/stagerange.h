#pragma once
// A stage's intended user range in words: "for 1,000 to 10,000 users".

#include "document.h"

namespace scalescope {

// Empty when the stage gives no range.
QString stageRangeText(const Stage &stage);

} // namespace scalescope
