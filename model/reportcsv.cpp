// The CSV reports: the evaluation's two written row by row in pieces
// (200,000 components are half a million rows), and the sweep's.
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

QByteArray sweepCsv(const Network &n, const Sweep &s)
{
    QByteArray out = "users,bottleneckComponent,bottleneckResource,bottleneckUtilization";
    for (int c = 0; c < kUserClasses; ++c)
        out.append(",latencyMs_").append(className(c)).append(",errorRate_").append(className(c));
    out.append(",availability,monthlyCostUsd,costPerUserUsd");
    for (const ComponentModel &m : n.components) {
        out.append(',');
        appendCsvField(out, QStringLiteral("utilization_") + m.id);
    }
    out.append('\n');
    const auto number = [&out](double v) {
        out.append(',');
        appendCsvNumber(out, v);
    };
    for (size_t p = 0; p < s.points.size(); ++p) {
        const SweepPoint &pt = s.points[p];
        appendCsvNumber(out, pt.users);
        out.append(',');
        if (pt.bottleneckComponent >= 0) {
            const ComponentModel &m = n.components[size_t(pt.bottleneckComponent)];
            appendCsvField(out, m.id);
            out.append(',');
            appendCsvField(out, m.resources[size_t(pt.bottleneckResource)].name);
        } else {
            out.append(',');
        }
        number(pt.bottleneckUtilization);
        for (int c = 0; c < kUserClasses; ++c) {
            number(pt.latency[size_t(c)] * 1000);
            number(pt.errorRate[size_t(c)]);
        }
        for (double v : {pt.availability, pt.monthlyCost, pt.costPerUser})
            number(v);
        for (size_t i = 0; i < n.components.size(); ++i)
            number(s.componentUtilization(p, i));
        out.append('\n');
    }
    return out;
}

} // namespace scalescope
