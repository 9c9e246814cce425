#pragma once
// M/M/c queueing (Erlang C), formulas in docs/model.md.
// Times are in the unit of serviceTime; rates in its inverse.

namespace scalescope {

struct QueueResult {
    double utilization = 0;  // rho = lambda * S / c
    double waitProbability = 0; // Erlang C: P(wait)
    double meanWait = 0;     // Wq
    double responseTime = 0; // R = Wq + S
    bool stable = true;      // rho < 1
};

// Erlang B by the recursion B0 = 1; Bk = A*B(k-1) / (k + A*B(k-1)).
// (Inline, as Erlang C: every queue's state at every user count.)
inline double erlangB(int servers, double a)
{
    double b = 1.0;
    for (int k = 1; k <= servers; ++k)
        b = a * b / (k + a * b);
    return b;
}

// Erlang C: C(c, A) = c*Bc / (c - A*(1 - Bc)), for A < c; 1 when A >= c.
inline double erlangC(int servers, double a)
{
    if (a >= servers)
        return 1.0;
    const double b = erlangB(servers, a);
    return servers * b / (servers - a * (1.0 - b));
}

// M/M/c with arrival rate lambda, mean service time S and c servers.
// An unstable queue reports meanWait = +inf.
QueueResult mmc(int servers, double lambda, double serviceTime);

} // namespace scalescope
