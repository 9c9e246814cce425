#include "evaluationjsonstream.h"

#include "jsontext.h"
#include "piecewriter.h"
#include "sloceiling.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace scalescope {

namespace {

// How the summary writes its empty array (a line each for "[" and "]").
constexpr QByteArrayView kEmptyComponents = "\n    \"components\": [\n    ]";

// One component's object as an element of the components array: what
// componentJson holds, its keys in QJsonObject's (sorted) order, written
// without building the object.
void appendComponent(QByteArray &out, const Network &n, const Evaluation &e, size_t i, bool last)
{
    const ComponentModel &m = n.components[i];
    const ComponentResult &r = e.components[i];
    JsonText j(out, 2);
    j.beginObject();
    j.member("arrivalRate", r.arrivalRate);
    j.member("availability", r.availability);
    j.key("costLines");
    j.beginArray();
    for (size_t k = 0; k < m.costLines.size(); ++k) {
        j.beginObject();
        j.member("item", m.costLines[k].item);
        j.member("kind", costKindName(m.costLines[k].kind));
        j.member("monthlyCostUsd", r.costLines[k]);
        j.endObject();
    }
    j.endArray();
    j.member("down", m.down);
    j.member("errorShare", r.errorShare);
    j.member("id", m.id);
    j.member("instances", r.instances);
    j.member("kind", m.kind->id);
    j.member("label", m.label);
    j.member("monthlyCostUsd", r.monthlyCost);
    j.key("resources");
    j.beginArray();
    for (size_t k = 0; k < m.resources.size(); ++k) {
        const ResourceModel &rm = m.resources[k];
        const ResourceResult &rr = r.resources[k];
        const bool queueing = rm.type == ResourceType::Queueing;
        j.beginObject();
        if (std::isfinite(rm.aboveUsers()))
            j.member("bufferPoolFullUsers", rm.aboveUsers());
        j.member("capacity", rr.capacity);
        j.member("ceilingUsers", rm.ceiling);
        if (queueing)
            j.member("copies", rr.copies);
        j.member("demand", rr.demand);
        j.member("name", rm.name);
        if (queueing) {
            j.member("responseTimeMs", rr.responseTime * 1000);
            j.member("servers", rm.servers());
            j.member("serviceTimeMs", rm.serviceTime() * 1000);
        }
        j.member("type", queueing ? "queueing" : rm.type == ResourceType::Limit ? "limit" : "capacity");
        j.member("unit", rm.unit);
        j.member("utilization", rr.utilization);
        j.endObject();
    }
    j.endArray();
    j.member("utilization", r.utilization);
    j.endObject();
    out.append(last ? "\n" : ",\n");
}

} // namespace

void writeEvaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage,
                         const std::function<void(QByteArrayView)> &write, const std::function<double()> &sloCeiling)
{
    const auto summaryText = [&](double slo) {
        return QJsonDocument(evaluationSummaryJson(n, e, stage, slo)).toJson(QJsonDocument::Indented);
    };
    const auto searched = [&] { return sloCeiling ? sloCeiling() : sloCeilingUsers(n); };
    // The keys come in sorted order, so everything before "components" is
    // the same whatever the SLO ceiling ("sloCeilingUsers" comes after):
    // the head is written from a summary without it, the tail from one with it.
    const QByteArray head = summaryText(std::numeric_limits<double>::quiet_NaN());
    const qsizetype at = head.indexOf(kEmptyComponents);
    if (n.components.empty() || at < 0) { // nothing to put in, or a layout this does not know: the whole report
        write(QJsonDocument(evaluationJson(n, e, stage, searched())).toJson(QJsonDocument::Indented));
        return;
    }
    // Up to and including the array's opening line; its closing line last.
    const qsizetype open = at + kEmptyComponents.size() - qsizetype(sizeof("    ]") - 1);
    write(QByteArrayView(head).first(open));
    PieceWriter pieces(write); // a few dozen components a piece
    for (size_t i = 0; i < n.components.size(); ++i) {
        appendComponent(pieces.text(), n, e, i, i + 1 == n.components.size());
        pieces.pieceDone();
    }
    pieces.flush();
    const QByteArray tail = summaryText(searched());
    write(QByteArrayView(tail).sliced(open));
}

} // namespace scalescope
