#pragma once
// The key figures the workshop header shows in large type, as short words:
// how many users the stage holds, what is the bottleneck and how loaded,
// latency, availability and monthly cost. Formatting comes from the status
// bar's and the user count's formatters, so both screens say the same.

#include <QString>

namespace scalescope {

struct Evaluation;
struct Network;

struct WorkshopFigures {
    QString ceiling;      // "980", "2.2M", "over 100M"
    QString bottleneck;   // "Web server CPU 87%"
    double bottleneckUtilization = 0;
    QString latency;      // "42 ms read"
    QString availability; // "99.95%"
    QString monthlyCost;  // "$12,300"
};

WorkshopFigures workshopFigures(const Network &network, const Evaluation &evaluation);

} // namespace scalescope
