#pragma once
// The rarer terms of a component, in one heap block only the components
// that have them carry: a managed service's fixed latency, a function's
// cold start and time per request, what survives of a fleet under failure
// injection, and the auto scaling group a fleet is in. On a large network
// about one component in five has any of them: as fields every component
// carried 64 bytes for them; here one that has none holds a null pointer and
// reads the defaults.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace scalescope {

// An auto scaling group's settings, the same for every fleet in it: so a
// component points at its group's (one for all the group's fleets), and a
// component outside a group at none: it reads these defaults.
struct ScalingGroup {
    // The fleet's size and the average CPU utilisation it keeps.
    double minInstances = 1, maxInstances = 1, targetUtilization = 1;
    // How fast it follows the load over a day (timeline.h), and its daily
    // options (only the day's timeline reads these):
    double launchSeconds = 60, warmupSeconds = 300, scaleInCooldownSeconds = 300;
    // a daily raised minimum (0: none) between two hours, and predictive
    // scaling with its pre-launch buffer.
    double scheduledMinSize = 0, scheduledFromHour = 8, scheduledToHour = 20;
    double predictiveBufferSeconds = 300;
    bool predictive = false;
};
inline const ScalingGroup kNoScalingGroup;

template <int Classes>
class ComponentExtras {
public:
    struct Terms {
        double fixedLatency = 0;     // seconds per visit (managed services)
        double coldStartSeconds = 0; // a function's first request in a new execution environment (timeline.h)
        double survivingShare = 1;   // failure injection: the share of a fixed fleet's instances that survive
        // Per user class, the seconds of service a request spends at a
        // component with no queue (a function's duration), per request.
        std::array<double, Classes> serviceSeconds{};
        std::shared_ptr<const ScalingGroup> scaling; // none: outside a group
    };

    ComponentExtras() = default;
    ComponentExtras(const ComponentExtras &other) { *this = other; }
    ComponentExtras(ComponentExtras &&) noexcept = default;
    ComponentExtras &operator=(ComponentExtras &&) noexcept = default;
    ComponentExtras &operator=(const ComponentExtras &other)
    {
        if (this != &other)
            m_terms = other.m_terms ? std::make_unique<Terms>(*other.m_terms) : nullptr;
        return *this;
    }

    const Terms &terms() const { return m_terms ? *m_terms : kNone; }
    // The terms with `change` applied; no block when all are the defaults.
    template <typename Change>
    void update(Change &&change)
    {
        Terms t = terms();
        change(t);
        if (isNone(t))
            m_terms.reset();
        else if (m_terms)
            *m_terms = std::move(t);
        else
            m_terms = std::make_unique<Terms>(std::move(t));
    }

    // Heap bytes held (0 with no block); a shared group is counted once by its owner.
    std::size_t bytes() const { return m_terms ? sizeof(Terms) : 0; }

private:
    static inline const Terms kNone{};
    // Bitwise: a block is dropped only when every term is its default to the
    // bit (not -0 for 0), so reads give back exactly what was set either way.
    static bool isNone(const Terms &t)
    {
        const auto same = [](double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); };
        for (double s : t.serviceSeconds)
            if (!same(s, 0))
                return false;
        return !t.scaling && same(t.fixedLatency, kNone.fixedLatency) && same(t.coldStartSeconds, kNone.coldStartSeconds)
            && same(t.survivingShare, kNone.survivingShare);
    }
    std::unique_ptr<Terms> m_terms;
};

} // namespace scalescope
