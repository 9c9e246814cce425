// The evaluation's CSV reports, written row by row in pieces: 200,000
// components are half a million rows.
#include "report.h"

#include "csvtext.h"
#include "piecewriter.h"

namespace scalescope {

namespace {

// A header line, then each component's rows (`rows(out, i)` appends them),
// handed over in pieces.
template <typename Rows>
void writeCsv(const Network &n, const char *header, const std::function<void(QByteArrayView)> &write, Rows rows)
{
    PieceWriter pieces(write);
    pieces.text().append(header);
    for (size_t i = 0; i < n.components.size(); ++i) {
        rows(pieces.text(), i);
        pieces.pieceDone();
    }
    pieces.flush();
}

} // namespace

void writeEvaluationCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write)
{
    writeCsv(n, "component,kind,resource,unit,demand,capacity,utilization,ceilingUsers,responseTimeMs\n", write,
             [&](QByteArray &out, size_t i) {
                 const ComponentModel &m = n.components[i];
                 for (size_t k = 0; k < m.resources.size(); ++k) {
                     const ResourceModel &rm = m.resources[k];
                     const ResourceResult &r = e.components[i].resources[k];
                     appendCsvField(out, m.id);
                     out.append(',');
                     appendCsvText(out, m.kind->id);
                     out.append(',');
                     appendCsvField(out, rm.name);
                     out.append(',');
                     appendCsvText(out, rm.unit);
                     for (double v : {r.demand, r.capacity, r.utilization, rm.ceiling}) {
                         out.append(',');
                         appendCsvNumber(out, v);
                     }
                     out.append(',');
                     if (rm.type == ResourceType::Queueing)
                         appendCsvNumber(out, r.responseTime * 1000);
                     out.append('\n');
                 }
             });
}

void writeCostsCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write)
{
    writeCsv(n, "component,label,kind,item,monthlyCostUsd\n", write, [&](QByteArray &out, size_t i) {
        const ComponentModel &m = n.components[i];
        for (size_t k = 0; k < m.costLines.size(); ++k) {
            appendCsvField(out, m.id);
            out.append(',');
            appendCsvField(out, m.label);
            out.append(',');
            out.append(costKindName(m.costLines[k].kind));
            out.append(',');
            appendCsvField(out, m.costLines[k].item);
            out.append(',');
            appendCsvNumber(out, e.components[i].costLines[k]);
            out.append('\n');
        }
    });
}

} // namespace scalescope
