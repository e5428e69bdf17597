#pragma once
// Decides when the app locks itself for lack of activity. The app feeds it every keyboard and
// mouse event; a timer asks it whether the timeout has passed. A suspended machine counts as
// idle time, because the clock is wall time, not a tick counter.
#include <chrono>

#include "core/clock.h"

namespace sb {

inline constexpr std::chrono::minutes kDefaultIdleTimeout{10};

class IdleLockPolicy {
public:
    IdleLockPolicy(const Clock& clock, std::chrono::minutes timeout);

    void record_activity();
    void set_timeout(std::chrono::minutes timeout);  // 0 disables idle locking
    std::chrono::minutes timeout() const { return timeout_; }
    bool should_lock() const;

private:
    const Clock& clock_;
    std::chrono::minutes timeout_;
    std::chrono::system_clock::time_point last_activity_;
};

}  // namespace sb
