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
double erlangB(int servers, double offeredLoad);
// Erlang C: C(c, A) = c*Bc / (c - A*(1 - Bc)), for A < c; 1 when A >= c.
double erlangC(int servers, double offeredLoad);
// M/M/c with arrival rate lambda, mean service time S and c servers.
// An unstable queue reports meanWait = +inf.
QueueResult mmc(int servers, double lambda, double serviceTime);

} // namespace scalescope
