#pragma once
// Mean end-to-end latency per request class (static, read, write) against
// users, on a log axis in milliseconds: flat while queues are short, a
// wall where a resource saturates and requests wait for the timeout.

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

    static QString formatMilliseconds(double ms); // "0.5 ms", "10 ms", "1 s"

private:
    std::array<QCPGraph *, kUserClasses> m_graphs{};
};

} // namespace scalescope
