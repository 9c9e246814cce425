#pragma once
// New ids for added and pasted items. An id must be free in every stage, not
// only the one being edited: adding "ec2-2" to the base would break a later
// stage that adds its own "ec2-2".

#include "document.h"

#include <QSet>

namespace scalescope {

QSet<QString> idsInUse(const Scenario &s);

// The stem itself when free, else stem-2, stem-3, ...; the id returned is
// added to `taken`, so several calls give different ids.
QString freshId(const QString &stem, QSet<QString> &taken);

} // namespace scalescope
