#pragma once
// Random numbers for the simulator: std::mt19937_64 (its output is fixed by
// the standard) with hand-written distributions, because the standard
// library's distributions differ between implementations and a seed must
// give the same run everywhere.

#include "simulator.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace scalescope {

class SimulationRandom {
public:
    explicit SimulationRandom(std::uint64_t seed) : engine(seed) {}

    // Uniform on [0, 1), 53 random bits.
    double uniform() { return double(engine() >> 11) * 0x1.0p-53; }
    // Exponential with the given mean (1 - u is in (0, 1], so the log is finite).
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    // Uniform index in [0, n).
    int below(int n) { return std::min(n - 1, int(uniform() * n)); }
    // Standard normal, Box-Muller; the second value of a pair is kept.
    double normal()
    {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        const double radius = std::sqrt(-2.0 * std::log1p(-uniform()));
        const double angle = 2.0 * 3.14159265358979323846 * uniform();
        spare = radius * std::sin(angle);
        hasSpare = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 engine;
    bool hasSpare = false;
    double spare = 0;
};

// Service times around a mean, of one distribution for the whole run.
class ServiceTimes {
public:
    ServiceTimes(ServiceDistribution d, double coefficientOfVariation) : distribution(d)
    {
        // Lognormal with mean m and CV v: sigma^2 = ln(1 + v^2), mu = ln(m) - sigma^2 / 2.
        const double variance = std::log1p(coefficientOfVariation * coefficientOfVariation);
        sigma = std::sqrt(variance);
        shift = -variance / 2;
    }

    double draw(SimulationRandom &random, double mean) const
    {
        switch (distribution) {
        case ServiceDistribution::Exponential: return random.exponential(mean);
        case ServiceDistribution::Deterministic: return mean;
        case ServiceDistribution::Lognormal: return mean * std::exp(shift + sigma * random.normal());
        }
        return mean;
    }

private:
    ServiceDistribution distribution;
    double sigma = 0;
    double shift = 0;
};

} // namespace scalescope
