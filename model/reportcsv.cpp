// The evaluation's CSV reports, written row by row in pieces: 200,000
// components are half a million rows.
#include "report.h"

#include "csvtext.h"
#include "piecewriter.h"

namespace scalescope {

void writeEvaluationCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write)
{
    PieceWriter pieces(write);
    QByteArray &out = pieces.text();
    out.append("component,kind,resource,unit,demand,capacity,utilization,ceilingUsers,responseTimeMs\n");
    for (size_t i = 0; i < n.components.size(); ++i) {
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
        pieces.pieceDone();
    }
    pieces.flush();
}

void writeCostsCsv(const Network &n, const Evaluation &e, const std::function<void(QByteArrayView)> &write)
{
    PieceWriter pieces(write);
    QByteArray &out = pieces.text();
    out.append("component,label,kind,item,monthlyCostUsd\n");
    for (size_t i = 0; i < n.components.size(); ++i) {
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
        pieces.pieceDone();
    }
    pieces.flush();
}

} // namespace scalescope
