#include "chartspanel.h"

#include "usercount.h"

#include <QHBoxLayout>

#include <algorithm>
#include <cmath>

namespace scalescope {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_utilization(new UtilizationChart(this))
    , m_latency(new LatencyChart(this))
    , m_cost(new CostChart(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Utilisation carries most lines and the ceilings: it gets more room.
    layout->addWidget(m_utilization, 4);
    layout->addWidget(m_latency, 3);
    layout->addWidget(m_cost, 3);

    for (SweepPlot *plot : {static_cast<SweepPlot *>(m_utilization), static_cast<SweepPlot *>(m_latency),
                            static_cast<SweepPlot *>(m_cost)}) {
        // A drag on one chart moves all three cursors at once, then tells the window.
        connect(plot, &SweepPlot::usersDragged, this, [this](double users) {
            setUsers(users);
            emit usersDragged(users);
        });
    }
    connect(m_utilization, &SweepPlot::componentClicked, this, &ChartsPanel::componentClicked);
}

void ChartsPanel::setData(const Network &network, const Sweep &sweep, bool pending)
{
    m_utilization->setData(network, sweep);
    m_latency->setData(network, sweep);
    m_cost->setData(sweep);
    if (pending && sweep.points.empty())
        for (SweepPlot *plot : {static_cast<SweepPlot *>(m_utilization), static_cast<SweepPlot *>(m_latency),
                                static_cast<SweepPlot *>(m_cost)})
            plot->setEmptyText(tr("Working out the curves\u2026"));
}

void ChartsPanel::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    m_users = std::clamp(users, kMinUsers, kMaxUsers);
    m_utilization->setUsers(users);
    m_latency->setUsers(users);
    m_cost->setUsers(users);
}

void ChartsPanel::setEvaluation(const Evaluation &evaluation)
{
    m_utilization->setBottleneck(evaluation.bottleneckComponent);
}

void ChartsPanel::highlightComponent(const QString &id)
{
    m_utilization->highlightComponent(id);
}

} // namespace scalescope
