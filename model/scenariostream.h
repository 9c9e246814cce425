#pragma once
// A fast path for reading large scenario files: the base architecture's
// components, connections and groups are read straight from the text into
// the document, without QJsonDocument's tree (on 200,000 components the tree
// and its conversion were a third of `scalescope evaluate`). The rest of the
// file (workload, stages, profile, reasons: small) is handed back as the text
// of a JSON object for the ordinary reader.
//
// It reads a strict subset of what the ordinary reader takes: plain ASCII
// strings, plain numbers, each key once, only valid values. On anything else
// it gives up and returns nothing, and the caller reads the file the ordinary
// way, which also words every error: a file gives the same scenario, or the
// same error, whichever way it is read.

#include "catalog.h"
#include "document.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace scalescope {

// The ordinary reader's check of one parameter: typed by the kind, within
// its range; false when the value is not good.
using ParamCheck = std::function<bool(const KindSpec &kind, const QString &name, const QJsonValue &value, ParamValue &out)>;

struct StreamedScenario {
    Architecture base;  // components, connections and groups (no workload)
    QByteArray others;  // every other top-level member, as a JSON object's text
};

std::optional<StreamedScenario> streamScenario(QByteArrayView text, const Catalog &catalog, const ParamCheck &check);

} // namespace scalescope
