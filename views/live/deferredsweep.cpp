#include "deferredsweep.h"

#include <QElapsedTimer>

#include <algorithm>

namespace scalescope {

namespace {

// A share of a 60 Hz frame per turn, as the connection router takes.
constexpr qint64 kSliceNanoseconds = 8'000'000;

} // namespace

DeferredSweep::DeferredSweep(QObject *parent)
    : QObject(parent)
{
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &DeferredSweep::slice);
}

void DeferredSweep::start(const Network &network, double from, double to, int points)
{
    m_network = &network;
    m_running = true;
    m_users = logSpace(from, to, points);
    m_next = 0;
    m_sweep = Sweep{};
    m_sweep.componentCount = int(network.components.size());
    m_sweep.points.resize(m_users.size());
    m_sweep.utilization.resize(m_users.size() * network.components.size());
    m_slices.start();
}

void DeferredSweep::cancel()
{
    m_slices.stop();
    m_network = nullptr;
    m_running = false;
    m_sweep = Sweep{};
}

void DeferredSweep::settle()
{
    if (!m_running)
        return;
    m_slices.stop();
    while (m_next < m_users.size())
        computePoint(m_next++);
    m_network = nullptr;
    m_running = false;
    emit finished();
}

void DeferredSweep::slice()
{
    QElapsedTimer clock;
    clock.start();
    // At least one point a turn, however slow a point is.
    while (m_next < m_users.size()) {
        computePoint(m_next++);
        if (clock.nsecsElapsed() >= kSliceNanoseconds)
            break;
    }
    if (m_next < m_users.size()) {
        m_slices.start();
        return;
    }
    settle(); // nothing left: marks it done
}

void DeferredSweep::computePoint(size_t p)
{
    // The model's sweep on this one user count (logSpace gives `from`
    // exactly for one point), so the whole equals sweep() over the range.
    const Sweep one = scalescope::sweep(*m_network, m_users[p], m_users[p], 1);
    m_sweep.points[p] = one.points.front();
    std::copy(one.utilization.begin(), one.utilization.end(),
              m_sweep.utilization.begin() + std::ptrdiff_t(p * one.utilization.size()));
}

} // namespace scalescope
