#include "evaluationjsonstream.h"

#include "jsontext.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <future>
#include <thread>

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
        if (std::isfinite(rm.aboveUsers))
            j.member("bufferPoolFullUsers", rm.aboveUsers);
        j.member("capacity", rr.capacity);
        j.member("ceilingUsers", m.ceilings[k]);
        if (queueing)
            j.member("copies", rr.copies);
        j.member("demand", rr.demand);
        j.member("name", rm.name);
        if (queueing) {
            j.member("responseTimeMs", rr.responseTime * 1000);
            j.member("servers", rr.servers);
            j.member("serviceTimeMs", rr.serviceTime * 1000);
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

// Components [first, last) appended to `out`.
void appendRun(QByteArray &out, const Network &n, const Evaluation &e, size_t first, size_t last)
{
    for (size_t i = first; i < last; ++i)
        appendComponent(out, n, e, i, i + 1 == n.components.size());
}

// Formatting is most of writing a large report's components (perf: about
// a tenth of `evaluate` on 200,000 components). With two cores a second
// thread formats every other run of components while this one formats
// the run before it; runs are written in order, so the bytes are those of
// one pass. A run is about a megabyte of text; a report of fewer than two
// runs stays on this thread.
void writeComponents(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write)
{
    constexpr size_t kRun = 512;
    const size_t count = n.components.size();
    QByteArray mine, theirs;
    mine.reserve(2 << 20);
    if (count < 2 * kRun || std::thread::hardware_concurrency() < 2) {
        for (size_t first = 0; first < count; first += kRun) {
            appendRun(mine, n, e, first, std::min(count, first + kRun));
            write(mine);
            mine.resize(0); // keeps its buffer (clear() would give it back)
        }
        return;
    }
    theirs.reserve(2 << 20);
    for (size_t first = 0; first < count; first += 2 * kRun) {
        const size_t middle = std::min(count, first + kRun), end = std::min(count, first + 2 * kRun);
        // The other thread's run, handed back with its text (or its exception).
        std::future<QByteArray> next;
        if (middle < end)
            next = std::async(std::launch::async, [&n, &e, middle, end, buffer = std::move(theirs)]() mutable {
                appendRun(buffer, n, e, middle, end);
                return std::move(buffer);
            });
        appendRun(mine, n, e, first, middle);
        if (next.valid())
            theirs = next.get(); // (a future from std::async also waits for its thread when destroyed)
        write(mine);
        mine.resize(0);
        if (!theirs.isEmpty()) {
            write(theirs);
            theirs.resize(0);
        }
    }
}

} // namespace

void writeEvaluationJson(const Network &n, const Evaluation &e, const StageInfo &stage,
                         const std::function<void(QByteArrayView)> &write)
{
    const QByteArray summary = QJsonDocument(evaluationSummaryJson(n, e, stage)).toJson(QJsonDocument::Indented);
    const qsizetype at = summary.indexOf(kEmptyComponents);
    if (n.components.empty() || at < 0) { // nothing to put in, or a layout this does not know: the whole report
        write(QJsonDocument(evaluationJson(n, e, stage)).toJson(QJsonDocument::Indented));
        return;
    }
    // Up to and including the array's opening line; its closing line last.
    const qsizetype open = at + kEmptyComponents.size() - qsizetype(sizeof("    ]") - 1);
    write(QByteArrayView(summary).first(open));
    writeComponents(n, e, write);
    write(QByteArrayView(summary).sliced(open));
}

} // namespace scalescope
