#pragma once
// The charts' sweep of a big network, worked out a few points per turn of
// the event loop, so that opening a big file paints its first frame before
// the curves are there. The result is the model's sweep(), point for point:
// each point is that function run on one user count.

#include "network.h"
#include "sweep.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace scalescope {

class DeferredSweep : public QObject
{
    Q_OBJECT
public:
    explicit DeferredSweep(QObject *parent = nullptr);

    // Starts over on `network`, which must outlive the work or be followed
    // by another start() or cancel() before it changes.
    void start(const Network &network, double from, double to, int points);
    void cancel();
    // Works out the points still missing now.
    void settle();
    bool isRunning() const { return m_network != nullptr; }
    // Complete once finished() has been emitted; empty while running.
    const Sweep &result() const { return m_running ? m_empty : m_sweep; }

signals:
    void finished();

private:
    void slice();
    void computePoint(size_t p);

    const Network *m_network = nullptr;
    bool m_running = false;
    std::vector<double> m_users;
    size_t m_next = 0;
    Sweep m_sweep;
    Sweep m_empty;
    QTimer m_slices;
};

} // namespace scalescope
