#pragma once
// One copy of a queueing resource in the simulator: a processor-sharing or
// first-come-first-served station. The stations keep their own clocks and
// queues; the simulator (simulator.cpp) owns the events and the requests.
// Jobs are named by (request slot, generation): a slot is reused once its
// request is done, and a stale generation marks a job that left early.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace scalescope {

struct JobRef {
    std::uint32_t request = 0;
    std::uint32_t generation = 0;
};

// A first-in first-out queue in a ring that only grows: no allocation once
// it has reached its largest size.
class JobRing {
public:
    bool empty() const { return count == 0; }
    void push(JobRef job)
    {
        if (count == ring.size())
            grow();
        ring[(head + count) & (ring.size() - 1)] = job;
        ++count;
    }
    JobRef pop()
    {
        const JobRef job = ring[head];
        head = (head + 1) & (ring.size() - 1);
        --count;
        return job;
    }

private:
    void grow()
    {
        std::vector<JobRef> bigger(std::max<size_t>(16, ring.size() * 2));
        for (size_t i = 0; i < count; ++i)
            bigger[i] = ring[(head + i) & (ring.size() - 1)];
        ring.swap(bigger);
        head = 0;
    }
    std::vector<JobRef> ring; // size a power of two
    size_t head = 0;
    size_t count = 0;
};

struct Station {
    bool processorSharing = true;
    double servers = 1; // processor sharing: may be fractional; FCFS: whole

    // Busy server time, integrated up to `clock`.
    double clock = 0;
    double busyArea = 0;
    std::int64_t completions = 0;
    // At the start of the measured window, and over it.
    double areaAtWindowStart = 0;
    std::int64_t completionsAtWindowStart = 0;
    double windowArea = 0;
    std::int64_t windowCompletions = 0;

    // Processor sharing: jobs present, and the virtual time that advances at
    // each job's rate min(1, c/n); a job is done when it reaches the virtual
    // time it arrived at plus its service time.
    struct Finish {
        double virtualFinish = 0;
        JobRef job;
        bool operator>(const Finish &o) const { return virtualFinish > o.virtualFinish; }
    };
    int present = 0;
    double virtualTime = 0;
    std::uint32_t generation = 0; // of the pending completion event
    std::vector<Finish> finishes; // min-heap; stale entries are skipped

    // FCFS: servers busy and the waiting line (stale entries skipped).
    int busy = 0;
    JobRing waiting;

    double busyServers() const { return processorSharing ? std::min(double(present), servers) : double(busy); }
    double shareRate() const { return present > 0 ? std::min(1.0, servers / present) : 0.0; }

    // Moves the clock to t, adding up busy time and virtual time.
    void advanceTo(double t)
    {
        const double dt = t - clock;
        if (dt <= 0)
            return;
        busyArea += busyServers() * dt;
        if (processorSharing)
            virtualTime += shareRate() * dt;
        clock = t;
    }

    void pushFinish(double serviceTime, JobRef job)
    {
        finishes.push_back({virtualTime + serviceTime, job});
        std::push_heap(finishes.begin(), finishes.end(), std::greater<>());
        ++present;
    }
    Finish popFinish()
    {
        std::pop_heap(finishes.begin(), finishes.end(), std::greater<>());
        const Finish f = finishes.back();
        finishes.pop_back();
        return f;
    }
    // Drops finished-early (stale) entries from the top of the heap.
    template <typename IsLive>
    void dropStale(IsLive &&isLive)
    {
        while (!finishes.empty() && !isLive(finishes.front().job))
            popFinish();
    }
};

} // namespace scalescope
