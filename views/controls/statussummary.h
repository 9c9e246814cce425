#pragma once
// One line for the status bar with the figures people glance at:
// "1.2M users · 4,800 req/s peak · read 42 ms · 99.95% (4.4 h/yr down) · $12,300/month".
// The tooltip adds the bottleneck, every request class and cost per user.

#include "evaluation.h"
#include "network.h"

#include <QLabel>

namespace scalescope {

class StatusSummary : public QLabel
{
    Q_OBJECT
public:
    explicit StatusSummary(QWidget *parent = nullptr);

    static QString summary(const Evaluation &e);
    static QString details(const Network &n, const Evaluation &e);

    static QString formatLatency(double seconds);          // "4.6 ms", "42 ms", "2.4 s"
    static QString formatAvailability(double availability); // "99.93%", never rounds up to 100%
    static QString formatDowntime(double minutesPerYear);   // "32 s/yr", "45 min/yr", "4.4 h/yr", "3.1 d/yr"

public slots:
    void setEvaluation(const Network &n, const Evaluation &e);
    // The architecture does not evaluate: say why instead of stale figures.
    void showError(const QString &message);
};

} // namespace scalescope
