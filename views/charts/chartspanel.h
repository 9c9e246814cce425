#pragma once
// The charts under the canvas: utilisation, latency and cost against users,
// side by side on the same log axis, with one cursor at the current user
// count. Meant for a bottom dock.
//
// setData() when the architecture changes (a rebuild); setUsers() on every
// slider move (cursor layers only); setEvaluation() when the evaluation at
// that count is in (a curve more when the bottleneck moves to a component
// that had none).

#include "costchart.h"
#include "latencychart.h"
#include "utilizationchart.h"

#include <QWidget>

namespace scalescope {

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    // `pending`: a big network's curves are still being worked out (they
    // follow with another setData); the empty charts say so.
    void setData(const Network &network, const Sweep &sweep, bool pending = false);
    double users() const { return m_users; }

    UtilizationChart *utilizationChart() const { return m_utilization; }
    LatencyChart *latencyChart() const { return m_latency; }
    CostChart *costChart() const { return m_cost; }

public slots:
    void setUsers(double users);
    // The evaluation at the cursor's user count (it follows setUsers()): the
    // utilisation chart names its bottleneck.
    void setEvaluation(const scalescope::Evaluation &evaluation);
    // Emphasises the component's curve (empty: none); adds it if it had none.
    void highlightComponent(const QString &id);

signals:
    // The person dragged or clicked the cursor to this user count.
    void usersDragged(double users);
    // The person clicked the curve of this component.
    void componentClicked(const QString &id);

private:
    UtilizationChart *m_utilization;
    LatencyChart *m_latency;
    CostChart *m_cost;
    double m_users = 1000;
};

} // namespace scalescope
