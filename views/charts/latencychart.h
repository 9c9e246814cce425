#pragma once
// End-to-end latency per request class (static, read, write) against users,
// on a log axis in milliseconds: the mean as a line, p50 to p99 as a band
// with p95 dashed, and the workload's p99 targets as flat lines. Flat while
// queues are short; where a resource saturates, served requests wait about
// the timeout and the rest fail.

#include "network.h"
#include "sweep.h"
#include "sweepplot.h"

namespace scalescope {

class LatencyChart : public SweepPlot
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setData(const Network &network, const Sweep &sweep);
    void setUsers(double users) { setCursorUsers(users); }
    // The graph of a request class (ClassStatic, ClassRead, ClassWrite), or
    // null when the workload sends none of that class.
    QCPGraph *classGraph(int requestClass) const;
    // The p99 edge of a class's band, and its p99 target line (null when none).
    QCPGraph *p99Graph(int requestClass) const;
    QCPGraph *targetGraph(int requestClass) const;

    static QString formatMilliseconds(double ms); // "0.5 ms", "10 ms", "1 s"

private:
    QCPGraph *percentileGraph(const QVector<double> &users, const Sweep &sweep, int cls,
                              std::array<double, kUserClasses> SweepPoint::*field, QVector<double> &all);

    std::array<QCPGraph *, kUserClasses> m_graphs{};
    std::array<QCPGraph *, kUserClasses> m_p99{};
    std::array<QCPGraph *, kUserClasses> m_targets{};
};

} // namespace scalescope
