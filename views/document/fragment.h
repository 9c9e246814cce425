#pragma once
// Copied items travel as a small scenario file: the same JSON as on disk,
// checked by the same reader when pasted, readable in a text editor and
// pasteable from one (diagrams as code).

#include "catalog.h"
#include "document.h"
#include "document/selection.h"

#include <optional>

namespace scalescope {

inline constexpr const char *kFragmentMimeType = "application/x-scalescope-fragment";

// The selected components and groups, the members of selected groups (a
// group carries what it holds), and the connections among them. Links to
// anything outside are dropped.
Architecture extractFragment(const Architecture &a, const Selection &items);
QByteArray fragmentToJson(const Architecture &fragment);
// Nothing (and *error set) when the text is not a valid scenario.
std::optional<Architecture> fragmentFromJson(const QByteArray &json, QString *error,
                                             const Catalog &catalog = Catalog::builtin());

} // namespace scalescope
