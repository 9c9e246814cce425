#pragma once
// Recording an edit into a stage's edit list. Appending is always correct;
// folding keeps the list short and meaningful for the stage bar (a component
// added and then moved in the same stage is one add, not an add and five
// moves; an add followed by a remove is nothing at all).

#include "document.h"

#include <vector>

namespace scalescope {

// Returns the stage's edit list with `edit` recorded. `before` is the
// architecture the stage starts from (the previous stage's). The result
// always yields exactly the same architecture as the old list followed by
// `edit`; where folding would not, the edit is simply appended. The edit
// must apply (the caller checks that first).
std::vector<Edit> recordEdit(const Architecture &before, const std::vector<Edit> &list, const Edit &edit);

} // namespace scalescope
